import type { EntityManager } from 'typeorm';
import { onTimeOf } from '../analytics/sql/branch-set.sql';
import type { ScoreResult } from '@pathboard/scoring';
import type { AssessmentScoreEntity } from './entities/assessment-score.entity';
import type { PeriodStatusEnum } from '../periods/models/period.model';
import type { AssessmentModel, AssessmentStatusEnum } from './models/assessment.model';
import type { AssessmentScoreModel } from './models/assessment-score.model';

/** An assessment without its lazily resolved parts (values, scores, history come from DataLoaders). */
export type AssessmentRow = Omit<
  AssessmentModel,
  'values' | 'selfScore' | 'officialScore' | 'gap' | 'history'
>;

/** Internal: what the mutations need besides the row (period state, branch sector). */
export interface AssessmentContext extends AssessmentRow {
  sector: string | null;
  /** The branch's materialized path, for the scope checks. */
  branchPath: string;
  /**
   * The period's own deadline, whatever the branch's extension: the first submission's stored
   * `on_time` compares with it (onTimeOf adds the extension when it is read, so replacing an
   * extension by an earlier one changes the verdict, as docs/metrics.md says).
   */
  periodDeadline: Date;
}

/**
 * `deadline` is THE branch's effective deadline (docs/metrics.md "On time"): its extension (延期) when
 * it has one, else the period's. GREATEST, not COALESCE: the period's deadline may be moved past an
 * extension granted earlier, and the branch then has the later one, exactly as onTimeOf counts it.
 * A LEFT JOIN on the extension's key, so a list of 5,000 assessments is still one statement.
 * `period_deadline` stays for the first submission's stored verdict (assessment-workflow.ts).
 */
export const ASSESSMENT_SELECT = `
  SELECT a.id, a.district_id, a.branch_id, a.period_id, a.framework_id, a.status, a.version,
         a.submitted_at, ${onTimeOf('a')} AS on_time, a.updated_at, p.code AS period_code,
         GREATEST(p.deadline, dx.deadline) AS deadline, p.deadline AS period_deadline, p.status AS period_status,
         u.sector, u.path AS branch_path
    FROM assessment a
    JOIN period p ON p.district_id = a.district_id AND p.id = a.period_id
    JOIN org_unit u ON u.district_id = a.district_id AND u.id = a.branch_id
    LEFT JOIN deadline_extension dx
      ON dx.district_id = a.district_id AND dx.period_id = a.period_id AND dx.branch_id = a.branch_id`;

export function toContext(r: Record<string, unknown>): AssessmentContext {
  return {
    id: r['id'] as string,
    districtId: r['district_id'] as string,
    branchId: r['branch_id'] as string,
    periodId: r['period_id'] as string,
    periodCode: r['period_code'] as string,
    frameworkId: r['framework_id'] as string,
    status: r['status'] as AssessmentStatusEnum,
    version: Number(r['version']),
    submittedAt: (r['submitted_at'] as Date | null) ?? null,
    onTime: (r['on_time'] as boolean | null) ?? null,
    deadline: r['deadline'] as Date,
    updatedAt: r['updated_at'] as Date,
    periodStatus: r['period_status'] as PeriodStatusEnum,
    sector: (r['sector'] as string | null) ?? null,
    branchPath: r['branch_path'] as string,
    periodDeadline: r['period_deadline'] as Date,
  };
}

/**
 * The assessment `id` of district `districtId` (the caller's), or null. The district is part of the
 * key, so the lookup reads one district (one shard under Citus, docs/scale-out.md); another
 * district's id answers as a missing one.
 */
export async function loadContext(
  manager: EntityManager,
  id: string,
  districtId: string,
): Promise<AssessmentContext | null> {
  const rows: Record<string, unknown>[] = await manager.query(
    `${ASSESSMENT_SELECT} WHERE a.id = $1 AND a.district_id = $2`,
    [id, districtId],
  );
  return rows.length ? toContext(rows[0]) : null;
}

/** Public shape of a row (drops the internal fields). */
export function toRow(context: AssessmentContext): AssessmentRow {
  const { sector: _sector, branchPath: _branchPath, periodDeadline: _periodDeadline, ...row } = context;
  return row;
}

export function toScoreModel(entity: AssessmentScoreEntity): AssessmentScoreModel {
  const result: ScoreResult = entity.explanation;
  return {
    kind: entity.kind,
    total: Number(entity.total),
    gradeCode: entity.gradeCode,
    grade: result.grade,
    uncappedGrade: result.uncappedGrade,
    veto: entity.veto,
    completeness: Number(entity.completeness),
    answered: result.completeness.answered,
    applicable: result.completeness.applicable,
    missing: result.missing,
    paths: result.paths.map((p) => ({
      ...p,
      indicators: p.indicators.map((i) => ({ ...i, vetoTriggered: i.vetoTriggered ?? null })),
    })),
    explanation: result,
  };
}
