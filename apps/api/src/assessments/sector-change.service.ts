import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isApplicable, type Sector } from '@pathboard/scoring';
import { AuditService } from '../audit/audit.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { lockOpenPeriodsOfDistrict } from '../periods/period-lock';
import { ASSESSMENT_SELECT, toContext, type AssessmentContext } from './assessment-rows';
import { AssessmentWriteSteps } from './assessment-write-steps.service';

export interface SectorChange {
  branchId: string;
  districtId: string;
  from: string | null;
  to: string | null;
  actorId: string;
}

/** The values a sector change drops, as stored (kept whole in the audit event). */
interface DroppedValue {
  assessment_id: string;
  indicator_code: string;
  self_value: unknown;
  reviewed_value: unknown;
  evidence: string | null;
}

interface StoredScore {
  assessment_id: string;
  kind: 'SELF' | 'OFFICIAL';
  total: string;
  grade_code: string;
}

/**
 * Bumps the version of every assessment of the branch in an OPEN period of its district; returns
 * their ids with the version before. Params: $1 branch, $2 district, $3 open period ids.
 */
const BUMP_OPEN = `
  WITH bumped AS (
    UPDATE assessment SET version = version + 1, updated_at = now()
     WHERE branch_id = $1 AND district_id = $2 AND period_id = ANY($3::uuid[])
    RETURNING id, version - 1 AS "versionBefore")
  SELECT id, "versionBefore" FROM bumped ORDER BY id`;

/**
 * The rule when a branch's sector changes while a quarter is open (documented in apps/api/README.md):
 * the change is allowed, and in the same transaction each of the branch's OPEN-period assessments
 * - loses its values (self, reviewed and evidence) for indicators that do not apply to the new sector,
 *   since libs/scoring refuses them and every later save or submit would fail;
 * - is rescored under the new sector when it had scores (applicability also rescales the others);
 * - gets its version bumped, so an edit started under the old sector fails with CONFLICT instead of
 *   writing values checked against the old sector;
 * - is audited `ASSESSMENT_SECTOR_CHANGED` with the dropped values in full and the totals before and
 *   after, so nothing is lost: an admin who changed the sector by mistake can see what to re-enter.
 * Closed quarters are history and keep their values and stored scores.
 */
@Injectable()
export class SectorChangeService {
  constructor(
    private readonly frameworks: FrameworksService,
    private readonly steps: AssessmentWriteSteps,
    private readonly audit: AuditService,
  ) {}

  /** Run inside the transaction that changed the sector, after the org_unit row was written. */
  async realign(manager: EntityManager, change: SectorChange): Promise<void> {
    // Held FOR SHARE until the commit: no period closes under this rewrite (period-lock.ts).
    const periodIds = await lockOpenPeriodsOfDistrict(manager, change.districtId);
    if (periodIds.length === 0) return;
    const bumped: { id: string; versionBefore: number }[] = await manager.query(BUMP_OPEN, [
      change.branchId,
      change.districtId,
      periodIds,
    ]);
    if (bumped.length === 0) return;
    const ids = bumped.map((b) => b.id);
    const rows: Record<string, unknown>[] = await manager.query(
      `${ASSESSMENT_SELECT} WHERE a.district_id = $2 AND a.id = ANY($1::uuid[]) ORDER BY a.id`,
      [ids, change.districtId],
    );
    const contexts = rows.map(toContext);
    const before = await this.storedScores(manager, change.districtId, ids);
    const dropped = await this.dropInapplicable(manager, change.districtId, contexts, change.to);
    const scored = contexts.filter((ctx) => before.has(ctx.id) || dropped.has(ctx.id));
    await this.steps.rescore(manager, ...scored);
    const after = await this.storedScores(manager, change.districtId, ids);
    for (const ctx of contexts) {
      const versionBefore = Number(bumped.find((b) => b.id === ctx.id)!.versionBefore);
      await this.audit.record(manager, {
        districtId: ctx.districtId,
        actorId: change.actorId,
        action: 'ASSESSMENT_SECTOR_CHANGED',
        targetType: 'Assessment',
        targetId: ctx.id,
        before: {
          version: versionBefore,
          sector: change.from,
          scores: before.get(ctx.id) ?? null,
          values: dropped.get(ctx.id) ?? {},
        },
        after: {
          version: versionBefore + 1,
          sector: change.to,
          scores: after.get(ctx.id) ?? null,
          droppedIndicators: Object.keys(dropped.get(ctx.id) ?? {}),
        },
      });
    }
  }

  /** Deletes the stored values of indicators the new sector does not take; returns them by assessment. */
  private async dropInapplicable(
    manager: EntityManager,
    districtId: string,
    contexts: AssessmentContext[],
    sector: string | null,
  ): Promise<Map<string, Record<string, Omit<DroppedValue, 'assessment_id' | 'indicator_code'>>>> {
    const pairs: { id: string; code: string }[] = [];
    for (const ctx of contexts) {
      const framework = await this.frameworks.definition(ctx.frameworkId, manager);
      for (const path of framework.paths) {
        for (const indicator of path.indicators) {
          if (!isApplicable(indicator, (sector ?? undefined) as Sector | undefined))
            pairs.push({ id: ctx.id, code: indicator.code });
        }
      }
    }
    const byAssessment = new Map<
      string,
      Record<string, Omit<DroppedValue, 'assessment_id' | 'indicator_code'>>
    >();
    if (pairs.length === 0) return byAssessment;
    const removed: DroppedValue[] = await manager.query(
      `WITH removed AS (
         DELETE FROM indicator_value v
          USING unnest($1::uuid[], $2::text[]) AS t(assessment_id, indicator_code)
          WHERE v.district_id = $3 AND v.assessment_id = t.assessment_id AND v.indicator_code = t.indicator_code
         RETURNING v.assessment_id, v.indicator_code, v.self_value, v.reviewed_value, v.evidence)
       SELECT * FROM removed ORDER BY assessment_id, indicator_code`,
      [pairs.map((p) => p.id), pairs.map((p) => p.code), districtId],
    );
    for (const r of removed) {
      const values = byAssessment.get(r.assessment_id) ?? {};
      values[r.indicator_code] = {
        self_value: r.self_value,
        reviewed_value: r.reviewed_value,
        evidence: r.evidence,
      };
      byAssessment.set(r.assessment_id, values);
    }
    return byAssessment;
  }

  private async storedScores(
    manager: EntityManager,
    districtId: string,
    ids: string[],
  ): Promise<Map<string, Record<string, { total: number; gradeCode: string }>>> {
    const rows: StoredScore[] = await manager.query(
      `SELECT assessment_id, kind, total, grade_code FROM assessment_score
        WHERE district_id = $2 AND assessment_id = ANY($1::uuid[])`,
      [ids, districtId],
    );
    const byAssessment = new Map<string, Record<string, { total: number; gradeCode: string }>>();
    for (const r of rows) {
      byAssessment.set(r.assessment_id, {
        ...byAssessment.get(r.assessment_id),
        [r.kind]: { total: Number(r.total), gradeCode: r.grade_code },
      });
    }
    return byAssessment;
  }
}
