import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
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
import { badUserInput, conflict, notFound } from '../common/errors';
import { FrameworksService } from '../frameworks/frameworks.service';
import { NotificationsService } from '../notifications/notifications.service';
import { RectificationCreatorService } from '../rectification/rectification-creator.service';
import { lockOpenPeriodForWrite } from '../periods/period-lock';
import { AssessmentAccess } from './assessment-access';
import { loadContext, toRow, type AssessmentContext, type AssessmentRow } from './assessment-rows';
import { computeDual, writeScores } from './assessment-scores.writer';
import { checkTransition, onTimeAfterSubmit, type WorkflowAction } from './assessment-workflow';
import type { IndicatorValueInput } from './dto/save-values.input';
import { ReviewDecision, type ReviewedValueInput } from './dto/review-assessment.input';
import { evidenceRequestOf } from './evidence-request';
import type { AssessmentStatus } from './entities/assessment.entity';
import { bulkInsert, jsonParam } from './sql/bulk-insert';
import { upsertSelfValues } from './sql/upsert-values';
import { refreshAfterCommit } from '../analytics/figures/figures-refresh-queue';

interface Step {
  manager: EntityManager;
  ctx: AssessmentContext;
  next: AssessmentStatus;
}

/**
 * The write side of assessments. Every mutation runs in ONE transaction: optimistic version bump
 * first (so a concurrent writer blocks on the row and then finds the version moved), then the value
 * writes, the recomputed SELF/OFFICIAL scores, the status history row and the audit event.
 */
