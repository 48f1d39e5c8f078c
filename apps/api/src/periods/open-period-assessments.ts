import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { lockOpenPeriodsOfDistrict } from './period-lock';
import { isAssessedLeaf } from '../org-units/sql/assessed-leaf';

/**
 * Why an open period's assessments are being completed: a branch was created, reactivated, or moved
 * (which may also turn its old parent, a general branch, back into an assessed leaf).
 */
export type TreeChangeReason = 'ORG_UNIT_CREATED' | 'ORG_UNIT_REACTIVATED' | 'ORG_UNIT_MOVED';

export interface CompleteOpenPeriodsInput {
  districtId: string;
  /** LIKE patterns of the units to look at: `<path>%` for a subtree, a bare `<path>` for one unit. */
  pathPatterns: string[];
  actorId: string;
  reason: TreeChangeReason;
  /** The org unit whose change caused this (for the audit event). */
  unitId: string;
}

export interface CreatedAssessment {
  assessmentId: string;
  periodId: string;
  branchId: string;
}

/**
 * Creates the DRAFT assessment (and its creation history row) of every active assessed leaf (a
 * BRANCH without children, as openPeriod and the analytics define it) under the given patterns, for
 * every OPEN period of the district that has none for it yet, with the period's framework version.
 * Set-based: one statement whatever the number of branches and periods. Closed periods are never
 * touched. A period covers its whole district: periods are per district (`uq_period_district_code`)
 * and opened by an ADMIN, whose scope is a district.
 */
const CREATE_MISSING = `
  WITH created AS (
    INSERT INTO assessment (district_id, branch_id, period_id, framework_id, status, version)
    SELECT u.district_id, u.id, p.id, p.framework_id, 'DRAFT', 1
      FROM org_unit u
      JOIN period p ON p.district_id = u.district_id AND p.status = 'OPEN'
     WHERE u.district_id = $1 AND u.path LIKE ANY ($2::text[]) AND u.active AND ${isAssessedLeaf('u')}
       AND NOT EXISTS (SELECT 1 FROM assessment a
                        WHERE a.district_id = u.district_id AND a.branch_id = u.id AND a.period_id = p.id)
    ON CONFLICT ON CONSTRAINT uq_assessment_branch_period DO NOTHING
    RETURNING id, district_id, period_id, branch_id),
  history AS (
    INSERT INTO assessment_status_change (assessment_id, district_id, from_status, to_status, actor_id, comment)
    SELECT id, district_id, NULL, 'DRAFT', $3, $4 FROM created)
  SELECT id AS "assessmentId", period_id AS "periodId", branch_id AS "branchId" FROM created ORDER BY period_id, branch_id`;

const COMMENTS: Record<TreeChangeReason, string> = {
  ORG_UNIT_CREATED: 'branch created while the period is open',
  ORG_UNIT_REACTIVATED: 'branch reactivated while the period is open',
  ORG_UNIT_MOVED: 'branch moved while the period is open',
};

/** Keeps the open periods' assessments complete when the org tree changes (used by org units). */
@Injectable()
export class OpenPeriodAssessments {
  constructor(private readonly audit: AuditService) {}

  /**
   * Run inside the transaction that changed the tree (pass its manager), after the change. Writes one
   * `ASSESSMENTS_CREATED` audit event per period that got assessments. Returns what was created.
   */
  async complete(manager: EntityManager, input: CompleteOpenPeriodsInput): Promise<CreatedAssessment[]> {
    if (input.pathPatterns.length === 0) return [];
    // Hold the open periods (period-lock.ts) so none closes between this read and the commit.
    await lockOpenPeriodsOfDistrict(manager, input.districtId);
    const created: CreatedAssessment[] = await manager.query(CREATE_MISSING, [
      input.districtId,
      input.pathPatterns,
      input.actorId,
      COMMENTS[input.reason],
    ]);
    const byPeriod = new Map<string, CreatedAssessment[]>();
    for (const row of created) byPeriod.set(row.periodId, [...(byPeriod.get(row.periodId) ?? []), row]);
    for (const [periodId, rows] of byPeriod) {
      await this.audit.record(manager, {
        districtId: input.districtId,
        actorId: input.actorId,
        action: 'ASSESSMENTS_CREATED',
        targetType: 'Period',
        targetId: periodId,
        after: {
          reason: input.reason,
          unitId: input.unitId,
          assessments: rows.map((r) => ({ assessmentId: r.assessmentId, branchId: r.branchId })),
        },
      });
    }
    return created;
  }
}
