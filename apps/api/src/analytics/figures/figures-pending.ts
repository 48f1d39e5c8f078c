import type { EntityManager } from 'typeorm';
import type { BranchChange } from './figures-refresh';

/**
 * The refresh owed to a branch-quarter, kept in the database (`figures_pending`) so it survives the
 * process. An assessment write refreshes the figures after its commit (figures-refresh-queue.ts);
 * a process that dies in between, or a refresh that fails, would leave the stored figures stale
 * until the branch is written again. So the write marks its branch-quarter in its own transaction,
 * the refresh unmarks what it covers in its transaction, and the sweep
 * (figures-pending-sweeper.service.ts) refreshes whatever is still marked.
 *
 * The refresh deletes the marks right after the district's lock, before it reads anything: a write
 * committed before that delete is read by the refresh's later statements (READ COMMITTED); a write
 * committing after it leaves its own mark (its INSERT waits for the refresh to commit when it meets
 * the row being deleted, then inserts), and that mark waits for the next refresh or the sweep.
 */
export async function markFiguresPending(
  m: EntityManager,
  change: Pick<BranchChange, 'districtId' | 'periodId' | 'branchId'>,
): Promise<void> {
  await m.query(
    `INSERT INTO figures_pending (district_id, period_id, branch_id) VALUES ($1, $2, $3)
     ON CONFLICT (district_id, period_id, branch_id) DO NOTHING`,
    [change.districtId, change.periodId, change.branchId],
  );
}

/**
 * Inside a refresh, after the district's lock: the marks of the quarters it refreshes, for the given
 * branches (every quarter × every branch: refreshBranchFigures refreshes that product) or, with
 * null, for the whole district.
 */
export async function clearFiguresPending(
  m: EntityManager,
  districtId: string,
  periodIds: readonly string[],
  branchIds: readonly string[] | null,
): Promise<void> {
  await m.query(
    `DELETE FROM figures_pending
      WHERE district_id = $1 AND period_id = ANY($2::uuid[]) AND ($3::uuid[] IS NULL OR branch_id = ANY($3::uuid[]))`,
    [districtId, periodIds, branchIds],
  );
}

/**
 * The marks queued at least `olderThanSeconds` ago (the refresh a write awaits normally removes its
 * mark within milliseconds), with the branch's path for the refresh; a mark whose branch or quarter
 * is gone has nothing to refresh and is dropped.
 */
export async function pendingFigures(
  m: EntityManager,
  olderThanSeconds: number,
  limit: number,
): Promise<BranchChange[]> {
  await m.query(
    `DELETE FROM figures_pending f
      WHERE NOT EXISTS (SELECT 1 FROM org_unit u WHERE u.district_id = f.district_id AND u.id = f.branch_id)
         OR NOT EXISTS (SELECT 1 FROM period p WHERE p.district_id = f.district_id AND p.id = f.period_id)`,
  );
  const rows: { district_id: string; period_id: string; branch_id: string; path: string }[] = await m.query(
    `SELECT f.district_id, f.period_id, f.branch_id, u.path
       FROM figures_pending f
       JOIN org_unit u ON u.district_id = f.district_id AND u.id = f.branch_id
      WHERE f.queued_at <= now() - make_interval(secs => $1)
      ORDER BY f.queued_at
      LIMIT $2`,
    [olderThanSeconds, limit],
  );
  return rows.map((r) => ({
    districtId: r.district_id,
    periodId: r.period_id,
    branchId: r.branch_id,
    branchPath: r.path,
  }));
}
