import type { EntityManager } from 'typeorm';
import { toUnitPeriod, type UnitPeriod } from '../analytics-context';
import { scoreboardStatements } from '../scoreboard.service';
import { storedPercents } from '../sql/scoreboard.sql';
import { UNIT_PERIOD_SQL, type UnitPeriodRow } from '../sql/context.sql';
import { clearFiguresPending } from './figures-pending';
import { fillNameKeys } from './name-key';
import { writeOpenFlags, writeOpenFlagsOfRows } from './open-flags';
import { inflationOf, type QuarterInflation, writeSelfInflation } from './self-inflation';
import {
  REPLACED_ROW_COLUMNS,
  UPDATE_UNIT_RANK_COUNTS,
  WRITE_UNIT_RANK_COUNTS,
  type ReplacedRow,
} from './unit-rank-counts.sql';

/**
 * Precomputed committee figures (the DHIS2 analytics-table idea without its nightly staleness):
 * `branch_period_figures` holds, per branch and quarter, the row the scoreboard's branch statement
 * gives at the district; `unit_period_figures` holds, per unit with children and quarter, the rows
 * of the scoreboard's figures statement (the unit '*' and each direct child). Both are written BY
 * those statements (INSERT … SELECT FROM them, analytics/sql/scoreboard.sql.ts, which takes its
 * definitions from branch-set.sql.ts), never by a copy of them.
 *
 * The tree edits, period openings and closings and imports refresh the district inside their own
 * transaction, so the figures commit (or roll back) with the change. An assessment write refreshes
 * right after its commit and before it answers, through figures-refresh-queue.ts, which batches
 * the writes of a district that arrive while a refresh runs into the next one (group commit): saves
 * do not wait for each other's refresh holding a connection each. A district's refreshes are
 * serialized by an advisory transaction lock, and each reads after taking it, so it sees every
 * change committed before (READ COMMITTED: a new snapshot per statement). A change in a quarter
 * also refreshes the quarter after it, whose "previous" figures read this one, and the inflation of
 * the branches it changed in the quarters whose window holds it (self-inflation.ts), and the open
 * flags of their peer groups (open-flags.ts). A refresh owed after a commit is also marked in the database until done (figures-pending.ts).
 */

async function lockDistrictFigures(m: EntityManager, districtId: string): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`figures:${districtId}`]);
  // The replaced rows' totals come back as text (REPLACED_ROW_COLUMNS) to be taken out of the stored
  // counts again; they must print exactly whatever a role or pooler set, or the counts would drift.
  await m.query(`SET LOCAL extra_float_digits = 3`);
}

/** The given quarters and the quarter after each, with the district as the unit. */
async function contexts(m: EntityManager, districtId: string, periodIds: string[]): Promise<UnitPeriod[]> {
  if (periodIds.length === 0) return [];
  const periods: { code: string }[] = await m.query(
    `SELECT DISTINCT p.code FROM period p
       JOIN period q ON q.id = ANY($2::uuid[]) AND q.district_id = p.district_id
      WHERE p.district_id = $1 AND p.year * 4 + p.quarter IN (q.year * 4 + q.quarter, q.year * 4 + q.quarter + 1)
      ORDER BY p.code`,
    [districtId, periodIds],
  );
  const out: UnitPeriod[] = [];
  for (const { code } of periods) {
    const [row]: UnitPeriodRow[] = await m.query(UNIT_PERIOD_SQL, [districtId, code]);
    if (row?.period_id) out.push(toUnitPeriod(row));
  }
  return out;
}

const atUnit = (ctx: UnitPeriod, unit: { id: string; path: string }): UnitPeriod => ({
  ...ctx,
  unit: { ...ctx.unit, id: unit.id, path: unit.path },
});

/**
 * The branch rows of `ctx.unit`'s subtree, from the scoreboard's branch statement; with `branchIds`,
 * only those branches' rows, from the same statement restricted to them (one statement for all the
 * branches a batch of writes changed, its cost that of those branches, not of the unit's subtree),
 * and then the paths of the rows written.
 */
