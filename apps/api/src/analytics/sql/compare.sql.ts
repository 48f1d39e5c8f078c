import { isReported } from '../../assessments/sql/reported';

/**
 * The compared branches with their official score of a period, in one statement: the stored path
 * scores and the stored explanation's paths (indicator points). Params: $1 branch ids (uuid[]),
 * $2 period code, $3 the caller's district; scores of reported assessments only (a branch of another district answers as missing; every
 * join names the district: docs/scale-out.md).
 */
export const COMPARE_SQL = `
SELECT u.id, u.code, u.name, coalesce(a.unit_sector, u.sector) AS sector, u.path, u.kind,
       EXISTS (SELECT 1 FROM org_unit c WHERE c.district_id = u.district_id AND c.parent_id = u.id) AS has_children,
       p.id AS period_id, a.status, s.total::float8 AS total, s.grade_code,
       s.explanation -> 'paths' AS explained_paths,
       (SELECT json_object_agg(ps.path_code, json_build_object('points', ps.points::float8, 'percent', ps.percent::float8))
          FROM assessment_path_score ps
         WHERE ps.district_id = a.district_id AND ps.assessment_id = a.id AND ps.kind = 'OFFICIAL'
           AND ${isReported('a')}) AS path_scores
  FROM org_unit u
  LEFT JOIN period p ON p.district_id = u.district_id AND p.code = $2
  LEFT JOIN assessment a ON a.district_id = u.district_id AND a.branch_id = u.id AND a.period_id = p.id
  -- A committee reads a score once reported (assessments/sql/reported.ts): a draft's running total is
  -- the branch's own, not a result to compare.
  LEFT JOIN assessment_score s ON s.district_id = a.district_id AND s.assessment_id = a.id AND s.kind = 'OFFICIAL'
        AND ${isReported('a')}
 WHERE u.district_id = $3 AND u.id = ANY($1::uuid[])`;

export interface ExplainedIndicator {
  code: string;
  name: { zh: string; en: string };
  rule: string;
  applicable: boolean;
  missing: boolean;
  points: number;
  maxPoints: number;
}

export interface ExplainedPath {
  code: string;
  name: { zh: string; en: string };
  weight: number;
  maxPoints: number;
  points: number;
  percent: number;
  indicators: ExplainedIndicator[];
}

export interface CompareRow {
  id: string;
  code: string;
  name: string;
  sector: string | null;
  path: string;
  kind: string;
  has_children: boolean;
  period_id: string | null;
  status: string | null;
  total: number | null;
  grade_code: string | null;
  explained_paths: ExplainedPath[] | null;
  path_scores: Record<string, { points: number; percent: number }> | null;
}
