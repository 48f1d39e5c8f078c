import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessPolicy, missingUnit } from '../auth/access-policy.service';
import { Role, type AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { notFound } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { districtDay } from './notification-kinds';
import { NotificationsService } from './notifications.service';

/** Not yet submitted: still a draft, or returned and not resubmitted. */
const UNSUBMITTED = ['DRAFT', 'RETURNED'];

export interface ReminderResult {
  day: string;
  /** Branches reminded by this call. */
  remindedBranchIds: string[];
  /** Unsubmitted branches already reminded today (not reminded again). */
  alreadyRemindedBranchIds: string[];
}

export interface ReminderLogRow {
  branchId: string;
  branchName: string;
  day: string;
  at: Date;
  remindedBy: string | null;
}

/**
 * 催报: a committee reminds every branch of its scope that has not submitted the period, at most
 * once per branch per district day. The `branch_reminder` primary key is the guard, so two clicks
 * (or two committees above the same branch) on the same day remind once.
 */
@Injectable()
export class RemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async remindUnsubmitted(
    user: AuthUser,
    periodCode: string,
    scopeUnitId: string | null,
    now = new Date(),
  ): Promise<ReminderResult> {
    this.policy.assertRole(user, [Role.REVIEWER, Role.ADMIN], 'notification.remind');
    // "Once per day" is once per the district's calendar day (DISTRICT_TIME_ZONE).
    const day = districtDay(now, this.config.timeZone);
    return this.dataSource.transaction(async (m) => {
      const unitId = scopeUnitId ?? user.scopeUnitId;
      // In the caller's district: another district's unit answers as a missing one.
      const [unit]: { id: string; path: string }[] = await m.query(
        `SELECT id, path FROM org_unit WHERE id = $1 AND district_id = $2`,
        [unitId, user.districtId],
      );
      if (!unit) throw missingUnit(unitId)();
      this.policy.assertUnitInScope(user, unit, 'notification.remind');
      const [period]: { id: string }[] = await m.query(
        `SELECT id FROM period WHERE district_id = $1 AND code = $2`,
        [user.districtId, periodCode],
      );
      if (!period) throw notFound('Period', periodCode);
      const due: { branch_id: string; reminded: boolean }[] = await m.query(
        `WITH due AS (
           SELECT a.branch_id FROM assessment a JOIN org_unit u ON u.district_id = a.district_id AND u.id = a.branch_id
            WHERE a.district_id = $5 AND a.period_id = $1 AND a.status = ANY($2::text[]) AND u.path LIKE $3),
         inserted AS (
           INSERT INTO branch_reminder (period_id, branch_id, day, district_id, reminded_by)
           SELECT $1, branch_id, $4::date, $5, $6 FROM due
           ON CONFLICT DO NOTHING
           RETURNING branch_id)
         SELECT d.branch_id, (i.branch_id IS NOT NULL) AS reminded
           FROM due d LEFT JOIN inserted i ON i.branch_id = d.branch_id`,
        [period.id, UNSUBMITTED, `${unit.path}%`, day, user.districtId, user.id],
      );
      const reminded = due.filter((d) => d.reminded).map((d) => d.branch_id);
      await this.notifications.notifyUnitUsers(m, user.districtId, reminded, {
        kind: 'SUBMISSION_REMINDER',
        targetType: 'Period',
        targetId: period.id,
        idempotencyKey: `SUBMISSION_REMINDER:${period.id}:${day}`,
        payload: { periodCode },
      });
      await this.audit.record(m, {
        actorId: user.id,
        action: 'SUBMISSION_REMINDED',
        targetType: 'Period',
        targetId: period.id,
        districtId: user.districtId,
        after: { scopeUnitId: unit.id, day, branchIds: reminded },
      });
      return {
        day,
        remindedBranchIds: reminded,
        alreadyRemindedBranchIds: due.filter((d) => !d.reminded).map((d) => d.branch_id),
      };
    });
  }

  /** Who was reminded when, within the caller's scope. */
  async log(user: AuthUser, periodCode: string): Promise<ReminderLogRow[]> {
    this.policy.assertRole(user, [Role.REVIEWER, Role.ADMIN, Role.VIEWER], 'notification.reminders');
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT r.branch_id, u.name, to_char(r.day, 'YYYY-MM-DD') AS day, r.at, r.reminded_by
         FROM branch_reminder r
         JOIN period p ON p.district_id = r.district_id AND p.id = r.period_id
         JOIN org_unit u ON u.district_id = r.district_id AND u.id = r.branch_id
        WHERE p.district_id = $1 AND p.code = $2 AND u.path LIKE $3
        ORDER BY r.at DESC, u.name`,
      [user.districtId, periodCode, this.policy.scopeFilter(user)],
    );
    return rows.map((r) => ({
      branchId: r['branch_id'] as string,
      branchName: r['name'] as string,
      day: r['day'] as string,
      at: r['at'] as Date,
      remindedBy: (r['reminded_by'] as string | null) ?? null,
    }));
  }
}
