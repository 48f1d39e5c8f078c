import { isReported } from '../../assessments/sql/reported';
import { leavesUnder } from './branch-set.sql';

/**
 * The indicator heatmap of one path: its indicators in framework order and, for every reported
 * branch under the unit (SUBMITTED or APPROVED, the team's "assessed": assessments/sql/reported.ts),
 * the official points of each, read from the stored explanation in ONE statement whatever the
 * subtree's size. Only the path's indicator objects are unnested (jsonb_path_query with the path
 * code as a variable), never whole explanations, as the quarterly report reads "one jsonpath array
 * of indicator points".
 *
 * Params: $1 district id, $2 unit path, $3 unit path || '%', $4 period id, $5 path code, $6 branch
 * ids (uuid[]; NULL: every reported branch of the unit).
 * One row: `indicators` (jsonb array) and `branches` (jsonb array, by branch code).
 *
 * Column maxPoints is the indicator's reach as written: base M, a bonus's cap (at most the path's
 * bonus cap), a deduction's cap (points it can take away); 0 for a veto. Each branch also carries
 * its own maxPoints per base indicator, which sector rescaling can move away from M (×100/90 when an
 * indicator does not apply), so a heatmap colours points against the branch's own reach.
 */
export const INDICATOR_MATRIX_SQL = `
WITH path_def AS (
  SELECT x.value AS path
    FROM period p
    JOIN framework f ON f.id = p.framework_id
   CROSS JOIN LATERAL jsonb_array_elements(f.definition -> 'paths') AS x(value)
   WHERE p.id = $4 AND x.value ->> 'code' = $5::text),
cols AS (
  SELECT i.ord, i.value ->> 'code' AS code, i.value -> 'name' AS name, i.value -> 'rule' ->> 'type' AS rule,
         CASE i.value -> 'rule' ->> 'type'
           WHEN 'bonus' THEN LEAST((i.value -> 'rule' ->> 'cap')::numeric,
                                   coalesce((d.path ->> 'bonusCap')::numeric, (i.value -> 'rule' ->> 'cap')::numeric))
           WHEN 'deduction' THEN (i.value -> 'rule' ->> 'cap')::numeric
           WHEN 'veto' THEN 0
           ELSE (i.value -> 'rule' ->> 'maxPoints')::numeric
         END::float8 AS max_points
    FROM path_def d
   CROSS JOIN LATERAL jsonb_array_elements(d.path -> 'indicators') WITH ORDINALITY AS i(value, ord)),
leaf AS (${leavesUnder({ district: '$1', unitPath: '$2', pattern: '$3', period: '$4' })}),
reported AS MATERIALIZED (
  SELECT l.id, l.code, l.name, a.status, s.total::float8 AS total, s.explanation
    FROM leaf l
    JOIN assessment a ON a.district_id = $1 AND a.branch_id = l.id AND a.period_id = $4 AND ${isReported('a')}
    JOIN assessment_score s ON s.district_id = $1 AND s.period_id = $4 AND s.kind = 'OFFICIAL' AND s.assessment_id = a.id
   -- The heatmap pages with the table: only the page's branches when $6 lists them.
   WHERE $6::uuid[] IS NULL OR l.id = ANY($6::uuid[])),
cells AS (
  SELECT r.id, ind ->> 'code' AS code, (ind ->> 'points')::float8 AS points,
         (ind ->> 'maxPoints')::float8 AS max_points, (ind ->> 'applicable')::boolean AS applicable
    FROM reported r
   CROSS JOIN LATERAL jsonb_path_query(r.explanation, '$.paths[*] ? (@.code == $p).indicators[*]', jsonb_build_object('p', $5::text)) AS ind),
branch_rows AS (
  SELECT r.id, r.code, r.name, r.status, r.total,
         jsonb_agg(CASE WHEN c.applicable THEN c.points END ORDER BY k.ord) AS points,
         jsonb_agg(CASE WHEN c.applicable THEN c.max_points END ORDER BY k.ord) AS max_points
    FROM reported r
   CROSS JOIN cols k
    LEFT JOIN cells c ON c.id = r.id AND c.code = k.code
   GROUP BY r.id, r.code, r.name, r.status, r.total)
SELECT
  (SELECT coalesce(jsonb_agg(jsonb_build_object('code', k.code, 'name', k.name, 'rule', k.rule, 'maxPoints', k.max_points) ORDER BY k.ord), '[]'::jsonb)
     FROM cols k) AS indicators,
  (SELECT coalesce(jsonb_agg(jsonb_build_object('id', b.id, 'code', b.code, 'name', b.name, 'status', b.status, 'total', b.total,
                                                'points', b.points, 'maxPoints', b.max_points) ORDER BY b.code), '[]'::jsonb)
     FROM branch_rows b) AS branches`;

export interface IndicatorMatrixColumnRow {
  code: string;
  name: { zh: string; en: string };
  rule: string;
  maxPoints: number;
}

export interface IndicatorMatrixBranchRow {
  id: string;
  code: string;
  name: string;
  status: 'SUBMITTED' | 'APPROVED';
  total: number;
  /** Aligned with the columns; null where the indicator does not apply to the branch's sector. */
  points: (number | null)[];
  maxPoints: (number | null)[];
}

export interface IndicatorMatrixRow {
  indicators: IndicatorMatrixColumnRow[];
  branches: IndicatorMatrixBranchRow[];
}
