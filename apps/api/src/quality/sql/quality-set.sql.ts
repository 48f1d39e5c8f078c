import { isReported } from '../../assessments/sql/reported';
import { unitAsOf } from '../../org-units/sql/unit-as-of';

const AS_OF = unitAsOf('u', 'a');

/**
 * The period, its framework and the quarter before it. Params: $1 district id, $2 period code.
 * No row: the district has no such period.
 */
export const QUALITY_PERIOD_SQL = `
  SELECT p.id, p.code, p.framework_id, pp.id AS previous_id
    FROM period p
    LEFT JOIN period pp ON pp.district_id = p.district_id AND pp.year * 4 + pp.quarter = p.year * 4 + p.quarter - 1
   WHERE p.district_id = $1 AND p.code = $2`;

export interface QualityPeriodRow {
  id: string;
  code: string;
  framework_id: string;
  previous_id: string | null;
}

/**
 * Every assessment of the period in the district, one row each, with what the data checks need
 * (docs/domain.md "Data checks"): its values (self and reviewed), its branch's previous-quarter
 * values (that quarter's reported assessment, else NULL), and the branch's sector and parent as the
 * period saw them (a closed quarter's snapshot). The peer groups are built from these rows in one
 * pass (libs/scoring checkBranchSet); the caller's scope is applied to the rows it returns, by `path`.
 * Params: $1 district id, $2 period id, $3 previous period id (NULL: none).
 */
export const QUALITY_SET_SQL = `
  SELECT a.id AS assessment_id, a.branch_id, u.code, u.name, u.path, a.status::text AS status,
         ${AS_OF.sector}::text AS sector, ${AS_OF.parentId} AS parent_id,
         cv.pairs, pv.pairs AS previous_pairs
    FROM assessment a
    JOIN org_unit u ON u.district_id = a.district_id AND u.id = a.branch_id
    LEFT JOIN assessment pa ON pa.district_id = $1 AND pa.branch_id = a.branch_id AND pa.period_id = $3 AND ${isReported('pa')}
    LEFT JOIN LATERAL (
      SELECT jsonb_object_agg(v.indicator_code, jsonb_build_object('self', v.self_value, 'reviewed', v.reviewed_value)) AS pairs
        FROM indicator_value v WHERE v.assessment_id = a.id) cv ON true
    LEFT JOIN LATERAL (
      SELECT jsonb_object_agg(v.indicator_code, jsonb_build_object('self', v.self_value, 'reviewed', v.reviewed_value)) AS pairs
        FROM indicator_value v WHERE v.assessment_id = pa.id) pv ON true
   WHERE a.district_id = $1 AND a.period_id = $2
   ORDER BY u.path, u.code`;

type Pairs = Record<string, { self: unknown; reviewed: unknown }>;

export interface QualitySetRow {
  assessment_id: string;
  branch_id: string;
  code: string;
  name: string;
  path: string;
  status: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';
  sector: string | null;
  parent_id: string | null;
  pairs: Pairs | null;
  previous_pairs: Pairs | null;
}

/**
 * Self and official totals of every APPROVED assessment in the district over the INFLATION_QUARTERS
 * quarters up to and including the period (libs/scoring selfInflation). Params: $1 district id,
 * $2 period id, $3 the number of quarters.
 */
/** The period's assessments with their branch, without values (what the inflation list names). Params: $1 district, $2 period id. */
export const PERIOD_ASSESSMENTS_SQL = `
  SELECT a.id AS assessment_id, a.branch_id, u.code, u.name, u.path
    FROM assessment a
    JOIN org_unit u ON u.district_id = a.district_id AND u.id = a.branch_id
   WHERE a.district_id = $1 AND a.period_id = $2`;

export interface PeriodAssessmentRow {
  assessment_id: string;
  branch_id: string;
  code: string;
  name: string;
  path: string;
}

export const INFLATION_SQL = `
  SELECT a.branch_id, ss.total::float8 AS self, os.total::float8 AS official
    FROM period p
    JOIN period q ON q.district_id = p.district_id
     AND q.year * 4 + q.quarter BETWEEN p.year * 4 + p.quarter - ($3::int - 1) AND p.year * 4 + p.quarter
    JOIN assessment a ON a.district_id = $1 AND a.period_id = q.id AND a.status = 'APPROVED'
    JOIN assessment_score ss ON ss.district_id = a.district_id AND ss.assessment_id = a.id AND ss.kind = 'SELF'
    JOIN assessment_score os ON os.district_id = a.district_id AND os.assessment_id = a.id AND os.kind = 'OFFICIAL'
   WHERE p.id = $2`;

export interface InflationRow {
  branch_id: string;
  self: number;
  official: number;
}
