import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { type BranchChange, refreshBranchFigures } from './figures-refresh';

interface Batch {
  changes: BranchChange[];
  done: Promise<void>;
  resolve: () => void;
}

interface DistrictQueue {
  running: Promise<void> | null;
  next: Batch | null;
  /** The branches of a failed refresh: they join the district's next batch. */
  failed: BranchChange[];
}

const queues = new WeakMap<DataSource, Map<string, DistrictQueue>>();
const logger = new Logger('FiguresRefresh');

/**
 * Refreshes the precomputed figures after an assessment write has committed, and resolves once a
 * refresh that started after that commit has finished (so the write answers with current figures).
 * Per district at most one refresh runs and one waits: every write arriving meanwhile joins the
 * waiting batch, which then recomputes their branches together (group commit). A failed refresh is
 * logged, not thrown: the write itself has committed. Its branches join the district's next batch
 * (the refresh is idempotent): the units' figures aggregate the stored branch rows, so a branch row
 * left stale would stay in its units' figures until the branch is refreshed again.
 */
export function refreshAfterCommit(dataSource: DataSource, change: BranchChange): Promise<void> {
  let byDistrict = queues.get(dataSource);
  if (!byDistrict) queues.set(dataSource, (byDistrict = new Map()));
  let queue = byDistrict.get(change.districtId);
  if (!queue) byDistrict.set(change.districtId, (queue = { running: null, next: null, failed: [] }));
  if (!queue.next) {
    let resolve!: () => void;
    const changes = queue.failed.splice(0);
    const batch: Batch = { changes, done: new Promise<void>((r) => (resolve = r)), resolve };
    queue.next = batch;
    const q = queue;
    void (q.running ?? Promise.resolve()).then(() => run(dataSource, q, batch));
  }
  queue.next.changes.push(change);
  return queue.next.done;
}

async function run(dataSource: DataSource, queue: DistrictQueue, batch: Batch): Promise<void> {
  queue.next = null; // writes from now on wait for the next batch, which starts after this one
  const running = dataSource
    .transaction((m) => refreshBranchFigures(m, batch.changes))
    .catch((err: unknown) => {
      logger.error(`precomputed figures refresh failed: ${String(err)}`);
      queue.failed.push(...batch.changes);
    });
  queue.running = running;
  await running;
  if (queue.running === running) queue.running = null;
  batch.resolve();
}
