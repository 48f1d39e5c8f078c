import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { conflict } from '../common/errors';
import type { TreeChangeReason } from '../periods/open-period-assessments';
import { OrgUnitKind } from './org-unit.enums';
import { assessedParentRefusal, isUntouchedDraft, type ParentAssessment } from './org-unit-rules';

/**
 * The assessments of a unit that is an assessed leaf (a BRANCH without children, as analytics and
 * openPeriod define it), each with whether any value was saved into it: one statement whatever
 * the number of quarters. No rows for a unit that already has children (a general branch is not
 * assessed any more, another child changes nothing). Params: $1 the unit's id, $2 its district
 * (the tenant key every per-branch statement filters on).
 */
const LEAF_ASSESSMENTS = `
  SELECT a.id, a.period_id AS "periodId", p.code AS "periodCode", a.status, a.version,
         -- Evidence files count as entered work too: deleting the draft would drop them with it.
         (EXISTS (SELECT 1 FROM indicator_value v WHERE v.district_id = $2 AND v.assessment_id = a.id)
          OR EXISTS (SELECT 1 FROM evidence_file e WHERE e.district_id = $2 AND e.assessment_id = a.id)) AS "hasValues"
    FROM assessment a
    JOIN period p ON p.district_id = a.district_id AND p.id = a.period_id
   WHERE a.district_id = $2 AND a.branch_id = $1
     AND NOT EXISTS (SELECT 1 FROM org_unit c WHERE c.parent_id = $1 AND c.district_id = $2)
   ORDER BY p.year, p.quarter`;

/**
 * Locks the unit's assessments before LEAF_ASSESSMENTS reads them. An evidence upload locks its
 * assessment FOR UPDATE without bumping its version, so without this a file attached between the
 * read and DELETE_UNTOUCHED would be deleted with the draft (and its bytes left in the store):
 * here the read waits for such an upload and sees its file, and a later upload waits for this
 * transaction and then finds the draft gone. Params: $1 the unit's id, $2 its district.
 */
const LOCK_ASSESSMENTS = `
  SELECT a.id FROM assessment a WHERE a.district_id = $2 AND a.branch_id = $1 ORDER BY a.id FOR UPDATE`;

/**
 * Deletes the given untouched drafts; their score rows and status history go with them (ON DELETE
 * CASCADE). The version read with each is the optimistic lock every value write bumps first
 * (AssessmentWriteSteps.bump): a save that slipped in since the read keeps its assessment
 * (the row is re-checked after waiting for that writer), and the caller sees fewer rows deleted.
 * Params: $1 ids, $2 their versions, $3 the district.
 */
const DELETE_UNTOUCHED = `
  WITH removed AS (
    DELETE FROM assessment a
     USING unnest($1::uuid[], $2::int[]) AS t(id, version)
     WHERE a.district_id = $3 AND a.id = t.id AND a.version = t.version AND a.status = 'DRAFT'
    RETURNING a.id)
  SELECT id FROM removed`;

export interface AssessedParentInput {
  /** The unit about to get a child (created under it, or moved there). */
  parent: { id: string; code: string; kind: OrgUnitKind; districtId: string };
  /** The unit that becomes its child (for the audit event). */
  childId: string;
  actorId: string;
  reason: Extract<TreeChangeReason, 'ORG_UNIT_CREATED' | 'ORG_UNIT_MOVED'>;
}

/**
 * Keeps an assessed branch from silently becoming a general branch (docs/domain.md "Who uses it": a
 * branch is any assessed leaf): a child would take it out of every figure, with its past quarters.
 * Used by createOrgUnit and moveOrgUnit inside their transaction, under the district lock.
 */
@Injectable()
export class AssessedParentGuard {
  constructor(private readonly audit: AuditService) {}

  /**
   * Refuses (BAD_USER_INPUT, reason ASSESSED_PARENT, see assessedParentRefusal) when the parent is
   * an assessed leaf with any assessment other than an untouched draft. Otherwise removes its
   * untouched drafts (a general branch created while a period is open gets one at once), audited
   * as one ASSESSMENTS_REMOVED event per period, so that it can receive children.
   */
  async clear(manager: EntityManager, input: AssessedParentInput): Promise<void> {
    if (input.parent.kind !== OrgUnitKind.BRANCH) return;
    // A statement of its own: READ COMMITTED gives the next statement a snapshot taken after the wait.
    await manager.query(LOCK_ASSESSMENTS, [input.parent.id, input.parent.districtId]);
    const assessments: ParentAssessment[] = await manager.query(LEAF_ASSESSMENTS, [
      input.parent.id,
      input.parent.districtId,
    ]);
    const refusal = assessedParentRefusal(input.parent, assessments);
    if (refusal) throw refusal;
    const untouched = assessments.filter(isUntouchedDraft);
    if (untouched.length === 0) return;

    const removed: { id: string }[] = await manager.query(DELETE_UNTOUCHED, [
      untouched.map((a) => a.id),
      untouched.map((a) => a.version),
      input.parent.districtId,
    ]);
    if (removed.length !== untouched.length) {
      throw conflict(
        `parentId: an assessment of branch ${input.parent.code} was changed meanwhile; reload and retry`,
        undefined,
        { field: 'parentId' },
      );
    }
    // One event per period, like ASSESSMENTS_CREATED (a branch has at most one assessment a period).
    for (const a of untouched) {
      await this.audit.record(manager, {
        districtId: input.parent.districtId,
        actorId: input.actorId,
        action: 'ASSESSMENTS_REMOVED',
        targetType: 'Period',
        targetId: a.periodId,
        before: {
          period: a.periodCode,
          assessments: [
            { assessmentId: a.id, branchId: input.parent.id, status: a.status, version: a.version },
          ],
        },
        after: { reason: input.reason, unitId: input.childId, parentId: input.parent.id, assessments: [] },
      });
    }
  }
}
