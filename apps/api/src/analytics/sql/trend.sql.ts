import { isReported } from '../../assessments/sql/reported';
import { completionRate, exactPercentile, leavesUnder } from './branch-set.sql';

/**
 * Per period of the district among the given quarters: a unit's mean, median, completion and path
 * means, in one statement. Params: $1 district, $2 unit path, $3 unit path || '%', $4 period codes
 * (text[]; a list rather than a year × 4 + quarter range, which the planner cannot estimate).
 * Each period's branches are the scoreboard's (branch-set.sql.ts leavesUnder with that period): a
 * closed quarter's as they were when it closed (its assessments' unit snapshot, so a later move,
 * deactivation or new branch changes none of its points), an open one's the live tree. Expected is
 * that set's active branches; assessed means reported (SUBMITTED or APPROVED,
 * assessments/sql/reported.ts) in each period.
 * Every aggregate is grouped once over all periods and joined: a per-period correlated subquery
 * made the planner run the path averages once per quarter through 160,000 index probes.
 */
export const TREND_SQL = `
WITH per AS (
  SELECT p.id, p.code, p.year, p.quarter, p.framework_id
    FROM period p
   WHERE p.district_id = $1 AND p.code = ANY($4::text[])),
leaf AS MATERIALIZED (
  SELECT p.id AS period_id, l.id, l.active
    FROM per p
   CROSS JOIN LATERAL (${leavesUnder({ district: '$1', unitPath: '$2', pattern: '$3', period: 'p.id' })}) l),
scored AS MATERIALIZED (
  SELECT a.period_id, a.id AS assessment_id, s.total, l.active
    FROM leaf l
    JOIN assessment a ON a.district_id = $1 AND a.branch_id = l.id AND a.period_id = l.period_id AND ${isReported('a')}
    JOIN assessment_score s ON s.district_id = $1 AND s.assessment_id = a.id AND s.kind = 'OFFICIAL'),
stats AS (
  SELECT period_id, count(*)::int AS assessed, count(*) FILTER (WHERE active)::int AS active_assessed,
         round(avg(total), 2)::float8 AS mean,
         ${exactPercentile('0.5', 'total')} AS median
    FROM scored
   GROUP BY period_id),
-- Through the assessments: a branch's trend probes a few rows by key, a district's hashes them all.
path_means AS (
  SELECT sc.period_id, ps.path_code, round(avg(ps.percent), 2)::float8 AS mean
    FROM scored sc
    JOIN assessment_path_score ps ON ps.district_id = $1 AND ps.assessment_id = sc.assessment_id AND ps.kind = 'OFFICIAL'
   GROUP BY sc.period_id, ps.path_code),
path_json AS (
  SELECT pm.period_id, json_agg(json_build_object('code', pm.path_code, 'mean', pm.mean) ORDER BY fp.ord) AS path_means
    FROM path_means pm
    JOIN per p ON p.id = pm.period_id
    JOIN framework f ON f.id = p.framework_id
    JOIN LATERAL jsonb_array_elements(f.definition -> 'paths') WITH ORDINALITY AS fp(value, ord) ON fp.value ->> 'code' = pm.path_code
   GROUP BY pm.period_id),
expected AS (
  SELECT period_id, count(*) FILTER (WHERE active)::int AS n FROM leaf GROUP BY period_id)
SELECT p.code AS period, p.year, p.quarter, coalesce(s.assessed, 0) AS assessed, coalesce(e.n, 0) AS expected,
       ${completionRate('coalesce(s.active_assessed, 0)', 'coalesce(e.n, 0)')} AS completion,
       s.mean, s.median, pj.path_means
  FROM per p
  LEFT JOIN expected e ON e.period_id = p.id
  LEFT JOIN stats s ON s.period_id = p.id
  LEFT JOIN path_json pj ON pj.period_id = p.id
 ORDER BY p.year, p.quarter`;

export interface TrendRow {
  period: string;
  year: number;
  quarter: number;
  assessed: number;
  expected: number;
  completion: number;
  mean: number | null;
  median: number | null;
  path_means: { code: string; mean: number }[] | null;
}

/**
 * The trend from the precomputed unit figures (analytics/figures: the scoreboard's figures
 * statement, row '*'), one row per period of the range, with the period framework's path codes to
 * align the path means. `figures` is NULL for a period without precomputed rows (the service then
 * runs TREND_SQL). Params: $1 district, $2 unit id, $3 period codes (text[]).
 */
export const TREND_FROM_FIGURES_SQL = `
SELECT p.code AS period, p.year, p.quarter, f.figures,
       (SELECT jsonb_agg(x.value ->> 'code' ORDER BY x.ord)
          FROM jsonb_array_elements(fw.definition -> 'paths') WITH ORDINALITY AS x(value, ord)) AS path_codes
  FROM period p
  JOIN framework fw ON fw.id = p.framework_id
  LEFT JOIN unit_period_figures f ON f.district_id = p.district_id AND f.period_id = p.id AND f.unit_id = $2 AND f.grp = '*'
 WHERE p.district_id = $1 AND p.code = ANY($3::text[])
 ORDER BY p.year, p.quarter`;

export interface TrendFromFiguresRow {
  period: string;
  year: number;
  quarter: number;
  figures: {
    assessed: number;
    expected: number;
    completion: number;
    mean: number | null;
    median: number | null;
    path_means: (number | null)[] | null;
  } | null;
  path_codes: string[] | null;
}
