import type { ChangeFigures, RankedEntry } from '../types';
import { centsOf, percentOf, round2Exact } from './exact-stats';

export interface TotalEntry {
  id: string;
  total: number;
}

/** A branch that may not have been assessed in a period. */
export interface OptionalTotalEntry {
  id: string;
  total: number | null;
}

/**
 * Competition ranking (1, 2, 2, 4) on totals rounded to 2 places: two branches shown with the same
 * total must share a rank, however their unrounded totals differ.
 * The API ranks in PostgreSQL (apps/api/src/analytics/sql/branch-set.sql.ts `competitionRank`, the
 * one definition, docs/metrics.md); this is its mirror for where there is no database (the browser's
 * what-if, report fixtures), held to the same ranks by
 * apps/api/src/analytics/competition-rank-mirror.int-spec.ts.
 * Percentile = share of the *others* with a lower shown total × 100 (a lone entry is 100).
 * The result is ordered by rank, ties by id, so it does not depend on the input order.
 */
export function rankByTotal(entries: readonly TotalEntry[]): RankedEntry[] {
  const shown = entries.map((entry) => ({ id: entry.id, total: round2Exact(entry.total) }));
  shown.sort((a, b) => b.total - a.total || compareIds(a.id, b.id));

  const count = shown.length;
  const ranked: RankedEntry[] = [];
  let groupStart = 0;
  while (groupStart < count) {
    let groupEnd = groupStart;
    while (groupEnd + 1 < count && shown[groupEnd + 1].total === shown[groupStart].total) groupEnd++;
    const percentile = percentileAmong(count, groupEnd + 1);
    for (let i = groupStart; i <= groupEnd; i++) {
      ranked.push({ id: shown[i].id, total: shown[i].total, rank: groupStart + 1, percentile });
    }
    groupStart = groupEnd + 1;
  }
  return ranked;
}

/**
 * The percentile of an entry among `count` ranked entries when `atOrAbove` of them (itself and its
 * ties included) have a total at least its own: the share of the others below it × 100, rounded half
 * up to 2 places; a lone entry is 100. The API derives it from SQL counts with this same function
 * (the quarterly and annual ranks' `at_or_above`).
 */
export function percentileAmong(count: number, atOrAbove: number): number {
  return count === 1 ? 100 : percentOf(count - atOrAbove, count - 1);
}

/**
 * A percentile as every screen and report shows it: the whole number below it (73.33 → "73"), no
 * % sign; a percentile is a place, read as 高于同组 73% 的其他支部. Down, never up: 99.5 is not the
 * top. Exports keep the number itself.
 */
export function percentileText(percentile: number): string {
  return String(Math.floor(percentile + 1e-9));
}

/**
 * Change in total and rank against the previous period. Both lists are ranked here, among the
 * entries that have a total. A branch without a total in either period gets nulls for what cannot
 * be compared. Output: the current entries in rank order (unassessed ones after, by id), then the
 * branches that vanished since the previous period, by id. Like rankByTotal, a mirror of the API's
 * SQL ranks (previous ranks and changes included) for where there is no database.
 */
export function compareWithPrevious(
  current: readonly OptionalTotalEntry[],
  previous: readonly OptionalTotalEntry[],
): ChangeFigures[] {
  const currentRanked = rankByTotal(withTotals(current));
  const currentRanks = new Map(currentRanked.map((entry) => [entry.id, entry]));
  const previousRanks = new Map(rankByTotal(withTotals(previous)).map((entry) => [entry.id, entry]));
  const currentIds = new Set(current.map((entry) => entry.id));
  // rankByTotal already orders by rank, ties by id: no second sort needed.
  const unassessedIds = [...currentIds].filter((id) => !currentRanks.has(id)).sort(compareIds);
  const vanishedIds = [...new Set(previous.map((entry) => entry.id))]
    .filter((id) => !currentIds.has(id))
    .sort(compareIds);

  return [...currentRanked.map((entry) => entry.id), ...unassessedIds, ...vanishedIds].map((id) => {
    const now = currentRanks.get(id) ?? null;
    const before = previousRanks.get(id) ?? null;
    return {
      id,
      total: now && now.total,
      previousTotal: before && before.total,
      // Ranked totals are on 2 places, so their difference in integer hundredths is exact.
      totalChange:
        now && before ? ((centsOf(now.total) as number) - (centsOf(before.total) as number)) / 100 : null,
      rank: now && now.rank,
      previousRank: before && before.rank,
      rankChange: now && before ? before.rank - now.rank : null,
    };
  });
}

function withTotals(entries: readonly OptionalTotalEntry[]): TotalEntry[] {
  return entries.filter((entry): entry is TotalEntry => entry.total !== null);
}

/** Code-point order, not locale order, so the result is the same in Node, browsers and SQL `COLLATE "C"`. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
