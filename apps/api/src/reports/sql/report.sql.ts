/**
 * The statements behind the report downloads. Their number does not depend on how many branches a
 * unit has: everything is read set-based under the unit's path (a branch is an assessed leaf, a
 * BRANCH unit without children, as PeriodsService and analytics define it).
 */

import { isReported } from '../../assessments/sql/reported';
import { byTotalDesc, figuresRankColumns } from '../../analytics/sql/scoreboard.sql';
import { isAssessedLeaf } from '../../org-units/sql/assessed-leaf';
import { unitAsOf } from '../../org-units/sql/unit-as-of';

const IS_LEAF = isAssessedLeaf('u');
/** A branch row `u` as its quarter's assessment `a` saw it (closed quarters: the snapshot). */
const AS_OF = unitAsOf('u', 'a');

// The unit-period context is the analytics one (analytics/sql/context.sql.ts), in the caller's
// district: DISTRICT_UNIT_PERIOD_SQL (ReportDataLoader.unitPeriod).

/**
 * Quarterly report: the branches under the unit as the overview's branch table lists them, from the
 * precomputed rows (branch_period_figures, written by the scoreboard's branch statement: the
 * dashboard's branch set, status, on time, total, previous total), ranked by the same columns as the
 * table (figuresRankColumns: the one competition rank), with the parent's name and the submission time.
 * Params: $1 district id, $2 unit path || '%', $3 period id.
 */
export const REPORT_BRANCHES_SQL = `
  WITH ranked AS (
    SELECT f.*, ${figuresRankColumns('f')}
      FROM branch_period_figures f
     WHERE f.district_id = $1 AND f.period_id = $3 AND f.path LIKE $2
    WINDOW by_total_desc AS (${byTotalDesc('f')}))
  SELECT r.branch_id AS id, r.code, r.name, r.sector, r.member_count, r.active, par.name AS parent_name,
         a.id AS assessment_id, r.status, a.submitted_at, r.on_time, r.total, r.rank, r.previous_total, r.previous_rank
    FROM ranked r
    LEFT JOIN org_unit par ON par.district_id = $1 AND par.id = r.parent_id
    LEFT JOIN assessment a ON a.district_id = $1 AND a.branch_id = r.branch_id AND a.period_id = $3
   WHERE r.listed
   ORDER BY r.path`;

export interface ReportBranchRow {
  id: string;
  code: string;
  name: string;
  sector: string | null;
  member_count: number;
  active: boolean;
  parent_name: string | null;
  assessment_id: string | null;
  status: string | null;
  submitted_at: Date | null;
  on_time: boolean | null;
  /** The official total of a reported assessment (NULL otherwise), its rank and the previous quarter's. */
  total: number | null;
  rank: number | null;
  previous_total: number | null;
  previous_rank: number | null;
}

/**
 * Quarterly report: the stored SELF and OFFICIAL scores of the unit's branches, as a report row shows
 * them: total and grade code (columns), path points (assessment_path_score) and the indicator points
 * of the stored explanation as one jsonpath array in framework order. Reading whole explanations
 * (~10 KB each) would cost 4-5x more on a 5,000-branch unit. Params as REPORT_BRANCHES_SQL.
 * Only reported assessments (SUBMITTED or APPROVED, assessments/sql/reported.ts): a committee report
 * ranks and aggregates what branches have reported; a DRAFT or RETURNED branch is listed with its
 * status and no scores (its provisional figures are its own, in its branch report).
 */
export const REPORT_SCORES_SQL = `
  SELECT s.branch_id, s.kind, s.total::float8 AS total, s.grade_code,
         (SELECT coalesce(jsonb_object_agg(ps.path_code, ps.points::float8), '{}'::jsonb)
            FROM assessment_path_score ps
           WHERE ps.district_id = s.district_id AND ps.assessment_id = s.assessment_id AND ps.kind = s.kind) AS paths,
         jsonb_path_query_array(s.explanation, '$.paths[*].indicators[*].points') AS indicator_points
    FROM assessment_score s
    JOIN assessment a ON a.district_id = s.district_id AND a.id = s.assessment_id AND ${isReported('a')}
    JOIN org_unit u ON u.district_id = s.district_id AND u.id = s.branch_id
   WHERE s.district_id = $1 AND s.period_id = $3 AND ${AS_OF.path} LIKE $2`;

export interface ReportScoreRow {
  branch_id: string;
  kind: 'SELF' | 'OFFICIAL';
  total: number;
  grade_code: string;
  /** path code → path points. */
  paths: Record<string, number>;
  /** Every indicator's points, in framework order (paths, then indicators). */
  indicator_points: number[];
}

/**
 * Quarterly report: each assessment's values as entered, one JSON object per branch
 * (`{ code: { self, reviewed, reason } }`, absent sides left out; `reason` is the reviewer's 调整理由). Params as REPORT_BRANCHES_SQL. Built as
 * `json`, not `jsonb`, as the quality set's (quality-set.sql.ts): only sent to the client, and at
 * 5,000 branches 714–804 → 393–480 ms for the statement (psql, two runs each, bench database).
 */
export const REPORT_VALUES_SQL = `
  SELECT a.branch_id,
         json_object_agg(v.indicator_code, json_strip_nulls(json_build_object('self', v.self_value, 'reviewed', v.reviewed_value, 'reason', v.review_reason))) AS pairs
    FROM indicator_value v
    JOIN assessment a ON a.district_id = v.district_id AND a.id = v.assessment_id
    JOIN org_unit u ON u.district_id = a.district_id AND u.id = a.branch_id
   WHERE a.district_id = $1 AND a.period_id = $3 AND ${AS_OF.path} LIKE $2
   GROUP BY a.branch_id`;

