import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { indicatorsRequiringEvidence, missingEvidence } from '@pathboard/frameworks';
import {
  validateValues,
  type IndicatorInput,
  type IndicatorValuePair,
  type Sector,
  type ValueIssue,
} from '@pathboard/scoring';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { badUserInput, conflict } from '../common/errors';
import { FrameworksService } from '../frameworks/frameworks.service';
import type { AssessmentContext } from './assessment-rows';
import { computeDual, writeScores } from './assessment-scores.writer';
import type { AssessmentStatus } from './entities/assessment.entity';
import type { WorkflowAction } from './assessment-workflow';

/**
 * The actions that give a branch the pen or need it: its own save and submit, and a return or a
 * reopening, which hand the assessment back (RETURNED) to a branch that could no longer act on it.
 * An approval needs nothing from the branch, so a deactivated branch's submission can still be
 * approved (with corrected values if need be) and count as it stands (docs/metrics.md).
 */
const NEEDS_ACTIVE_BRANCH: Record<WorkflowAction, boolean> = {
  SAVE: true,
  SUBMIT: true,
  APPROVE: false,
  RETURN: true,
  REOPEN: true,
};

/** The answer to a write that lost the optimistic lock: someone else moved the version first. */
export function versionConflict(currentVersion: number) {
  return conflict(
    `the assessment was changed by someone else (current version ${currentVersion}); reload and retry`,
    currentVersion,
  );
}

/**
 * The steps an assessment write is made of, each inside the caller's transaction: the optimistic
 * version bump, the value checks, the rescore, the status history row and the audit event. The
 * workflow mutations (assessment-mutations.service.ts), the spreadsheet import and the sector change
 * compose them, so every path writes an assessment the same way.
 */
