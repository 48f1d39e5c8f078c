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
 * `counts` (rows t, rank, at_or_above, as rankCounts gives them) as the three parallel arrays a unit
 * stores per basis, in ascending total (empty when nothing is ranked): ascending, so a reader finds
 * a total's position by binary search (width_bucket, `rankLookUp`) without sorting them again.
 */
const countArrayColumns = (c: string) => `
       coalesce(array_agg(${c}.t ORDER BY ${c}.t) FILTER (WHERE ${c}.t IS NOT NULL), '{}') AS totals,
       coalesce(array_agg(${c}.rank ORDER BY ${c}.t) FILTER (WHERE ${c}.t IS NOT NULL), '{}') AS ranks,
       coalesce(array_agg(${c}.at_or_above ORDER BY ${c}.t) FILTER (WHERE ${c}.t IS NOT NULL), '{}') AS at_or_above`;

/** Per key of `keys` (rows unit_id, basis), `counts` (rows unit_id, basis, t, rank, at_or_above) as the stored arrays. */
const countArrays = (keys: string, counts: string) => `
SELECT k.unit_id, k.basis,${countArrayColumns('c')}
  FROM ${keys} k
  LEFT JOIN ${counts} c ON c.unit_id = k.unit_id AND c.basis = k.basis
 GROUP BY k.unit_id, k.basis`;

/** Every basis of every unit of `units` (column id), as (unit_id, basis). */
const everyBasis = (units: string) =>
  `(SELECT u.id AS unit_id, b.basis FROM ${units} u CROSS JOIN unnest(ARRAY['${RANK_BASES.join("','")}']) AS b(basis))`;

/** `rows` (with path, total, previous_total and status) counted under each of its ancestors among `units`. */
const underUnits = (rows: string, units: string, columns: string) => `
  SELECT u.id AS unit_id, ${columns}
    FROM ${rows} f
   CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM f.path), '/')) AS a(id)
    JOIN ${units} u ON u.id::text = a.id`;

/** Each row of `source` (unit_id, listed, total, reviewed_total, previous_total) once per basis, as (unit_id, basis, t). */
const byBasis = (source: string, extra = '') => `
  SELECT unit_id, 'total' AS basis, total AS t${extra} FROM ${source}
  UNION ALL SELECT unit_id, 'reviewed', reviewed_total${extra} FROM ${source}
  UNION ALL SELECT unit_id, 'previous', previous_total${extra} FROM ${source}`;

/**
 * Writes `unit_period_rank_counts` for the units $3 (uuid[]) of district $1, quarter $2: for each
 * unit and basis, rankCounts over the stored branch rows under the unit (every row whose path holds
 * the unit, listed or not, as the branch table has always counted them), and the unit's listed rows.
 * One statement for all the units: each row of the quarter is read once and counted under each of
 * its ancestors among them. The bases are the branch table's: 'total' every reported total,
 * 'reviewed' only an APPROVED branch's, 'previous' the previous totals.
 */
export const WRITE_UNIT_RANK_COUNTS = `
WITH units AS (SELECT DISTINCT unnest($3::uuid[]) AS id),
unit_rows AS MATERIALIZED (${underUnits(
  '(SELECT * FROM branch_period_figures WHERE district_id = $1 AND period_id = $2)',
  'units',
  `f.listed, f.total, f.previous_total, ${reviewedTotal('f')} AS reviewed_total`,
)}),
by_basis AS (${byBasis('unit_rows')}),
counts AS (${rankCounts('by_basis', 't', 'unit_id, basis')}),
listed AS (SELECT unit_id, count(*) FILTER (WHERE listed)::int AS n FROM unit_rows GROUP BY 1)
INSERT INTO unit_period_rank_counts (district_id, period_id, unit_id, basis, totals, ranks, at_or_above, listed)
SELECT $1, $2, a.unit_id, a.basis, a.totals, a.ranks, a.at_or_above, coalesce(l.n, 0)
  FROM (${countArrays(everyBasis('units'), 'counts')}) a
  LEFT JOIN listed l ON l.unit_id = a.unit_id`;

/** What a branch row was before a write replaced it, as UPDATE_UNIT_RANK_COUNTS takes it (float8 as text, exact). */
export const REPLACED_ROW_COLUMNS = `f.path, f.listed, f.total::text AS total,
  (${reviewedTotal('f')})::text AS reviewed_total, f.previous_total::text AS previous_total`;
export interface ReplacedRow {
  path: string;
  listed: boolean;
  total: string | null;
  reviewed_total: string | null;
  previous_total: string | null;
}

/**
 * After the rows of the branches $9 (uuid[]) were replaced in district $1, quarter $2: the stored
 * counts of the units $3 updated by the change alone, i.e. the rows as they were (the parallel
 * arrays $4 path, $5 listed, $6 total, $7 reviewed total, $8 previous total: REPLACED_ROW_COLUMNS)
 * counted as -1 and the rows as they are now as +1 on top of the stored counts, through rankCounts
 * with a weight. Only the bases whose counts moved are counted again (a draft's save moves 'total'
 * alone), each at the cost of the unit's distinct totals instead of its rows; what it leaves equals
 * WRITE_UNIT_RANK_COUNTS over every row (figures-incremental checks it at every step). Returns the
 * units that have stored counts: the caller writes the others whole (figures not refreshed since
 * the table came).
 */
