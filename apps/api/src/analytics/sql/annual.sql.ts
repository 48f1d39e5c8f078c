import { branchRankColumns, byTotalDesc } from './scoreboard.sql';

/**
 * The inputs of the annual figures (docs/metrics.md "The year"), set-based: one statement for every
 * branch of a district's year, whatever its size. The totals are computed from these rows by
 * apps/api/src/annual/annual-figures.ts (libs/scoring scoreYear) and ranked by ANNUAL_RANK_SQL below.
 */

/**
 * The year's periods, last quarter first, with their framework. Params: $1 district, $2 year.
 * The last quarter's framework carries the year's rules (`annual`).
 */
export const ANNUAL_PERIODS_SQL = `
  SELECT p.id, p.code, p.quarter, p.status, p.framework_id, f.definition
    FROM period p JOIN framework f ON f.id = p.framework_id
   WHERE p.district_id = $1 AND p.year = $2
   ORDER BY p.quarter DESC`;

export interface AnnualPeriodRow {
  id: string;
  code: string;
  quarter: number;
  status: 'OPEN' | 'CLOSED';
  framework_id: string;
  definition: unknown;
}

/**
 * One row per assessment of the year: the branch (through a closed quarter's unit snapshot, else the
 * live tree), the quarter, the status, the OFFICIAL total as stored (shown, 2 places), the triggered
 * vetoes of that score (read from the stored ScoreResult only when `veto` says there are some, so the
 * large explanations stay untouched) and its path percents. Params: $1 district, $2 year.
 */
export const ANNUAL_INPUT_SQL = `
  SELECT a.branch_id, u.code, u.name, u.sector, p.quarter, a.status,
         coalesce(a.unit_path, u.path) AS path, coalesce(a.unit_parent_id, u.parent_id) AS parent_id,
         s.total::float8 AS total, CASE WHEN s.veto THEN s.explanation -> 'vetoes' END AS vetoes, s.path_percents::float8[] AS path_percents
    FROM period p
    JOIN assessment a ON a.district_id = p.district_id AND a.period_id = p.id
    JOIN org_unit u ON u.district_id = a.district_id AND u.id = a.branch_id
    LEFT JOIN assessment_score s ON s.district_id = a.district_id AND s.assessment_id = a.id AND s.kind = 'OFFICIAL'
   WHERE p.district_id = $1 AND p.year = $2
   ORDER BY a.branch_id, p.quarter`;

export interface AnnualInputRow {
  branch_id: string;
  code: string;
  name: string;
  /** The branch's sector now (the annual items' applicability). */
  sector: string | null;
  quarter: number;
  status: string;
  path: string;
  parent_id: string | null;
  total: number | null;
  vetoes:
    | {
        code: string;
        name: { zh: string; en: string };
        capGrade: { code: string; name: { zh: string; en: string } };
      }[]
    | null;
  path_percents: number[] | null;
}

/** The stored (frozen) results of a year. Params: $1 district, $2 year. */
export const ANNUAL_STORED_SQL = `
  SELECT y.status, y.frozen_at, y.changed_at, r.branch_id, u.code, u.name, r.unit_path AS path,
         r.unit_parent_id AS parent_id, r.path_percents::float8[] AS path_percents, r.result
    FROM annual_year y
    LEFT JOIN annual_result r ON r.district_id = y.district_id AND r.year = y.year
    LEFT JOIN org_unit u ON u.district_id = r.district_id AND u.id = r.branch_id
   WHERE y.district_id = $1 AND y.year = $2`;

/**
 * The OFFICIAL annual-only values of a year (年度加分, 年度扣分, annual vetoes): the reviewed value of
 * every reviewed item, one row per branch with its values as an object of indicator code → value.
 * An item only the branch entered (not reviewed yet) is not official. Params: $1 district, $2 year.
 */
export const ANNUAL_OFFICIAL_VALUES_SQL = `
  SELECT v.branch_id, jsonb_object_agg(v.indicator_code, v.reviewed_value) AS "values"
    FROM annual_value v
   WHERE v.district_id = $1 AND v.year = $2 AND v.reviewed_at IS NOT NULL AND v.reviewed_value IS NOT NULL
   GROUP BY v.branch_id`;

export interface AnnualValuesRow {
  branch_id: string;
  values: Record<string, unknown>;
}

/**
 * The annual ranks: THE competition rank (branch-set.sql.ts `competitionRank`, through the quarterly
 * branch list's own columns `branchRankColumns`) of the engine's annual totals, in one statement for
 * every peer set asked about and both years, whatever their size. Each row given is a branch's total
 * in a peer set (`grp`) for the year (`previous` false) or the year before (true); a branch can sit in
 * several peer sets (compare ranks each branch among its own parent's branches). Totals are ranked as
 * shown, rounded half up to the cent as the quarterly totals are (stored numeric(8,2), the children's
 * means round(avg, 2)), so two totals shown alike share a rank. Per branch of each set's year: rank,
 * how many of the set have a total at least its own (the percentile's count, libs/scoring
 * percentileAmong as the quarterly mapper), the set's size, and its previous year's shown total and
 * rank among the previous year's set (NULL when it had none), and the change in total.
 * Params: $1 grp (int[]), $2 previous (boolean[]), $3 branch ids (uuid[]), $4 totals (numeric[]).
 */
export const ANNUAL_RANK_SQL = `
WITH given AS (
  SELECT g.grp, g.previous, g.branch_id, round(g.total, 2) AS total
    FROM unnest($1::int[], $2::boolean[], $3::uuid[], $4::numeric[]) AS g(grp, previous, branch_id, total)),
ranked AS (
  SELECT r.*, ${branchRankColumns('r', 'total', 'r.grp, r.previous')},
         count(*) OVER (PARTITION BY r.grp, r.previous)::int AS peers
    FROM given r
  WINDOW by_total_desc AS (${byTotalDesc('r', 'total', 'r.grp, r.previous')}))
SELECT c.grp, c.branch_id, c.rank, c.at_or_above, c.peers,
       p.total::float8 AS previous_total, p.rank AS previous_rank, (c.total - p.total)::float8 AS total_change
  FROM ranked c
  LEFT JOIN ranked p ON p.grp = c.grp AND p.previous AND p.branch_id = c.branch_id
 WHERE NOT c.previous`;

export interface AnnualRankRow {
  grp: number;
  branch_id: string;
  rank: number;
  /** The set's branches with a shown total at least this one's (itself and ties included). */
  at_or_above: number;
  /** The set's branches in the year. */
  peers: number;
  previous_total: number | null;
  previous_rank: number | null;
  total_change: number | null;
}