@Injectable()
export class AssessmentWriteSteps {
  constructor(
    private readonly frameworks: FrameworksService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The optimistic lock: bumps the version only if nobody else did. The UPDATE is wrapped in a CTE
   * so pg and PGlite both return the affected rows the same way; no row means a concurrent change.
   * The spreadsheet import (reports/values-import.service.ts) runs it in its own transaction too.
   */
  async bump(
    manager: EntityManager,
    ctx: AssessmentContext,
    change: { status?: AssessmentStatus; submittedAt?: Date; onTime?: boolean },
  ): Promise<void> {
    const rows: { version: number }[] = await manager.query(
      `WITH changed AS (
         UPDATE assessment
            SET version = version + 1, updated_at = now(),
                status = COALESCE($3, status),
                submitted_at = COALESCE($4, submitted_at),
                on_time = COALESCE($5, on_time),
                first_submitted_at = CASE WHEN $4::timestamptz IS NULL THEN first_submitted_at
                                          ELSE COALESCE(first_submitted_at, $4::timestamptz) END
          WHERE id = $1 AND district_id = $6 AND version = $2
         RETURNING version)
       SELECT version FROM changed`,
      [
        ctx.id,
        ctx.version,
        change.status ?? null,
        change.submittedAt ?? null,
        change.onTime ?? null,
        ctx.districtId,
      ],
    );
    if (rows.length === 0) {
      const [current] = await manager.query(
        `SELECT version FROM assessment WHERE id = $1 AND district_id = $2`,
        [ctx.id, ctx.districtId],
      );
      throw versionConflict(Number(current?.version ?? ctx.version));
    }
  }

  /**
   * Refuses (BRANCH_INACTIVE) a write that needs the branch when its unit is deactivated
   * (docs/domain.md#deactivation): a branch deactivated mid-quarter no longer changes its assessment.
   * The assessment row is locked first, then the unit read: a deactivation locks the branch's open
   * assessments before it writes the flag (OrgUnitsService.update), so either this write commits
   * before the deactivation, or it waits for it and then reads the unit as deactivated.
   */
  async assertBranchActive(
    manager: EntityManager,
    ctx: AssessmentContext,
    action: WorkflowAction,
  ): Promise<void> {
    if (!NEEDS_ACTIVE_BRANCH[action]) return;
    await manager.query(`SELECT id FROM assessment WHERE id = $1 AND district_id = $2 FOR NO KEY UPDATE`, [
      ctx.id,
      ctx.districtId,
    ]);
    const [unit]: { active: boolean; name: string }[] = await manager.query(
      `SELECT active, name FROM org_unit WHERE id = $1 AND district_id = $2`,
      [ctx.branchId, ctx.districtId],
    );
    if (!unit || unit.active) return;
    const byBranch = action === 'SAVE' || action === 'SUBMIT';
    throw badUserInput(
      byBranch
        ? `id: branch ${unit.name} is deactivated: its assessment can no longer be saved or submitted; ask the district organisation department to reactivate it if it should still take part`
        : `id: branch ${unit.name} is deactivated and could not correct a returned assessment: approve it (correcting values if needed) or reactivate the branch first`,
      {
        field: 'id',
        reason: 'BRANCH_INACTIVE',
        message: byBranch
          ? {
              zh: `“${unit.name}”已停用，考评不能再保存或提交。如仍需参加考评，请联系区委组织部重新启用。`,
              en: `${unit.name} is deactivated: its assessment can no longer be saved or submitted. Ask the district organisation department to reactivate it if it should still take part.`,
            }
          : {
              zh: `“${unit.name}”已停用，退回后无法再修改，因此不能退回或重新打开。可直接审核通过（必要时调整审核值），或先重新启用该支部。`,
              en: `${unit.name} is deactivated and could not correct a returned assessment, so it cannot be returned or reopened. Approve it (adjusting values if needed), or reactivate the branch first.`,
            },
      },
    );
  }

  /** Refuses the whole save when any value is invalid for the branch's sector; nothing is written. */
  async assertValid(
    manager: EntityManager,
    ctx: AssessmentContext,
    values: Record<string, IndicatorInput>,
  ): Promise<void> {
    const framework = await this.frameworks.definition(ctx.frameworkId, manager);
    const issues: ValueIssue[] = validateValues(framework, values, {
      sector: (ctx.sector ?? undefined) as Sector | undefined,
    });
    if (issues.length) {
      throw badUserInput(issues.map((i) => i.message.en).join('; '), {
        reason: 'INVALID_VALUES',
        issues,
        messageZh: issues.map((i) => i.message.zh).join(';'),
      });
    }
  }

  /** Refuses the submission while an indicator that requires evidence (framework `evidence.required`) has no file. */
  async assertRequiredEvidence(manager: EntityManager, ctx: AssessmentContext): Promise<void> {
    const framework = await this.frameworks.definition(ctx.frameworkId, manager);
    const sector = (ctx.sector ?? undefined) as Sector | undefined;
    if (!indicatorsRequiringEvidence(framework, sector).length) return;
    const rows: { indicator_code: string }[] = await manager.query(
      `SELECT DISTINCT indicator_code FROM evidence_file
        WHERE assessment_id = $1 AND district_id = $2 AND rectification_item_id IS NULL`,
      [ctx.id, ctx.districtId],
    );
    const missing = missingEvidence(framework, sector, new Set(rows.map((r) => r.indicator_code)));
    if (!missing.length) return;
    throw badUserInput(
      // Named, not coded: the web shows this sentence as it is (the codes are in `indicators`).
      `evidence is required before submitting: attach at least one file to ${missing.map((i) => i.name.en).join(', ')}`,
      {
        reason: 'EVIDENCE_REQUIRED',
        field: 'evidence',
        indicators: missing.map((i) => i.code),
        messageZh: `提交前须上传佐证材料：${missing.map((i) => i.name.zh).join('、')}`,
      },
    );
  }

  async currentValues(manager: EntityManager, ctx: AssessmentContext, codes: string[]) {
    if (!codes.length) return {};
    const rows: {
      indicator_code: string;
      self_value: unknown;
      reviewed_value: unknown;
      evidence: string | null;
    }[] = await manager.query(
      `SELECT indicator_code, self_value, reviewed_value, evidence FROM indicator_value
        WHERE assessment_id = $1 AND district_id = $3 AND indicator_code = ANY($2::text[])`,
      [ctx.id, codes, ctx.districtId],
    );
    return Object.fromEntries(
      rows.map((r) => [
        r.indicator_code,
        { self: r.self_value, reviewed: r.reviewed_value, evidence: r.evidence },
      ]),
    );
  }

  /**
   * Recomputes both scores from every stored value with libs/scoring and replaces the stored rows.
   * Takes several assessments so the spreadsheet import rescores a batch with one read and one write.
   */
  async rescore(manager: EntityManager, ...contexts: AssessmentContext[]): Promise<void> {
    if (contexts.length === 0) return;
    const rows: {
      assessment_id: string;
      indicator_code: string;
      self_value: IndicatorInput;
      reviewed_value: IndicatorInput;
    }[] = await manager.query(
      `SELECT assessment_id, indicator_code, self_value, reviewed_value FROM indicator_value
        WHERE district_id = ANY($2::uuid[]) AND assessment_id = ANY($1::uuid[])`,
      // The contexts' districts (one, for every caller today): no other district's rows are read.
      [contexts.map((ctx) => ctx.id), [...new Set(contexts.map((ctx) => ctx.districtId))]],
    );
    const pairsOf = new Map<string, Record<string, IndicatorValuePair>>(contexts.map((ctx) => [ctx.id, {}]));
    for (const r of rows)
      pairsOf.get(r.assessment_id)![r.indicator_code] = { self: r.self_value, reviewed: r.reviewed_value };
    const scored = [];
    for (const ctx of contexts) {
      const framework = await this.frameworks.definition(ctx.frameworkId, manager);
      const sector = (ctx.sector ?? undefined) as Sector | undefined;
      scored.push({
        assessment: ctx,
        dual: computeDual({ assessment: ctx, framework, sector, pairs: pairsOf.get(ctx.id)! }),
      });
    }
    await writeScores(manager, scored);
  }

  async history(
    manager: EntityManager,
    user: AuthUser,
    ctx: AssessmentContext,
    to: AssessmentStatus,
    comment: string | null,
    evidenceRequested: string[] = [],
  ) {
    await manager.query(
      `INSERT INTO assessment_status_change (assessment_id, district_id, from_status, to_status, actor_id, comment, evidence_requested, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::text[], clock_timestamp())`,
      [ctx.id, ctx.districtId, ctx.status, to, user.id, comment, evidenceRequested],
    );
  }

  async record(
    manager: EntityManager,
    user: AuthUser,
    ctx: AssessmentContext,
    action: string,
    before: unknown,
    after: unknown,
  ) {
    await this.audit.record(manager, {
      actorId: user.id,
      action,
      targetType: 'Assessment',
      targetId: ctx.id,
      districtId: ctx.districtId,
      before: { version: ctx.version, ...(before as object) },
      after: { version: ctx.version + 1, ...(after as object) },
    });
  }
}