/**
 * Branch report: the assessment and its full stored scores (with explanations).
 * Params: $1 branch id, $2 period id, $3 district id.
 */
export const BRANCH_SCORES_SQL = `
  SELECT a.id AS assessment_id, a.status, s.kind, s.explanation
    FROM assessment a
    LEFT JOIN assessment_score s ON s.district_id = a.district_id AND s.assessment_id = a.id
   WHERE a.district_id = $3 AND a.branch_id = $1 AND a.period_id = $2`;

/**
 * Branch report: the evidence files of the branch's assessment of the period, in upload order.
 * Params: $1 branch id, $2 period id, $3 district id.
 */
export const BRANCH_EVIDENCE_SQL = `
  SELECT f.indicator_code AS "indicatorCode", f.original_name AS name
    FROM evidence_file f
    JOIN assessment a ON a.district_id = f.district_id AND a.id = f.assessment_id
   WHERE a.district_id = $3 AND a.branch_id = $1 AND a.period_id = $2 AND f.rectification_item_id IS NULL
   ORDER BY f.created_at, f.original_name, f.id`;

/**
 * Branch report: the indicators a reviewer set a value for (审核调整), with the reason given
 * (null for one stored before reasons were asked for). Params as BRANCH_EVIDENCE_SQL.
 */
export const BRANCH_ADJUSTMENTS_SQL = `
  SELECT v.indicator_code AS "indicatorCode", v.review_reason AS reason
    FROM indicator_value v
    JOIN assessment a ON a.district_id = v.district_id AND a.id = v.assessment_id
   WHERE a.district_id = $3 AND a.branch_id = $1 AND a.period_id = $2 AND v.reviewed_value IS NOT NULL
   ORDER BY v.indicator_code`;

/**
 * Branch report: the branch's OFFICIAL totals of the district's quarters before this one, newest
 * first (the caller reverses). Params: $1 branch id, $2 district id, $3 year * 4 + quarter, $4 limit.
 */
export const BRANCH_HISTORY_SQL = `
  SELECT p.code AS period, s.total::float8 AS total, s.explanation -> 'grade' -> 'name' ->> 'zh' AS grade
    FROM period p
    LEFT JOIN assessment_score s ON s.district_id = p.district_id AND s.period_id = p.id AND s.branch_id = $1 AND s.kind = 'OFFICIAL'
   WHERE p.district_id = $2 AND p.year * 4 + p.quarter < $3
   ORDER BY p.year DESC, p.quarter DESC
   LIMIT $4`;

/**
 * Import template: the editable (DRAFT/RETURNED) assessments of the active branches under a unit,
 * with their stored self values (a deactivated branch's assessment no longer changes: the import
 * refuses a row that would change it). Params: $1 district id, $2 unit path || '%', $3 period id.
 */
export const EDITABLE_BRANCHES_SQL = `
  SELECT u.id, u.code, u.name, u.sector,
         (SELECT jsonb_object_agg(v.indicator_code, v.self_value)
            FROM indicator_value v
           WHERE v.district_id = a.district_id AND v.assessment_id = a.id AND v.self_value IS NOT NULL) AS self_values
    FROM assessment a
    JOIN org_unit u ON u.district_id = a.district_id AND u.id = a.branch_id
   WHERE a.district_id = $1 AND a.period_id = $3 AND u.path LIKE $2 AND a.status IN ('DRAFT', 'RETURNED') AND u.active AND ${IS_LEAF}
   ORDER BY u.code`;

/** Import: every branch in a subtree (the caller's scope). Params: $1 district id, $2 scope path || '%'. */
export const SCOPE_BRANCHES_SQL = `
  SELECT u.id, u.code, u.name, u.sector FROM org_unit u
   WHERE u.district_id = $1 AND u.path LIKE $2 AND ${IS_LEAF}`;

/** Import: a period of the caller's district by code. Params: $1 district id, $2 code. */
export const PERIOD_BY_CODE_SQL = `
  SELECT id, code, status, framework_id FROM period WHERE district_id = $1 AND code = $2`;

/** Import: the stored self values of some assessments. Params: $1 assessment ids, $2 their district id. */
export const SELF_VALUES_SQL = `
  SELECT assessment_id, indicator_code, self_value FROM indicator_value
   WHERE district_id = $2 AND assessment_id = ANY($1::uuid[]) AND self_value IS NOT NULL`;

/**
 * 整改事项 not yet closed, of branches under the unit, raised in this quarter or an earlier one.
 * Overdue: OPEN after the deadline (rectification-workflow.ts). Params: $1 district id,
 * $2 unit path || '%', $3 year * 4 + quarter of the report's period, $4 now.
 */
export const REPORT_RECTIFICATIONS_SQL = `
  SELECT u.code AS branch_code, u.name AS branch_name, p.code AS period, r.indicator_code, r.problem,
         r.required_action, r.deadline, r.status, (r.status = 'OPEN' AND r.deadline < $4) AS overdue
    FROM rectification_item r
    JOIN org_unit u ON u.district_id = r.district_id AND u.id = r.branch_id
    JOIN period p ON p.district_id = r.district_id AND p.id = r.period_id
   WHERE r.district_id = $1 AND u.path LIKE $2 AND r.status <> 'CLOSED' AND p.year * 4 + p.quarter <= $3
   ORDER BY r.deadline, u.code, r.id`;
