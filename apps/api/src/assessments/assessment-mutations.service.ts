import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Framework, IndicatorInput, Sector } from '@pathboard/scoring';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import type { AuthUser } from '../auth/auth-user';
import { badUserInput, notFound } from '../common/errors';
import { assertTextFits } from '../common/text-limit';
import { frameworkNames } from '../frameworks/framework-names';
import { FrameworksService } from '../frameworks/frameworks.service';
import { NotificationsService } from '../notifications/notifications.service';
import { RectificationCreatorService } from '../rectification/rectification-creator.service';
import { lockOpenPeriodForWrite } from '../periods/period-lock';
import { AssessmentAccess } from './assessment-access';
import { loadContext, toRow, type AssessmentContext, type AssessmentRow } from './assessment-rows';
import { AssessmentWriteSteps, versionConflict } from './assessment-write-steps.service';
import { checkTransition, onTimeAfterSubmit, type WorkflowAction } from './assessment-workflow';
import { INDICATOR_CODE_MAX_LENGTH, type IndicatorValueInput } from './dto/save-values.input';
import { ReviewDecision, type ReviewedValueInput } from './dto/review-assessment.input';
import { evidenceRequestOf } from './evidence-request';
import type { AssessmentStatus } from './entities/assessment.entity';
import { bulkInsert, jsonParam } from './sql/bulk-insert';
import { REPORTED_STATUSES } from './sql/reported';
import { upsertSelfValues } from './sql/upsert-values';
import { markFiguresPending } from '../analytics/figures/figures-pending';
import { refreshAfterCommit } from '../analytics/figures/figures-refresh-queue';
import { writeOwnOpenFlags } from '../analytics/figures/open-flags';

interface Step {
  manager: EntityManager;
  ctx: AssessmentContext;
  next: AssessmentStatus;
}

/**
 * The write side of assessments. Every mutation runs in ONE transaction: optimistic version bump
 * first (so a concurrent writer blocks on the row and then finds the version moved), then the value
 * writes, the recomputed SELF/OFFICIAL scores, the status history row and the audit event (the steps
 * live in assessment-write-steps.service.ts, shared with the import and the sector change).
 */
