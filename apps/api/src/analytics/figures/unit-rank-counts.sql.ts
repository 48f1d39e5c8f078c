import { rankCounts } from '../sql/branch-set.sql';

/**
 * A row's total as "rank only reviewed" ranks it (docs/metrics.md "Provisional"): an APPROVED
 * branch's total, NULL for a submitted (provisional) one. The stored 'reviewed' basis and the branch
 * table's live ranks both read it here.
 */
export const reviewedTotal = (f: string) => `CASE WHEN ${f}.status = 'APPROVED' THEN ${f}.total END`;

/** The bases a unit's ranks are counted on: the branch table's rank, its "rank only reviewed", its previous rank. */
export const RANK_BASES = ['total', 'reviewed', 'previous'] as const;
export type RankBasis = (typeof RANK_BASES)[number];

/**
 * Writes `unit_period_rank_counts` for the units $3 (uuid[]) of district $1, quarter $2: for each
 * unit and basis, rankCounts over the stored branch rows under the unit (every row whose path holds
 * the unit, listed or not, as the branch table has always counted them), as three arrays best first
 * (empty when nothing is ranked), and the unit's listed rows. One statement for all the units: each row of the quarter is read
 * once and counted under each of its ancestors among them. The bases are the branch table's:
 * 'total' every reported total, 'reviewed' only an APPROVED branch's, 'previous' the previous totals.
 */
export const WRITE_UNIT_RANK_COUNTS = `
WITH units AS (SELECT DISTINCT unnest($3::uuid[]) AS id),
unit_rows AS MATERIALIZED (
  SELECT u.id AS unit_id, f.listed, f.total, f.previous_total,
         ${reviewedTotal('f')} AS reviewed_total
    FROM branch_period_figures f
   CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM f.path), '/')) AS a(id)
    JOIN units u ON u.id::text = a.id
   WHERE f.district_id = $1 AND f.period_id = $2),
by_basis AS (
  SELECT unit_id, 'total' AS basis, total AS t FROM unit_rows
  UNION ALL SELECT unit_id, 'reviewed', reviewed_total FROM unit_rows
  UNION ALL SELECT unit_id, 'previous', previous_total FROM unit_rows),
counts AS (${rankCounts('by_basis', 't', 'unit_id, basis')}),
listed AS (SELECT unit_id, count(*) FILTER (WHERE listed)::int AS n FROM unit_rows GROUP BY 1)
INSERT INTO unit_period_rank_counts (district_id, period_id, unit_id, basis, totals, ranks, at_or_above, listed)
SELECT $1, $2, u.id, b.basis,
       coalesce(array_agg(c.t ORDER BY c.t DESC) FILTER (WHERE c.t IS NOT NULL), '{}'),
       coalesce(array_agg(c.rank ORDER BY c.t DESC) FILTER (WHERE c.t IS NOT NULL), '{}'),
       coalesce(array_agg(c.at_or_above ORDER BY c.t DESC) FILTER (WHERE c.t IS NOT NULL), '{}'),
       coalesce(max(l.n), 0)
  FROM units u
 CROSS JOIN unnest(ARRAY['${RANK_BASES.join("','")}']) AS b(basis)
  LEFT JOIN counts c ON c.unit_id = u.id AND c.basis = b.basis
  LEFT JOIN listed l ON l.unit_id = u.id
 GROUP BY u.id, b.basis`;

/**
 * The rank counts of unit $15 on one basis, as rows (t, rank, at_or_above) the way rankCounts gives
 * them: the stored arrays when the refresh wrote them, else counted live over `liveSource` (a unit
 * without stored counts: a branch, or figures not refreshed since the table came). The live branch
 * is guarded by NOT EXISTS on the stored row, a one-time check, so it reads nothing when they exist.
 */
export function storedOrLiveRankCounts(basis: string, liveSource: string, liveValue: string): string {
  return `
  SELECT c.t, c.rank, c.at_or_above
    FROM unit_period_rank_counts k, unnest(k.totals, k.ranks, k.at_or_above) AS c(t, rank, at_or_above)
   WHERE k.district_id = $1 AND k.period_id = $2 AND k.unit_id = $15 AND k.basis = ${basis}
  UNION ALL
  SELECT * FROM (${rankCounts(liveSource, liveValue)}) live
   WHERE NOT EXISTS (SELECT 1 FROM unit_period_rank_counts k
                      WHERE k.district_id = $1 AND k.period_id = $2 AND k.unit_id = $15)`;
}