async function insertBranchRows(
  m: EntityManager,
  ctx: UnitPeriod,
  inflation: QuarterInflation,
  branchIds?: string[],
): Promise<string[]> {
  const { sql, params } = scoreboardStatements(ctx);
  const [statement, values] = branchIds
    ? [sql.someBranches, [...params.branches, branchIds]]
    : [sql.storedBranches, params.branches];
  // The rows' inflation comes in with them (self-inflation.ts), not as a second write of each row.
  const n = values.length;
  const insert = `INSERT INTO branch_period_figures (district_id, period_id, branch_id, listed, path, code, name, parent_id, sector,
       member_count, active, status, on_time, total, grade_code, veto, path_percents, previous_total, score_percents, name_key, name_pinyin,
       self_inflation, inflation_quarters)
     SELECT $1, $4, b.branch_id, b.id IS NOT NULL, b.path, b.code, b.name, b.parent_id, b.sector, b.member_count,
            b.active, b.status, b.on_time, b.total, b.grade_code, b.veto, ${storedPercents('b', ctx.paths.length)}, b.previous_total, b.score_percents,
            u.name_key, u.name_pinyin, i.inflation, coalesce(i.quarters, 0)
       FROM (${statement}) b
       LEFT JOIN org_unit u ON u.district_id = $1 AND u.id = b.branch_id
       LEFT JOIN unnest($${n + 1}::uuid[], $${n + 2}::float8[], $${n + 3}::int[]) AS i(branch_id, inflation, quarters)
         ON i.branch_id = b.branch_id`;
  const all: unknown[] = [...values, inflation.branchIds, inflation.inflation, inflation.quarters];
  if (!branchIds) {
    await m.query(insert, all);
    return [];
  }
  const rows: { path: string }[] = await m.query(
    `WITH inserted AS (${insert} RETURNING path) SELECT path FROM inserted`,
    all,
  );
  return rows.map((r) => r.path);
}

/**
 * What the units' rank counts are brought up to date from: every stored branch row of the quarter
 * (a full refresh), or the rows of the branches a write replaced, as they were and as they are now.
 */
type RankCountsFrom = { all: true } | { replaced: ReplacedRow[]; branchIds: string[] };

/**
 * The figures rows of each unit, from the scoreboard's figures statement over the unit's stored
 * branch rows (one statement per unit, each a scan of the unit's rows in branch_period_figures), and
 * the units' rank counts (one statement for them all): the branch rows of the quarter must be
 * current first.
 */
async function refreshUnits(
  m: EntityManager,
  ctx: UnitPeriod,
  units: { id: string; path: string }[],
  from: RankCountsFrom,
) {
  if (units.length === 0) return;
  const unitIds = units.map((u) => u.id);
  await m.query(
    `DELETE FROM unit_period_figures WHERE district_id = $1 AND period_id = $2 AND unit_id = ANY($3::uuid[])`,
    [ctx.unit.districtId, ctx.period.id, unitIds],
  );
  await writeRankCounts(m, ctx, unitIds, from);
  for (const unit of units) {
    const { sql, params } = scoreboardStatements(atUnit(ctx, unit));
    await m.query(
      `INSERT INTO unit_period_figures (district_id, period_id, unit_id, grp, ord, figures)
       SELECT $1, $4, $6, f.grp, row_number() OVER (), to_jsonb(f) FROM (${sql.storedFigures}) f`,
      params.figures,
    );
  }
}

/**
 * The units' stored rank counts: after a write, updated by the replaced rows alone (the units'
 * distinct totals, not every row under them); counted over every row for a full refresh and for a
 * unit that has none stored yet.
 */
async function writeRankCounts(
  m: EntityManager,
  ctx: UnitPeriod,
  unitIds: string[],
  from: RankCountsFrom,
): Promise<void> {
  const [districtId, periodId] = [ctx.unit.districtId, ctx.period.id];
  let whole = unitIds;
  if (!('all' in from)) {
    const { replaced, branchIds } = from;
    const updated: { unit_id: string }[] = await m.query(UPDATE_UNIT_RANK_COUNTS, [
      districtId,
      periodId,
      whole,
      replaced.map((r) => r.path),
      replaced.map((r) => r.listed),
      replaced.map((r) => r.total),
      replaced.map((r) => r.reviewed_total),
      replaced.map((r) => r.previous_total),
      branchIds,
    ]);
    const done = new Set(updated.map((u) => u.unit_id));
    whole = whole.filter((id) => !done.has(id));
    if (whole.length === 0) return;
  }
  await m.query(
    `DELETE FROM unit_period_rank_counts WHERE district_id = $1 AND period_id = $2 AND unit_id = ANY($3::uuid[])`,
    [districtId, periodId, whole],
  );
  await m.query(WRITE_UNIT_RANK_COUNTS, [districtId, periodId, whole]);
}

export interface BranchChange {
  districtId: string;
  periodId: string;
  branchId: string;
  branchPath: string;
}

/**
 * After writes to branches' assessments (save, submit, review, return, reopen): those branches' rows
 * and the figures of every unit above them, in each quarter and the one after it. One transaction;
 * the district's advisory lock first, so it reads every write committed before it.
 */
