/**
 * THE definitions of the annual figures (docs/metrics.md "The year"): every screen and report reads
 * them through these functions. A branch's annual result is libs/scoring `scoreYear` over its
 * quarters' stored OFFICIAL totals (only an APPROVED quarter is official); its rank, percentile and
 * change against the previous year among the branches of the unit asked about are ranked by
 * PostgreSQL with THE competition rank (analytics/sql/annual.sql.ts ANNUAL_RANK_SQL), as the quarters'. A path's annual percent is the mean of the counted quarters'
 * path percents, rounded half up to the cent. The annual-only items (年度加分, 年度扣分, annual vetoes)
 * count with their OFFICIAL (reviewed) values, for the branch's sector.
 */
import {
  percentileAmong,
  scoreYear,
  validateYear,
  type AnnualResult,
  type Framework,
  type Sector,
  type ValueMap,
  type QuarterNumber,
  type QuarterOutcome,
} from '@pathboard/scoring';
import type { DataSource, EntityManager } from 'typeorm';
import { ANNUAL_RANK_SQL, type AnnualInputRow, type AnnualRankRow } from '../analytics/sql/annual.sql';

/** One branch's year: where it sat (its last quarter's unit), its path percents and the engine's result. */
export interface BranchYear {
  branchId: string;
  code: string;
  name: string;
  path: string;
  parentId: string | null;
  pathPercents: number[];
  result: AnnualResult;
}

/** A branch's year among its peers (the branches of the unit asked about). */
export interface RankedBranchYear extends BranchYear {
  rank: number;
  percentile: number;
  previousTotal: number | null;
  totalChange: number | null;
  previousRank: number | null;
  rankChange: number | null;
}

/**
 * Score every branch of the input rows (ordered by branch, then quarter) for the year, with each
 * branch's official annual values (`annualValues`, by branch id).
 */
export function computeYear(
  framework: Framework,
  rows: readonly AnnualInputRow[],
  annualValues: ReadonlyMap<string, ValueMap> = new Map(),
): BranchYear[] {
  const byBranch = new Map<string, AnnualInputRow[]>();
  for (const row of rows) {
    const list = byBranch.get(row.branch_id);
    if (list) list.push(row);
    else byBranch.set(row.branch_id, [row]);
  }
  const out: BranchYear[] = [];
  for (const [branchId, quarters] of byBranch) {
    const outcomes: QuarterOutcome[] = quarters.map((q) => ({
      quarter: q.quarter as QuarterNumber,
      total: q.total,
      approved: q.status === 'APPROVED' && q.total !== null,
      vetoes: q.status === 'APPROVED' ? (q.vetoes ?? []) : [],
    }));
    const options = { sector: (quarters[0].sector ?? undefined) as Sector | undefined };
    const values = usableValues(framework, annualValues.get(branchId) ?? {}, options);
    const result = scoreYear(framework, outcomes, values, options);
    const counted = new Set(result.quarters.filter((l) => l.status === 'COUNTED').map((l) => l.quarter));
    const last = quarters[quarters.length - 1];
    out.push({
      branchId,
      code: last.code,
      name: last.name,
      path: last.path,
      parentId: last.parent_id,
      pathPercents: meanPathPercents(
        quarters.filter((q) => counted.has(q.quarter as QuarterNumber)).map((q) => q.path_percents ?? []),
        framework.paths.length,
      ),
      result,
    });
  }
  return out;
}

/**
 * The stored values the year's framework still accepts: each was valid when written (checked on the
 * write), but a later framework version or a sector change can leave one unknown or not applicable;
 * such a value is left out (the item counts as missing) rather than failing every branch's year.
 */
export function usableValues(framework: Framework, values: ValueMap, options: { sector?: Sector }): ValueMap {
  const bad = new Set(validateYear(framework, [], values, options).map((i) => i.indicator));
  if (bad.size === 0) return values;
  return Object.fromEntries(Object.entries(values).filter(([code]) => !bad.has(code)));
}

/** Each path's mean percent over the given quarters, half up to the cent (0 when none counted). */
export function meanPathPercents(quarters: readonly number[][], pathCount: number): number[] {
  const means: number[] = [];
  for (let i = 0; i < pathCount; i++) {
    const cents = quarters.map((q) => Math.round((q[i] ?? 0) * 100));
    const n = cents.length;
    const sum = cents.reduce((a, b) => a + b, 0);
    means.push(n === 0 ? 0 : Math.floor((2 * sum + n) / (2 * n)) / 100);
  }
  return means;
}

/** The branches under a unit path (the unit itself when it is a branch). */
export function underUnit<T extends { path: string }>(years: readonly T[], unitPath: string): T[] {
  return years.filter((y) => y.path.startsWith(unitPath));
}

/** One peer set to rank: its branches' years (one unit's) and the same unit's previous year. */
export interface PeerSet {
  current: readonly BranchYear[];
  previous: readonly BranchYear[];
}

/**
 * Rank, percentile and change against the previous year of every branch of each peer set, in one
 * statement whatever the number of sets and branches (ANNUAL_RANK_SQL). Per set, its branches best
 * first, ties by code.
 */
export async function rankYears(
  db: DataSource | EntityManager,
  sets: readonly PeerSet[],
): Promise<RankedBranchYear[][]> {
  const grp: number[] = [];
  const previous: boolean[] = [];
  const ids: string[] = [];
  const totals: number[] = [];
  sets.forEach((set, i) => {
    for (const [years, before] of [
      [set.current, false],
      [set.previous, true],
    ] as const)
      for (const y of years) {
        grp.push(i);
        previous.push(before);
        ids.push(y.branchId);
        totals.push(y.result.total);
      }
  });
  const rows: AnnualRankRow[] =
    grp.length === 0 ? [] : await db.query(ANNUAL_RANK_SQL, [grp, previous, ids, totals]);
  const byKey = new Map(rows.map((r) => [`${r.grp}/${r.branch_id}`, r]));
  return sets.map((set, i) =>
    set.current
      .map((y) => {
        const r = byKey.get(`${i}/${y.branchId}`)!;
        return {
          ...y,
          rank: r.rank,
          percentile: percentileAmong(r.peers, r.at_or_above),
          previousTotal: r.previous_total,
          totalChange: r.total_change,
          previousRank: r.previous_rank,
          rankChange: r.previous_rank === null ? null : r.previous_rank - r.rank,
        };
      })
      .sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code)),
  );
}

/** Rank, percentile and change against the previous year among the branches given (one unit's). */
export async function rankYear(
  db: DataSource | EntityManager,
  current: readonly BranchYear[],
  previous: readonly BranchYear[],
): Promise<RankedBranchYear[]> {
  return (await rankYears(db, [{ current, previous }]))[0];
}

/** How many branches got each annual grade, in the list's order. */
export function gradeCounts(years: readonly BranchYear[], gradeCodes: readonly string[]): number[] {
  return gradeCodes.map((code) => years.filter((y) => y.result.grade.code === code).length);
}

/** Mean annual total, half up to the cent; null when there is no branch. */
export function meanTotal(years: readonly BranchYear[]): number | null {
  if (years.length === 0) return null;
  const sum = years.reduce((a, y) => a + Math.round(y.result.total * 100), 0);
  const n = years.length;
  return Math.floor((2 * sum + n) / (2 * n)) / 100;
}
