import type { DataSource, QueryRunner } from 'typeorm';

/**
 * Forcing an interleaving on PostgreSQL: a second connection that opens a transaction, takes row
 * locks with plain SQL and keeps them until `release()` (rollback) or `commit()`. Used by the
 * close-race suite and tools/probe/close-race-probe.ts.
 */
export interface LockHolder {
  query(sql: string, params?: unknown[]): Promise<unknown[]>;
  commit(): Promise<void>;
  release(): Promise<void>;
}

export async function holdLocks(dataSource: DataSource, sql: string, params: unknown[]): Promise<LockHolder> {
  const runner: QueryRunner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  await runner.query(sql, params);
  let open = true;
  const end = async (how: 'commit' | 'rollback') => {
    if (!open) return;
    open = false;
    try {
      if (how === 'commit') await runner.commitTransaction();
      else await runner.rollbackTransaction();
    } finally {
      await runner.release();
    }
  };
  return {
    query: (text, values) => runner.query(text, values),
    commit: () => end('commit'),
    release: () => end('rollback'),
  };
}

/** Backends of the current database waiting on a lock (row or transaction id). */
export async function lockWaiters(dataSource: DataSource): Promise<number> {
  const [{ n }] = await dataSource.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
  );
  return n;
}

/**
 * Polls until at least `count` backends wait on a lock, or `stop()` says to give up (e.g. the call
 * expected to block has returned instead). Bounded by `timeoutMs`. True when the waiters were seen.
 */
export async function waitForLockWaiters(
  dataSource: DataSource,
  count: number,
  stop: () => boolean = () => false,
  timeoutMs = 10_000,
): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if ((await lockWaiters(dataSource)) >= count) return true;
    if (stop()) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${count} lock waiter(s)`);
}
