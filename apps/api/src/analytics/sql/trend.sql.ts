import { COMPLETION_COLUMNS, exactPercentile, leavesUnder, ratio4 } from './branch-set.sql';

/**
 * Per period of the district between two quarters: a unit's mean, median, completion and path means,
 * in one statement. Params: $1 district, $2 unit path, $3 unit path || '%', $4 first and $5 last
 * quarter index (year × 4 + quarter − 1). Expected counts today's active branches in every period
 * (the tree keeps no history of activation); a retired branch's old scores still count as assessed.
 */
export const TREND_SQL = `
WITH leaf AS (${leavesUnder({ district: '$1', unitPath: '$2', pattern: '$3' })}),
per AS (
  SELECT p.id, p.code, p.year, p.quarter, p.framework_id
    FROM period p
   WHERE p.district_id = $1 AND p.year * 4 + p.quarter - 1 BETWEEN $4 AND $5),
grid AS MATERIALIZED (
  SELECT p.id AS period_id, l.active, s.assessment_id, s.total
    FROM per p
   CROSS JOIN leaf l
    LEFT JOIN assessment_score s ON s.district_id = $1 AND s.period_id = p.id AND s.kind = 'OFFICIAL' AND s.branch_id = l.id),
stats AS (
  SELECT period_id, ${COMPLETION_COLUMNS},
         round(avg(total), 2)::float8 AS mean,
         ${exactPercentile('0.5', 'total')} AS median
    FROM grid
   GROUP BY period_id),
path_means AS (
  SELECT ps.period_id, ps.path_code, round(avg(ps.percent), 2)::float8 AS mean
    FROM grid g
    JOIN assessment_path_score ps
      ON ps.assessment_id = g.assessment_id AND ps.kind = 'OFFICIAL' AND ps.district_id = $1 AND ps.period_id = g.period_id
   GROUP BY ps.period_id, ps.path_code)
SELECT p.code AS period, p.year, p.quarter, coalesce(s.assessed, 0) AS assessed, coalesce(s.expected, 0) AS expected,
       ${ratio4('coalesce(s.active_assessed, 0)', 'coalesce(s.expected, 0)')} AS completion,
       s.mean, s.median,
       (SELECT json_agg(json_build_object('code', pm.path_code, 'mean', pm.mean) ORDER BY fp.ord)
          FROM path_means pm
          JOIN framework f ON f.id = p.framework_id
          JOIN jsonb_array_elements(f.definition -> 'paths') WITH ORDINALITY AS fp(value, ord) ON fp.value ->> 'code' = pm.path_code
         WHERE pm.period_id = p.id) AS path_means
  FROM per p
  LEFT JOIN stats s ON s.period_id = p.id
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
