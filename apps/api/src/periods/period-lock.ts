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

/**
 * A writer's lock: the period row FOR SHARE; refuses (PERIOD_CLOSED) when it is not OPEN. Every
 * writer knows the period's district (the assessment's, or the caller's), so the row is read by its
 * whole key: one district, one shard under Citus (docs/scale-out.md).
 */
export async function lockOpenPeriodForWrite(
  manager: EntityManager,
  districtId: string,
  periodId: string,
  what = 'assessments',
): Promise<LockedPeriod> {
  const [period]: LockedPeriod[] = await manager.query(
    `SELECT id, code, status, district_id AS "districtId" FROM period WHERE id = $1 AND district_id = $2 FOR SHARE`,
    [periodId, districtId],
  );
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

/**
 * closePeriod's lock: waits for the writers holding the row, then blocks new ones until the commit.
 * By the row's whole key (the caller's district): one shard under Citus, docs/scale-out.md.
 */
export async function lockPeriodForClose(
  manager: EntityManager,
  districtId: string,
  periodId: string,
): Promise<LockedPeriod | undefined> {
  const [period]: LockedPeriod[] = await manager.query(
    `SELECT id, code, status, district_id AS "districtId" FROM period
      WHERE id = $1 AND district_id = $2 FOR NO KEY UPDATE`,
    [periodId, districtId],
  );
  return period;
}

/**
 * THE definition of a closed year: every quarter of it exists and is closed. Its results are frozen,
 * its annual values refuse writes and its claims leave the reviewers' queue.
 */
export function yearComplete(periods: readonly { quarter: number; status: string }[]): boolean {
  return periods.length === 4 && periods.every((p) => p.status === PeriodStatusEnum.CLOSED);
}

/**
 * A writer of a year's annual-only values (annual/annual-values.service.ts): every period row of the
 * year FOR SHARE, in id order. The year is closed (frozen) once its four quarters are: closing the
 * last one takes that quarter's row FOR NO KEY UPDATE and freezes the year in the same transaction,
 * so a value written under this lock is in the frozen results, and one arriving during the close
 * waits for it and is refused (YEAR_CLOSED). A year without any period answers as missing.
 */
export async function lockOpenYearForWrite(
  manager: EntityManager,
  districtId: string,
  year: number,
): Promise<{ code: string; quarter: number; status: string }[]> {
  const rows: { id: string; code: string; quarter: number; status: string }[] = await manager.query(
    `SELECT id, code, quarter, status FROM period WHERE district_id = $1 AND year = $2 ORDER BY id FOR SHARE`,
    [districtId, year],
  );
  if (rows.length === 0) throw notFound('Year', year);
  if (yearComplete(rows)) {
    throw badUserInput(`year ${year} is closed: its annual values can no longer change`, {
      reason: 'YEAR_CLOSED',
      message: {
        zh: `${year}年度四个季度均已关闭，年度结果已定稿，年度事项不能再修改。`,
        en: `Year ${year} is closed: its four quarters are closed and its annual items can no longer change.`,
      },
    });
  }
  return rows;
}

/** The advisory lock key of a district's year (the year-lock test takes it from a second connection). */
export const yearLockKey = (districtId: string, year: number) => `annual-year:${districtId}:${year}`;

/**
 * closePeriod's and reopenPeriod's first lock: the district's year, held to the commit. Closing the
 * year's last two quarters at the same instant would otherwise let each read the other still OPEN
 * and neither freeze the year; a reopening beside a closing could leave a frozen year with an open
 * quarter not marked CHANGED. Taken before the period row, so the order is always year, then period.
 */
export async function lockYearForClose(
  manager: EntityManager,
  districtId: string,
  year: number,
): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [yearLockKey(districtId, year)]);
}
