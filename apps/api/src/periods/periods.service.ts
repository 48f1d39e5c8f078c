import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { periodLabel } from '@pathboard/charts';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { AccessPolicy } from '../auth/access-policy.service';
import { Role, type AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { badUserInput, conflict, notFound } from '../common/errors';
import { assertTextFits } from '../common/text-limit';
import { FrameworksService } from '../frameworks/frameworks.service';
import { lockDistrictTree } from '../org-units/district-lock';
import { isAssessedLeaf } from '../org-units/sql/assessed-leaf';
import { SNAPSHOT_PERIOD_UNITS_SQL } from '../org-units/sql/unit-as-of';
import { PeriodEntity } from './entities/period.entity';
import { lockPeriodForClose, lockYearForClose } from './period-lock';
import type { PeriodModel, PeriodStatusEnum } from './models/period.model';
import { NotificationsService } from '../notifications/notifications.service';
import { refreshDistrictFigures } from '../analytics/figures/figures-refresh';
import { AnnualService } from '../annual/annual.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { OPEN_AFTER_END_LIMIT_DAYS, quarterTooOld } from './period-dates';
import {
  assertNewDeadline,
  closeNotConfirmed,
  type AssessmentCounts,
  type CloseProblem,
  type PeriodCloseCheck,
} from './period-rules';

export interface OpenPeriodInput {
  code: string;
  frameworkId: string;
  deadline: Date;
}

export function toPeriodModel(e: PeriodEntity): PeriodModel {
  return {
    id: e.id,
    code: e.code,
    year: e.year,
    quarter: e.quarter,
    frameworkId: e.frameworkId,
    districtId: e.districtId,
    deadline: e.deadline,
    status: e.status as PeriodStatusEnum,
    closedAt: e.closedAt,
  };
}

/** `2026Q3` → { year: 2026, quarter: 3 }. */
export function parsePeriodCode(code: string): { year: number; quarter: number } {
  const match = /^(\d{4})Q([1-4])$/.exec(code);
  if (!match)
    throw badUserInput(`period code ${JSON.stringify(code)} must look like 2026Q1`, { field: 'code' });
  return { year: Number(match[1]), quarter: Number(match[2]) };
}

/**
 * SQL creating a DRAFT assessment for every active assessed leaf (a BRANCH unit without children)
 * under a path prefix, plus their creation history rows; set-based so a 5,000-branch district opens
 * a quarter in two statements. Params: $1 district, $2 period, $3 framework, $4 path LIKE pattern.
 */
const CREATE_ASSESSMENTS = `
  WITH created AS (
    INSERT INTO assessment (district_id, branch_id, period_id, framework_id, status, version)
    SELECT $1, u.id, $2, $3, 'DRAFT', 1
      FROM org_unit u
     WHERE u.district_id = $1 AND u.path LIKE $4 AND u.active AND ${isAssessedLeaf('u')}
    RETURNING id, district_id)
  INSERT INTO assessment_status_change (assessment_id, district_id, from_status, to_status, actor_id, comment)
  SELECT id, district_id, NULL, 'DRAFT', $5, 'period opened' FROM created
  RETURNING assessment_id`;

@Injectable()
export class PeriodsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly frameworks: FrameworksService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly annual: AnnualService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The service's clock: a test moves it to check the date rules without waiting for a date. */
  now: () => Date = () => new Date();

  /** The caller's district's periods, newest first (every role needs them to pick a quarter). */
  async list(user: AuthUser): Promise<PeriodModel[]> {
    const rows = await this.dataSource.getRepository(PeriodEntity).find({
      where: { districtId: user.districtId },
      order: { year: 'DESC', quarter: 'DESC' },
    });
    return rows.map(toPeriodModel);
  }

  async open(user: AuthUser, input: OpenPeriodInput): Promise<PeriodModel> {
    this.access.assertRole(user, [Role.ADMIN], 'period.open');
    const { year, quarter } = parsePeriodCode(input.code);
    const now = this.now();
    // A mistyped year (2019Q1) would create drafts for every branch and send them all to it (the
    // screens open the quarter due first): refuse a quarter long over (period-dates.ts says why a year).
    if (quarterTooOld(year, quarter, now, this.config.timeZone)) {
      throw badUserInput(`period ${input.code} ended more than a year ago and can no longer be opened`, {
        field: 'code',
        reason: 'PERIOD_TOO_OLD',
        limitDays: OPEN_AFTER_END_LIMIT_DAYS,
        message: {
          zh: `${periodLabel(input.code, 'zh')}已结束一年以上，不能再开启考评，请检查年份。`,
          en: `${input.code} ended more than a year ago and can no longer be opened: check the year.`,
        },
      });
    }
    const deadline = new Date(input.deadline);
    assertNewDeadline(deadline, { code: input.code, year, quarter }, now, this.config.timeZone);
    return this.dataSource.transaction(async (manager) => {
      // No branch may be created, moved or reactivated beside the opening (it would get no assessment).
      await lockDistrictTree(manager, user.districtId);
      // Another district's framework answers exactly as a missing one.
      await this.frameworks.getVisible(manager, user, input.frameworkId);
      const repo = manager.getRepository(PeriodEntity);
      const existing = await repo.findOneBy({ districtId: user.districtId, code: input.code });
      if (existing) throw conflict(`period ${input.code} already exists`, null, { periodId: existing.id });
      const period = await repo.save(
        repo.create({
          districtId: user.districtId,
          code: input.code,
          year,
          quarter,
          frameworkId: input.frameworkId,
          deadline,
          status: 'OPEN',
        }),
      );
      // Scores of this quarter now depend on this framework version: it must never change again.
      await this.frameworks.lock(manager, input.frameworkId);
      const created: unknown[] = await manager.query(CREATE_ASSESSMENTS, [
        user.districtId,
        period.id,
        input.frameworkId,
        this.access.scopeFilter(user),
        user.id,
      ]);
      await refreshDistrictFigures(manager, user.districtId, [period.id]);
      await this.audit.record(manager, {
        districtId: user.districtId,
        actorId: user.id,
        action: 'PERIOD_OPENED',
        targetType: 'Period',
        targetId: period.id,
        after: {
          code: period.code,
          frameworkId: period.frameworkId,
          deadline: period.deadline,
          assessments: created.length,
        },
      });
      const branches: { branch_id: string }[] = await manager.query(
        `SELECT branch_id FROM assessment WHERE district_id = $2 AND period_id = $1`,
        [period.id, period.districtId],
      );
      await this.notifications.notifyUnitUsers(
        manager,
        period.districtId,
        branches.map((b) => b.branch_id),
        {
          kind: 'PERIOD_OPENED',
          targetType: 'Period',
          targetId: period.id,
          idempotencyKey: `PERIOD_OPENED:${period.id}`,
          payload: { periodCode: period.code, deadline: period.deadline },
        },
      );
      return toPeriodModel(period);
    });
  }

  /** ADMIN: what closing the quarter would do now (the close confirmation shows it). */
  async closeCheck(user: AuthUser, periodId: string): Promise<PeriodCloseCheck> {
    this.access.assertRole(user, [Role.ADMIN], 'period.close');
    return this.dataSource.transaction(async (manager) => {
      const period = await this.findInDistrict(manager, user, periodId);
      return this.readCloseCheck(manager, period);
    });
  }

  private async readCloseCheck(manager: EntityManager, period: PeriodEntity): Promise<PeriodCloseCheck> {
    const rows: { status: string; n: number }[] = await manager.query(
      `SELECT status, count(*)::int AS n FROM assessment WHERE district_id = $1 AND period_id = $2 GROUP BY status`,
      [period.districtId, period.id],
    );
    const counts: AssessmentCounts = { draft: 0, submitted: 0, returned: 0, approved: 0 };
    for (const r of rows) counts[r.status.toLowerCase() as keyof AssessmentCounts] = Number(r.n);
    const [{ closed }]: { closed: number }[] = await manager.query(
      `SELECT count(*)::int AS closed FROM period
        WHERE district_id = $1 AND year = $2 AND id <> $3 AND status = 'CLOSED'`,
      [period.districtId, period.year, period.id],
    );
    const deadlinePassed = new Date(period.deadline).getTime() <= this.now().getTime();
    const needsForce: CloseProblem[] = [];
    if (!deadlinePassed) needsForce.push('BEFORE_DEADLINE');
    if (counts.submitted > 0) needsForce.push('SUBMITTED_UNREVIEWED');
    return {
      periodId: period.id,
      code: period.code,
      deadline: period.deadline,
      deadlinePassed,
      counts,
      completesYear: Number(closed) === 3,
      needsForce,
    };
  }

  /**
   * ADMIN: closes a quarter: no more saves or reviews, and the year freezes if this was its last open
   * quarter. Before the deadline, or with submissions nobody reviewed, branches would lose work or a
   * result they are owed (an unapproved quarter does not count in the year): that close must be meant,
   * `force`, and the audit keeps what it left behind.
   */
  async close(user: AuthUser, periodId: string, force = false): Promise<PeriodModel> {
    this.access.assertRole(user, [Role.ADMIN], 'period.close');
    return this.dataSource.transaction(async (manager) => {
      const period = await this.findInDistrict(manager, user, periodId);
      // One close or reopen of the year at a time: the year freezes exactly once (period-lock.ts).
      await lockYearForClose(manager, period.districtId, period.year);
      // Waits for the writers that found the period OPEN (they hold it FOR SHARE), and makes the
      // next ones wait and then find it CLOSED: see period-lock.ts. The status is read under the lock.
      const locked = (await lockPeriodForClose(manager, period.districtId, period.id))!;
      if (locked.status === 'CLOSED')
        throw badUserInput(`period ${period.code} is already closed`, { reason: 'PERIOD_CLOSED' });
      // Read under the lock: no submission or review can change these counts before the commit.
      const check = await this.readCloseCheck(manager, period);
      if (check.needsForce.length && !force) throw closeNotConfirmed(check);
      await manager.query(
        `UPDATE period SET status = 'CLOSED', closed_at = now() WHERE id = $1 AND district_id = $2`,
        [period.id, period.districtId],
      );
      // From now on the quarter's figures use its units as they are at closing (unit-as-of.ts).
      await manager.query(SNAPSHOT_PERIOD_UNITS_SQL, [period.id, period.districtId]);
      await refreshDistrictFigures(manager, user.districtId, [period.id]);
      await this.audit.record(manager, {
        districtId: user.districtId,
        actorId: user.id,
        action: 'PERIOD_CLOSED',
        targetType: 'Period',
        targetId: period.id,
        before: { status: locked.status },
        after: {
          status: 'CLOSED',
          // What the close left unapproved, and whether it overrode a refusal (force).
          assessments: check.counts,
          ...(check.needsForce.length ? { forced: true, overrode: check.needsForce } : {}),
          completesYear: check.completesYear,
        },
      });
      // Each branch is told its assessment is now final, in this transaction: a close that fails
      // (refused above, or rolled back below) tells nobody.
      await this.notifications.notifyPeriodClosed(manager, period.districtId, period.id);
      // The year's last quarter closing freezes the year (or recomputes one a reopening changed).
      await this.annual.freezeIfComplete(manager, user, period.year);
      return toPeriodModel(await this.reread(manager, period));
    });
  }

  /**
   * ADMIN: reopens a closed quarter (a correction after closing), reason required and audited. A
   * frozen year it belongs to is marked CHANGED (and audited); closing the quarter again recomputes it.
   */
  async reopen(user: AuthUser, periodId: string, reasonInput: string): Promise<PeriodModel> {
    this.access.assertRole(user, [Role.ADMIN], 'period.reopen');
    const reason = (reasonInput ?? '').trim();
    if (!reason) throw badUserInput('a reason is required to reopen a quarter', { field: 'reason' });
    assertTextFits('reason', reason, TEXT_LIMITS.periodReopenReason);
    return this.dataSource.transaction(async (manager) => {
      const period = await this.findInDistrict(manager, user, periodId);
      await lockYearForClose(manager, period.districtId, period.year);
      const locked = (await lockPeriodForClose(manager, period.districtId, period.id))!;
      if (locked.status !== 'CLOSED')
        throw badUserInput(`period ${period.code} is not closed`, { reason: 'PERIOD_OPEN' });
      await manager.query(
        `UPDATE period SET status = 'OPEN', closed_at = NULL WHERE id = $1 AND district_id = $2`,
        [period.id, period.districtId],
      );
      // An open quarter's figures read the live tree again (unit-as-of.ts): recompute its rows.
      await refreshDistrictFigures(manager, user.districtId, [period.id]);
      await this.audit.record(manager, {
        districtId: user.districtId,
        actorId: user.id,
        action: 'PERIOD_REOPENED',
        targetType: 'Period',
        targetId: period.id,
        before: { status: 'CLOSED' },
        after: { status: 'OPEN', reason },
      });
      await this.annual.markChanged(manager, user, period.year, period.code);
      return toPeriodModel(await this.reread(manager, period));
    });
  }

  /**
   * ADMIN: moves an open quarter's deadline (e.g. extended after a holiday). Audited with the
   * reason; submissions already made keep the on-time flag they got when they were made.
   */
  async changeDeadline(
    user: AuthUser,
    periodId: string,
    deadlineInput: Date,
    reasonInput: string,
  ): Promise<PeriodModel> {
    this.access.assertRole(user, [Role.ADMIN], 'period.deadline');
    const deadline = new Date(deadlineInput);
    if (Number.isNaN(deadline.getTime()))
      throw badUserInput('deadline is not a valid date', { field: 'deadline' });
    const reason = (reasonInput ?? '').trim();
    if (!reason) throw badUserInput('a reason is required to change a deadline', { field: 'reason' });
    assertTextFits('reason', reason, TEXT_LIMITS.deadlineReason);
    return this.dataSource.transaction(async (manager) => {
      const period = await this.findInDistrict(manager, user, periodId);
      // Read under the lock closePeriod takes, so a deadline never moves on a quarter being closed.
      const locked = (await lockPeriodForClose(manager, period.districtId, period.id))!;
      if (locked.status === 'CLOSED')
        throw badUserInput(`period ${period.code} is closed: its deadline can no longer change`, {
          reason: 'PERIOD_CLOSED',
        });
      assertNewDeadline(deadline, period, this.now(), this.config.timeZone);
      await manager.query(`UPDATE period SET deadline = $2 WHERE id = $1 AND district_id = $3`, [
        period.id,
        deadline,
        period.districtId,
      ]);
      await this.audit.record(manager, {
        districtId: user.districtId,
        actorId: user.id,
        action: 'PERIOD_DEADLINE_CHANGED',
        targetType: 'Period',
        targetId: period.id,
        before: { deadline: period.deadline },
        after: { deadline, reason },
      });
      return toPeriodModel(await this.reread(manager, period));
    });
  }

  /**
   * The period `periodId` of the caller's district, by its whole key (one shard under Citus,
   * docs/scale-out.md). Another district's period is not found at all: it answers exactly as a
   * missing one (NOT_FOUND), and there is nothing to audit (an ADMIN's scope is the whole district).
   */
  private async findInDistrict(
    manager: EntityManager,
    user: AuthUser,
    periodId: string,
  ): Promise<PeriodEntity> {
    const period = await manager
      .getRepository(PeriodEntity)
      .findOneBy({ id: periodId, districtId: user.districtId });
    if (!period) throw notFound('Period', periodId);
    return period;
  }

  /** The period as the transaction left it, by its whole key. */
  private async reread(manager: EntityManager, period: PeriodEntity): Promise<PeriodEntity> {
    return manager
      .getRepository(PeriodEntity)
      .findOneByOrFail({ id: period.id, districtId: period.districtId });
  }
}
