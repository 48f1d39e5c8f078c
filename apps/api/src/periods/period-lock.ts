import type { EntityManager } from 'typeorm';
import { badUserInput, notFound } from '../common/errors';
import { PeriodStatusEnum } from './models/period.model';

/**
 * The lock protocol that keeps writes out of a closed quarter.
 *
 * Every transaction that writes a period's assessments (save, submit, review, reopen, the spreadsheet
 * import, a sector change's rescore, the tree changes that add assessments) reads the period row
 * `FOR SHARE` and checks its status there, inside the writing transaction, before it writes.
 * closePeriod reads the row `FOR NO KEY UPDATE` before it sets CLOSED. The two modes conflict, so:
 * - a close waits until every writer that already found the period OPEN has committed or rolled back;
 * - a writer arriving while a close runs waits for it, then reads the committed row (a locking read
 *   in READ COMMITTED sees the latest version) and finds CLOSED.
 * No write can therefore commit after closePeriod has returned. FOR KEY SHARE would not do: it does
 * not conflict with the close's row update. Writers share the lock with each other, so they never
 * wait on one another here. The close uses FOR NO KEY UPDATE rather than FOR UPDATE so that foreign
 * key checks against the period (FOR KEY SHARE) are not blocked by it.
 * On PGlite (one session) transactions never interleave; the statements still run there unchanged.
 */
export interface LockedPeriod {
  id: string;
  code: string;
  status: PeriodStatusEnum;
  districtId: string;
}

const LOCK_SQL = (mode: 'FOR SHARE' | 'FOR NO KEY UPDATE') =>
  `SELECT id, code, status, district_id AS "districtId" FROM period WHERE id = $1 ${mode}`;

/** A writer's lock: the period row FOR SHARE; refuses (PERIOD_CLOSED) when it is not OPEN. */
export async function lockOpenPeriodForWrite(
  manager: EntityManager,
  periodId: string,
  what = 'assessments',
): Promise<LockedPeriod> {
  const [period]: LockedPeriod[] = await manager.query(LOCK_SQL('FOR SHARE'), [periodId]);
  if (!period) throw notFound('Period', periodId);
  if (period.status !== PeriodStatusEnum.OPEN) {
    throw badUserInput(`period ${period.code} is closed: its ${what} can no longer change`, {
      reason: 'PERIOD_CLOSED',
    });
  }
  return period;
}

/** Writers over a whole district (tree and sector changes): every OPEN period's row FOR SHARE; their ids. */
export async function lockOpenPeriodsOfDistrict(
  manager: EntityManager,
  districtId: string,
): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM period WHERE district_id = $1 AND status = 'OPEN' ORDER BY id FOR SHARE`,
    [districtId],
  );
  return rows.map((r) => r.id);
}

/** closePeriod's lock: waits for the writers holding the row, then blocks new ones until the commit. */
export async function lockPeriodForClose(
  manager: EntityManager,
  periodId: string,
): Promise<LockedPeriod | undefined> {
  const [period]: LockedPeriod[] = await manager.query(LOCK_SQL('FOR NO KEY UPDATE'), [periodId]);
  return period;
}