export async function refreshBranchFigures(m: EntityManager, changes: BranchChange[]): Promise<void> {
  if (changes.length === 0) return;
  const districtId = changes[0].districtId;
  await lockDistrictFigures(m, districtId);
  const periodIds = [...new Set(changes.map((c) => c.periodId))];
  const branches = [...new Map(changes.map((c) => [c.branchId, c])).values()];
  const branchIds = branches.map((b) => b.branchId);
  const quarters = await contexts(m, districtId, periodIds);
  const quarterIds = quarters.map((ctx) => ctx.period.id);
  await clearFiguresPending(m, districtId, quarterIds, branchIds);
  const inflation = await inflationOf(m, districtId, quarterIds, branchIds);
  for (const ctx of quarters) {
    const replaced: ReplacedRow[] = await m.query(
      `WITH replaced AS (
         DELETE FROM branch_period_figures f WHERE f.district_id = $1 AND f.period_id = $2 AND f.branch_id = ANY($3::uuid[])
         RETURNING ${REPLACED_ROW_COLUMNS})
       SELECT * FROM replaced`,
      [districtId, ctx.period.id, branchIds],
    );
    const inserted = await insertBranchRows(m, ctx, inflation.get(ctx.period.id)!, branchIds);
    // The units above the branches where they were and where they are (a move in between refreshed
    // the district, but the write may have read the branch's path before it).
    const ancestorIds = new Set(
      [...branches.map((b) => b.branchPath), ...replaced.map((r) => r.path), ...inserted].flatMap((path) =>
        path.split('/').filter(Boolean).slice(0, -1),
      ),
    );
    const units: { id: string; path: string }[] = await m.query(
      `SELECT id, path FROM org_unit WHERE id = ANY($1::uuid[]) ORDER BY length(path)`,
      [[...ancestorIds]],
    );
    await refreshUnits(m, ctx, units, { replaced, branchIds });
  }
  await writeOpenFlags(m, districtId, quarterIds, branchIds);
  const inflated = await writeSelfInflation(m, districtId, periodIds, branchIds, new Set(inflation.keys()));
  await writeOpenFlagsOfRows(m, districtId, inflated);
}

/**
 * After a change to the tree (create, update, move, sector), a period's opening or closing, or a bulk
 * load: every row of the district in the given quarters (default: the open ones; 'all': every
 * quarter) and the quarter after each.
 */
export async function refreshDistrictFigures(
  m: EntityManager,
  districtId: string,
  periods: string[] | 'open' | 'all' = 'open',
): Promise<void> {
  await lockDistrictFigures(m, districtId);
  await fillNameKeys(m, districtId);
  const ids: string[] = Array.isArray(periods)
    ? periods
    : (
        await m.query(`SELECT id FROM period WHERE district_id = $1 AND ($2::boolean OR status = 'OPEN')`, [
          districtId,
          periods === 'all',
        ])
      ).map((r: { id: string }) => r.id);
  const quarters = await contexts(m, districtId, ids);
  const quarterIds = quarters.map((ctx) => ctx.period.id);
  await clearFiguresPending(m, districtId, quarterIds, null);
  const inflation = await inflationOf(m, districtId, quarterIds, null);
  for (const ctx of quarters) {
    await m.query(`DELETE FROM branch_period_figures WHERE district_id = $1 AND period_id = $2`, [
      districtId,
      ctx.period.id,
    ]);
    for (const table of ['unit_period_figures', 'unit_period_rank_counts'])
      await m.query(`DELETE FROM ${table} WHERE district_id = $1 AND period_id = $2`, [
        districtId,
        ctx.period.id,
      ]);
    await insertBranchRows(m, ctx, inflation.get(ctx.period.id)!);
    // Units with children today, and those a closed quarter's branches sat under.
    const units: { id: string; path: string }[] = await m.query(
      `SELECT u.id, u.path FROM org_unit u
        WHERE u.district_id = $1
          AND (EXISTS (SELECT 1 FROM org_unit c WHERE c.parent_id = u.id)
               OR EXISTS (SELECT 1 FROM assessment a WHERE a.district_id = $1 AND a.period_id = $2 AND a.unit_parent_id = u.id))
        ORDER BY length(u.path), u.id`,
      [districtId, ctx.period.id],
    );
    await refreshUnits(m, ctx, units, { all: true });
  }
  await writeOpenFlags(m, districtId, quarterIds, null);
  const inflated = await writeSelfInflation(m, districtId, ids, null, new Set(inflation.keys()));
  await writeOpenFlagsOfRows(m, districtId, inflated);
}