export const UPDATE_UNIT_RANK_COUNTS = `
WITH units AS (SELECT DISTINCT unnest($3::uuid[]) AS id),
changed AS (
  SELECT d.*, -1 AS n
    FROM unnest($4::text[], $5::boolean[], $6::float8[], $7::float8[], $8::float8[])
         AS d(path, listed, total, reviewed_total, previous_total)
  UNION ALL
  SELECT f.path, f.listed, f.total, ${reviewedTotal('f')}, f.previous_total, 1
    FROM branch_period_figures f
   WHERE f.district_id = $1 AND f.period_id = $2 AND f.branch_id = ANY($9::uuid[])),
unit_changes AS (${underUnits('changed', 'units', 'f.listed, f.total, f.reviewed_total, f.previous_total, f.n')}),
delta AS (
  SELECT unit_id, basis, t, sum(n)::int AS n FROM (${byBasis('unit_changes', ', n')}) d
   WHERE t IS NOT NULL GROUP BY 1, 2, 3 HAVING sum(n) <> 0),
moved AS (SELECT DISTINCT unit_id, basis FROM delta),
weighted AS (
  SELECT k.unit_id, k.basis, c.t, c.at_or_above - c.rank + 1 AS n
    FROM unit_period_rank_counts k
    JOIN moved m ON m.unit_id = k.unit_id AND m.basis = k.basis,
         unnest(k.totals, k.ranks, k.at_or_above) AS c(t, rank, at_or_above)
   WHERE k.district_id = $1 AND k.period_id = $2
  UNION ALL SELECT unit_id, basis, t, n FROM delta),
counts AS (${rankCounts('weighted', 't', 'unit_id, basis', 'n')}),
arrays AS (${countArrays('moved', 'counts')}),
listed AS (
  SELECT unit_id, sum(n)::int AS n FROM unit_changes WHERE listed GROUP BY 1 HAVING sum(n) <> 0),
changed_keys AS (
  SELECT unit_id, basis FROM moved UNION SELECT * FROM ${everyBasis('(SELECT unit_id AS id FROM listed)')} l),
updated AS (
  UPDATE unit_period_rank_counts k
     SET totals = coalesce(a.totals, k.totals), ranks = coalesce(a.ranks, k.ranks),
         at_or_above = coalesce(a.at_or_above, k.at_or_above), listed = k.listed + coalesce(l.n, 0)
    FROM changed_keys ck
    LEFT JOIN arrays a ON a.unit_id = ck.unit_id AND a.basis = ck.basis
    LEFT JOIN listed l ON l.unit_id = ck.unit_id
   WHERE k.district_id = $1 AND k.period_id = $2 AND k.unit_id = ck.unit_id AND k.basis = ck.basis)
SELECT DISTINCT k.unit_id FROM unit_period_rank_counts k
 WHERE k.district_id = $1 AND k.period_id = $2 AND k.unit_id IN (SELECT id FROM units)`;

/**
 * The rank counts of unit $15 on one basis, as one row of the stored arrays (totals, ranks,
 * at_or_above; ascending total): the stored row when the refresh wrote it, else counted live over
 * `liveSource` (a unit without stored counts: a branch, or figures not refreshed since the table
 * came). The live branch is guarded by NOT EXISTS on the stored row, a one-time check, so it reads
 * nothing when they exist.
 */
export function storedOrLiveRankCounts(basis: string, liveSource: string, liveValue: string): string {
  return `
  SELECT k.totals[:] AS totals, k.ranks[:] AS ranks, k.at_or_above[:] AS at_or_above
    FROM unit_period_rank_counts k
   WHERE k.district_id = $1 AND k.period_id = $2 AND k.unit_id = $15 AND k.basis = ${basis}
  UNION ALL
  SELECT * FROM (SELECT ${countArrayColumns('c')} FROM (${rankCounts(liveSource, liveValue)}) c) live
   WHERE NOT EXISTS (SELECT 1 FROM unit_period_rank_counts k
                      WHERE k.district_id = $1 AND k.period_id = $2 AND k.unit_id = $15)`;
}

/**
 * The `column` (ranks, at_or_above) of `value` in the row of rank counts `counts` (a CTE of
 * storedOrLiveRankCounts: arrays in ascending total), NULL when `value` is not one of its totals. Its
 * position is found by binary search (width_bucket: the last total ≤ it), so a page's rows look
 * their ranks up among the unit's thousands of totals without reading them. A scalar subquery per
 * row: joined to the row instead, the arrays were carried (and copied) with every row of the page.
 */
export const rankLookUp = (counts: string, value: string, column: 'ranks' | 'at_or_above') => `
  (SELECT CASE WHEN c.totals[p.i] = ${value} THEN c.${column}[p.i] END
     FROM ${counts} c, LATERAL (SELECT width_bucket(${value}, c.totals) AS i) p)`;

/**
 * The row of rank counts `counts` (as storedOrLiveRankCounts gives it) as rows (t, rank), to join on
 * the total: a reader that ranks every row of a unit (the table sorted by rank change) hash-joins
 * 50,000 rows with them for less than as many rankLookUp binary searches.
 */
export const rankCountRows = (counts: string) =>
  `(SELECT c.t, c.rank FROM ${counts} k, unnest(k.totals, k.ranks) AS c(t, rank))`;