@Injectable()
export class AssessmentMutationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AssessmentAccess,
    private readonly frameworks: FrameworksService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly rectifications: RectificationCreatorService,
  ) {}

  async saveValues(
    user: AuthUser,
    id: string,
    expectedVersion: number,
    values: IndicatorValueInput[],
  ): Promise<AssessmentRow> {
    assertWritable(values);
    return this.run(user, id, expectedVersion, 'SAVE', async ({ manager, ctx }) => {
      const inputs = uniqueByCode(values);
      await this.assertValid(
        manager,
        ctx,
        Object.fromEntries(inputs.map((v) => [v.indicatorCode, (v.value ?? null) as IndicatorInput])),
      );
      const before = await this.currentValues(
        manager,
        ctx.id,
        inputs.map((v) => v.indicatorCode),
      );
      await this.bump(manager, ctx, {});
      await upsertSelfValues(manager, ctx.id, ctx.districtId, inputs);
      // The first values entered make the framework version part of history: freeze it.
      await this.frameworks.lock(manager, ctx.frameworkId);
      await this.rescore(manager, ctx);
      // Only what this save set (an omitted field was kept, see upsertSelfValues).
      const after = Object.fromEntries(
        inputs.map((v) => [v.indicatorCode, { self: v.value, evidence: v.evidence }]),
      );
      await this.record(manager, user, ctx, 'ASSESSMENT_VALUES_SAVED', { values: before }, { values: after });
    });
  }

  async submit(user: AuthUser, id: string, expectedVersion: number): Promise<AssessmentRow> {
    return this.run(user, id, expectedVersion, 'SUBMIT', async ({ manager, ctx, next }) => {
      const now = new Date();
      const onTime = onTimeAfterSubmit(ctx.onTime, now, ctx.deadline);
      // Stored once, at the first submission, against the period deadline (the figure adds the
      // branch's extension: analytics/sql/branch-set.sql.ts onTimeOf).
      await this.bump(manager, ctx, {
        status: next,
        submittedAt: now,
        onTime: ctx.onTime === null ? onTime : undefined,
      });
      // After the bump: the row lock orders this after any evidence change still in flight.
      await this.assertRequiredEvidence(manager, ctx);
      // Scores exist even for a branch that submits without ever saving (every value then missing).
      await this.rescore(manager, ctx);
      await this.history(manager, user, ctx, next, null);
      await this.record(
        manager,
        user,
        ctx,
        'ASSESSMENT_SUBMITTED',
        { status: ctx.status },
        { status: next, submittedAt: now, onTime },
      );
    });
  }

  async review(
    user: AuthUser,
    id: string,
    expectedVersion: number,
    decision: ReviewDecision,
    reviewedValues: ReviewedValueInput[],
    comment: string | null | undefined,
    rectifications: readonly object[] = [],
    evidenceRequested: string[] = [],
  ): Promise<AssessmentRow> {
    const action: WorkflowAction = decision === ReviewDecision.APPROVE ? 'APPROVE' : 'RETURN';
    assertWritable(reviewedValues);
    const text = comment?.trim() || null;
    if (action === 'RETURN' && !text)
      throw badUserInput('returning an assessment requires a comment saying what to fix');
    if (action === 'APPROVE' && evidenceRequested.length)
      throw badUserInput('evidenceRequested is for a return only', { field: 'evidenceRequested' });
    return this.run(user, id, expectedVersion, action, async ({ manager, ctx, next }) => {
      const asked = evidenceRequestOf(
        await this.frameworks.definition(ctx.frameworkId, manager),
        (ctx.sector ?? undefined) as Sector | undefined,
        evidenceRequested,
      );
      const inputs = uniqueByCode(reviewedValues);
      await this.assertValid(
        manager,
        ctx,
        Object.fromEntries(inputs.map((v) => [v.indicatorCode, (v.value ?? null) as IndicatorInput])),
      );
      const before = await this.currentValues(
        manager,
        ctx.id,
        inputs.map((v) => v.indicatorCode),
      );
      await this.bump(manager, ctx, { status: next });
      await bulkInsert(
        manager,
        'indicator_value',
        [
          { name: 'assessment_id' },
          { name: 'indicator_code' },
          { name: 'district_id' },
          { name: 'reviewed_value', cast: 'jsonb' },
        ],
        inputs.map((v) => [ctx.id, v.indicatorCode, ctx.districtId, jsonParam(v.value)]),
        `ON CONFLICT (assessment_id, indicator_code, district_id) DO UPDATE SET reviewed_value = EXCLUDED.reviewed_value, updated_at = now()`,
      );
      await this.rescore(manager, ctx);
      await this.history(manager, user, ctx, next, text, asked);
      const after = Object.fromEntries(inputs.map((v) => [v.indicatorCode, { reviewed: v.value ?? null }]));
      await this.record(
        manager,
        user,
        ctx,
        action === 'APPROVE' ? 'ASSESSMENT_APPROVED' : 'ASSESSMENT_RETURNED',
        { status: ctx.status, values: before },
        { status: next, values: after, comment: text, ...(asked.length ? { evidenceRequested: asked } : {}) },
      );
      const kind = action === 'APPROVE' ? 'ASSESSMENT_APPROVED' : 'ASSESSMENT_RETURNED';
      // Keyed by the new version: each review notifies once, a later return again.
      await this.notifications.notifyUnitUsers(manager, [ctx.branchId], {
        kind,
        targetType: 'Assessment',
        targetId: ctx.id,
        idempotencyKey: `${kind}:${ctx.id}:${ctx.version + 1}`,
        payload: { periodCode: ctx.periodCode, comment: text, evidenceRequested: asked },
      });
      await this.rectifications.createMany(manager, user, ctx, rectifications);
    });
  }

  async reopen(user: AuthUser, id: string, expectedVersion: number, reason: string): Promise<AssessmentRow> {
    const text = reason?.trim();
    if (!text) throw badUserInput('reopening an approved assessment requires a reason');
    return this.run(user, id, expectedVersion, 'REOPEN', async ({ manager, ctx, next }) => {
      await this.bump(manager, ctx, { status: next });
      await this.history(manager, user, ctx, next, text);
      await this.record(
        manager,
        user,
        ctx,
        'ASSESSMENT_REOPENED',
        { status: ctx.status },
        { status: next, reason: text },
      );
    });
  }

  /** Access, period, version and transition checks, then the mutation body, all in one transaction. */
  private async run(
    user: AuthUser,
    id: string,
    expectedVersion: number,
    action: WorkflowAction,
    body: (step: Step) => Promise<void>,
  ): Promise<AssessmentRow> {
    this.access.assertRoleFor(user, action);
    const updated = await this.dataSource.transaction(async (manager) => {
      const missing = () => notFound('Assessment', id);
      const ctx = await loadContext(manager, id);
      if (!ctx) throw missing();
      this.access.assertBranchFor(user, action, { id: ctx.branchId, path: ctx.branchPath }, missing);
      // Checked under the period lock closePeriod also takes, so no write lands after a close (period-lock.ts).
      await lockOpenPeriodForWrite(manager, ctx.periodId);
      if (ctx.version !== expectedVersion) throw this.conflict(ctx.version);
      const transition = checkTransition(action, ctx.status);
      if (!transition.ok)
        throw badUserInput(transition.message!.en, {
          reason: 'INVALID_TRANSITION',
          message: transition.message,
        });
      await body({ manager, ctx, next: transition.next });
      return (await loadContext(manager, id))!;
    });
    // The committee's precomputed figures, refreshed before the write answers (analytics/figures).
    await refreshAfterCommit(this.dataSource, updated);
    return toRow(updated);
  }

  /**
   * The optimistic lock: bumps the version only if nobody else did. The UPDATE is wrapped in a CTE
   * so pg and PGlite both return the affected rows the same way; no row means a concurrent change.
   * Public for the spreadsheet import (reports/values-import.service.ts), which runs it in its own transaction.
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
          WHERE id = $1 AND version = $2
         RETURNING version)
       SELECT version FROM changed`,
      [ctx.id, ctx.version, change.status ?? null, change.submittedAt ?? null, change.onTime ?? null],
    );
    if (rows.length === 0) {
      const [current] = await manager.query(`SELECT version FROM assessment WHERE id = $1`, [ctx.id]);
      throw this.conflict(Number(current?.version ?? ctx.version));
    }
  }

  private conflict(currentVersion: number) {
    return conflict(
      `the assessment was changed by someone else (current version ${currentVersion}); reload and retry`,
      currentVersion,
    );
  }

  /** Refuses the whole save when any value is invalid for the branch's sector; nothing is written. */
  private async assertValid(
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
  private async assertRequiredEvidence(manager: EntityManager, ctx: AssessmentContext): Promise<void> {
    const framework = await this.frameworks.definition(ctx.frameworkId, manager);
    const sector = (ctx.sector ?? undefined) as Sector | undefined;
    if (!indicatorsRequiringEvidence(framework, sector).length) return;
    const rows: { indicator_code: string }[] = await manager.query(
      `SELECT DISTINCT indicator_code FROM evidence_file WHERE assessment_id = $1 AND rectification_item_id IS NULL`,
      [ctx.id],
    );
    const missing = missingEvidence(framework, sector, new Set(rows.map((r) => r.indicator_code)));
    if (!missing.length) return;
    throw badUserInput(
      `evidence is required before submitting: attach at least one file to ${missing.map((i) => `${i.code} (${i.name.en})`).join(', ')}`,
      {
        reason: 'EVIDENCE_REQUIRED',
        field: 'evidence',
        indicators: missing.map((i) => i.code),
        messageZh: `提交前须上传佐证材料：${missing.map((i) => i.name.zh).join('、')}`,
      },
    );
  }

  private async currentValues(manager: EntityManager, id: string, codes: string[]) {
    if (!codes.length) return {};
    const rows: {
      indicator_code: string;
      self_value: unknown;
      reviewed_value: unknown;
      evidence: string | null;
    }[] = await manager.query(
      `SELECT indicator_code, self_value, reviewed_value, evidence FROM indicator_value
        WHERE assessment_id = $1 AND indicator_code = ANY($2::text[])`,
      [id, codes],
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
      `SELECT assessment_id, indicator_code, self_value, reviewed_value FROM indicator_value WHERE assessment_id = ANY($1::uuid[])`,
      [contexts.map((ctx) => ctx.id)],
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

  private async history(
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

  private async record(
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

const MAX_VALUES_PER_SAVE = 500;
const MAX_EVIDENCE_LENGTH = 4000;

/**
 * List arguments bypass the global ValidationPipe (it skips arrays), so their size and the
 * evidence length are checked here.
 */
function assertWritable(values: { indicatorCode: string; evidence?: string | null }[]): void {
  if (values.length > MAX_VALUES_PER_SAVE)
    throw badUserInput(`at most ${MAX_VALUES_PER_SAVE} values per save`, { field: 'values' });
  const long = values.find((v) => typeof v.evidence === 'string' && v.evidence.length > MAX_EVIDENCE_LENGTH);
  if (long) {
    throw badUserInput(
      `Indicator ${long.indicatorCode}: evidence is longer than ${MAX_EVIDENCE_LENGTH} characters`,
      {
        indicator: long.indicatorCode,
        field: 'evidence',
      },
    );
  }
}

/** The last entry wins when an indicator is listed twice in one save. */
function uniqueByCode<T extends { indicatorCode: string }>(values: T[]): T[] {
  return [...new Map(values.map((v) => [v.indicatorCode, v])).values()];
}