@Injectable()
export class AssessmentMutationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AssessmentAccess,
    private readonly frameworks: FrameworksService,
    private readonly steps: AssessmentWriteSteps,
    private readonly notifications: NotificationsService,
    private readonly rectifications: RectificationCreatorService,
  ) {}

  async saveValues(
    user: AuthUser,
    id: string,
    expectedVersion: number,
    values: IndicatorValueInput[],
  ): Promise<AssessmentRow> {
    assertWritable('values', values, { evidence: TEXT_LIMITS.indicatorEvidence });
    assertNoDuplicateCodes('values', values);
    return this.run(user, id, expectedVersion, 'SAVE', async ({ manager, ctx }) => {
      const inputs = values; // one per indicator: assertNoDuplicateCodes
      await this.steps.assertValid(
        manager,
        ctx,
        Object.fromEntries(inputs.map((v) => [v.indicatorCode, (v.value ?? null) as IndicatorInput])),
      );
      const before = await this.steps.currentValues(
        manager,
        ctx,
        inputs.map((v) => v.indicatorCode),
      );
      await this.steps.bump(manager, ctx, {});
      await upsertSelfValues(manager, ctx.id, ctx.districtId, inputs);
      // The first values entered make the framework version part of history: freeze it.
      await this.frameworks.lock(manager, ctx.frameworkId);
      await this.steps.rescore(manager, ctx);
      // Only what this save set (an omitted field was kept, see upsertSelfValues).
      const after = Object.fromEntries(
        inputs.map((v) => [v.indicatorCode, { self: v.value, evidence: v.evidence }]),
      );
      await this.steps.record(
        manager,
        user,
        ctx,
        'ASSESSMENT_VALUES_SAVED',
        { values: before },
        { values: after },
      );
    });
  }

  async submit(user: AuthUser, id: string, expectedVersion: number): Promise<AssessmentRow> {
    return this.run(user, id, expectedVersion, 'SUBMIT', async ({ manager, ctx, next }) => {
      const now = new Date();
      const onTime = onTimeAfterSubmit(ctx.onTime, now, ctx.periodDeadline);
      // Stored once, at the first submission, against the period deadline (the figure adds the
      // branch's extension: analytics/sql/branch-set.sql.ts onTimeOf).
      await this.steps.bump(manager, ctx, {
        status: next,
        submittedAt: now,
        onTime: ctx.onTime === null ? onTime : undefined,
      });
      // After the bump: the row lock orders this after any evidence change still in flight.
      await this.steps.assertRequiredEvidence(manager, ctx);
      // Scores exist even for a branch that submits without ever saving (every value then missing).
      await this.steps.rescore(manager, ctx);
      await this.steps.history(manager, user, ctx, next, null);
      await this.steps.record(
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
    assertWritable('reviewedValues', reviewedValues, { reason: TEXT_LIMITS.reviewReason });
    assertNoDuplicateCodes('reviewedValues', reviewedValues);
    const text = comment?.trim() || null;
    if (action === 'RETURN' && !text)
      throw badUserInput('returning an assessment requires a comment saying what to fix');
    assertTextFits('comment', text, TEXT_LIMITS.reviewComment);
    if (action === 'APPROVE' && evidenceRequested.length)
      throw badUserInput('evidenceRequested is for a return only', { field: 'evidenceRequested' });
    return this.run(user, id, expectedVersion, action, async ({ manager, ctx, next }) => {
      const framework = await this.frameworks.definition(ctx.frameworkId, manager);
      const asked = evidenceRequestOf(
        framework,
        (ctx.sector ?? undefined) as Sector | undefined,
        evidenceRequested,
      );
      // One per indicator: assertNoDuplicateCodes.
      const inputs = reviewedValues.map((v) => ({
        ...v,
        value: v.value ?? null,
        // An adjustment removed takes its reason with it.
        reason: v.value === null || v.value === undefined ? null : v.reason?.trim() || null,
      }));
      await this.steps.assertValid(
        manager,
        ctx,
        Object.fromEntries(inputs.map((v) => [v.indicatorCode, v.value as IndicatorInput])),
      );
      assertAdjustmentsExplained(framework, inputs);
      const before = await this.steps.currentValues(
        manager,
        ctx,
        inputs.map((v) => v.indicatorCode),
      );
      await this.steps.bump(manager, ctx, { status: next });
      await bulkInsert(
        manager,
        'indicator_value',
        [
          { name: 'assessment_id' },
          { name: 'indicator_code' },
          { name: 'district_id' },
          { name: 'reviewed_value', cast: 'jsonb' },
          { name: 'review_reason' },
        ],
        inputs.map((v) => [ctx.id, v.indicatorCode, ctx.districtId, jsonParam(v.value), v.reason]),
        `ON CONFLICT (assessment_id, indicator_code, district_id) DO UPDATE
           SET reviewed_value = EXCLUDED.reviewed_value, review_reason = EXCLUDED.review_reason, updated_at = now()`,
      );
      await this.steps.rescore(manager, ctx);
      await this.steps.history(manager, user, ctx, next, text, asked);
      const after = Object.fromEntries(
        inputs.map((v) => [
          v.indicatorCode,
          v.reason ? { reviewed: v.value, reason: v.reason } : { reviewed: v.value },
        ]),
      );
      await this.steps.record(
        manager,
        user,
        ctx,
        action === 'APPROVE' ? 'ASSESSMENT_APPROVED' : 'ASSESSMENT_RETURNED',
        { status: ctx.status, values: before },
        { status: next, values: after, comment: text, ...(asked.length ? { evidenceRequested: asked } : {}) },
      );
      const kind = action === 'APPROVE' ? 'ASSESSMENT_APPROVED' : 'ASSESSMENT_RETURNED';
      // Keyed by the new version: each review notifies once, a later return again.
      await this.notifications.notifyUnitUsers(manager, ctx.districtId, [ctx.branchId], {
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
    // field: the form puts the refusal under the reason box, as with the other reasons (periods, deadlines).
    if (!text)
      throw badUserInput('reopening an approved assessment requires a reason', {
        field: 'reason',
        messageZh: '重新打开已通过的考评须填写原因',
      });
    assertTextFits('reason', text, TEXT_LIMITS.assessmentReopenReason);
    return this.run(user, id, expectedVersion, 'REOPEN', async ({ manager, ctx, next }) => {
      await this.steps.bump(manager, ctx, { status: next });
      await this.steps.history(manager, user, ctx, next, text);
      await this.steps.record(
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
    let statusBefore: AssessmentStatus | undefined;
    const updated = await this.dataSource.transaction(async (manager) => {
      const missing = () => notFound('Assessment', id);
      // In the caller's district only: another district's id answers as a missing one.
      const ctx = await loadContext(manager, id, user.districtId);
      if (!ctx) throw missing();
      this.access.assertBranchFor(user, action, { id: ctx.branchId, path: ctx.branchPath }, missing);
      // Checked under the period lock closePeriod also takes, so no write lands after a close (period-lock.ts).
      await lockOpenPeriodForWrite(manager, ctx.districtId, ctx.periodId);
      if (ctx.version !== expectedVersion) throw versionConflict(ctx.version);
      // A deactivated branch no longer changes its assessment, nor is it handed back to it.
      await this.steps.assertBranchActive(manager, ctx, action);
      statusBefore = ctx.status;
      const transition = checkTransition(action, ctx.status);
      if (!transition.ok)
        throw badUserInput(transition.message!.en, {
          reason: 'INVALID_TRANSITION',
          message: transition.message,
        });
      await body({ manager, ctx, next: transition.next });
      const after = (await loadContext(manager, id, ctx.districtId))!;
      // Owed until the refresh below has run, even if this process stops first (figures-pending.ts).
      if (changesCommitteeFigures(ctx.status, after.status)) await markFiguresPending(manager, after);
      // A draft or a returned assessment saved: no refresh, but its own open flags are stored anew.
      else await writeOwnOpenFlags(manager, after);
      return after;
    });
    // The committee's precomputed figures, refreshed before the write answers (analytics/figures).
    if (changesCommitteeFigures(statusBefore!, updated.status))
      await refreshAfterCommit(this.dataSource, updated);
    return toRow(updated);
  }
}

/**
 * Committee figures read an assessment's values only once it is reported (sql/reported.ts), and its
 * status always: a write that leaves an unreported assessment in the same status (a branch saving
 * its draft, or correcting a returned one) changes nothing they read, so it skips the refresh, the
 * most frequent write's largest cost (its own open flags are re-checked alone: open-flags.ts).
 */
export function changesCommitteeFigures(before: AssessmentStatus, after: AssessmentStatus): boolean {
  return before !== after || (REPORTED_STATUSES as readonly string[]).includes(after);
}

const MAX_VALUES_PER_SAVE = 500;

/**
 * List arguments bypass the global ValidationPipe (it skips arrays), so their size and the lengths
 * of their texts (`texts`: field name → TEXT_LIMITS entry) are checked here, refused as the pipe
 * refuses a DTO's field (`values.3.evidence: …`), with the indicator named.
 */
function assertWritable<T extends { indicatorCode: string }>(
  field: string,
  values: readonly T[],
  texts: Partial<Record<keyof T & string, number>>,
): void {
  if (values.length > MAX_VALUES_PER_SAVE)
    throw badUserInput(`at most ${MAX_VALUES_PER_SAVE} values per save`, { field });
  // Codes first, all of them: the text checks below quote the code (extensions.indicator), and no
  // error may echo a 100 KB code; this one quotes a short prefix only.
  values.forEach((value, i) =>
    assertTextFits(`${field}.${i}.indicatorCode`, value.indicatorCode, INDICATOR_CODE_MAX_LENGTH, {
      indicator: codePrefix(value.indicatorCode),
    }),
  );
  values.forEach((value, i) => {
    for (const [name, limit] of Object.entries(texts) as [keyof T & string, number][])
      assertTextFits(`${field}.${i}.${name}`, value[name], limit, { indicator: value.indicatorCode });
  });
}

/** An over-long code as an error may quote it: its start, marked as cut. */
function codePrefix(code: unknown): unknown {
  return typeof code === 'string' && code.length > INDICATOR_CODE_MAX_LENGTH ? `${code.slice(0, 32)}…` : code;
}

/**
 * One value per indicator in a save or a review: two would leave which one is kept to the order of the list (the
 * last used to win, silently), so the save is refused, naming the indicator listed twice.
 */
function assertNoDuplicateCodes(field: string, values: readonly { indicatorCode: string }[]): void {
  const seen = new Set<string>();
  values.forEach(({ indicatorCode: code }, i) => {
    if (seen.has(code))
      throw badUserInput(`indicator ${code} is listed twice in one save: give it one value`, {
        reason: 'DUPLICATE_INDICATOR',
        field: `${field}.${i}.indicatorCode`,
        indicator: code,
        messageZh: `同一次保存中指标 ${code} 出现了两次，请只填写一个值`,
      });
    seen.add(code);
  });
}

/**
 * Every reviewed value needs its reason (调整理由): the branch sees it beside the score it did not
 * claim. Refused before anything is written, naming each indicator without one.
 */
function assertAdjustmentsExplained(
  framework: Framework,
  inputs: readonly { indicatorCode: string; value: unknown; reason: string | null }[],
): void {
  const unexplained = inputs.filter((v) => v.value !== null && !v.reason).map((v) => v.indicatorCode);
  if (!unexplained.length) return;
  const names = unexplained.map((code) => frameworkNames(framework)('', code).indicatorName);
  throw badUserInput(`an adjusted value needs a reason: ${names.map((n) => n.en).join(', ')}`, {
    reason: 'REVIEW_REASON_REQUIRED',
    field: 'reviewedValues.reason',
    indicator: unexplained[0],
    indicators: unexplained,
    messageZh: `调整审核值须填写调整理由：${names.map((n) => n.zh).join('、')}`,
  });
}
