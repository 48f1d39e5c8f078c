import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { formatLocalDateTime } from '@pathboard/reports';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessPolicy, missingUnit } from '../auth/access-policy.service';
import { Role, type AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { badUserInput, notFound } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { lockOpenPeriodForWrite } from '../periods/period-lock';
import type { ExtendDeadlineInput } from './dto/extend-deadline.input';
import { refreshBranchFigures } from '../analytics/figures/figures-refresh';
import type { DeadlineExtensionModel } from './models/deadline-extension.model';

const EXTENSION_SELECT = `
  SELECT p.code AS period_code, e.branch_id, u.name AS branch_name, p.deadline AS period_deadline,
         e.deadline, e.reason, e.created_by, e.created_at, u.code AS branch_code,
         CASE WHEN au.id IS NULL THEN NULL ELSE au.display_name || ' (' || au.username || ')' END AS created_by_name
    FROM deadline_extension e
    JOIN period p ON p.district_id = e.district_id AND p.id = e.period_id
    JOIN org_unit u ON u.district_id = e.district_id AND u.id = e.branch_id
    -- By id alone, as the audit log does: whoever granted it, a deleted account leaves the name NULL.
    LEFT JOIN app_user au ON au.id = e.created_by`;

/**
 * 延期: an ADMIN gives one branch a later deadline for an open period, with a reason (audited;
 * a second extension replaces the first, the audit keeps both). This only stores the extension:
 * the committee figures read `deadline_extension` when they decide what "on time" means.
 */
@Injectable()
export class DeadlineExtensionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async extend(user: AuthUser, input: ExtendDeadlineInput): Promise<DeadlineExtensionModel> {
    this.policy.assertRole(user, [Role.ADMIN], 'deadline.extend');
    return this.dataSource.transaction(async (m) => {
      // In the caller's district: another district's unit answers as a missing one.
      const [branch]: { id: string; path: string; kind: string }[] = await m.query(
        `SELECT id, path, kind FROM org_unit WHERE id = $1 AND district_id = $2`,
        [input.branchId, user.districtId],
      );
      if (!branch) throw missingUnit(input.branchId)();
      this.policy.assertUnitInScope(user, branch, 'deadline.extend');
      if (branch.kind !== 'BRANCH')
        throw badUserInput('branchId: only a party branch has a submission deadline', { field: 'branchId' });
      const [period]: { id: string; deadline: Date }[] = await m.query(
        `SELECT id, deadline FROM period WHERE district_id = $1 AND code = $2`,
        [user.districtId, input.period],
      );
      if (!period) throw notFound('Period', input.period);
      await lockOpenPeriodForWrite(m, user.districtId, period.id);
      if (input.deadline.getTime() <= new Date(period.deadline).getTime()) {
        throw badUserInput(
          // The period's deadline as the district reads it (its zone), not as stored.
          `deadline: must be later than the period deadline ${formatLocalDateTime(period.deadline, this.config.timeZone)} (${this.config.timeZone})`,
          { field: 'deadline' },
        );
      }
      const before = await this.find(m, user.districtId, period.id, branch.id);
      await m.query(
        `INSERT INTO deadline_extension (period_id, branch_id, district_id, deadline, reason, created_by)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (period_id, branch_id, district_id) DO UPDATE
           SET deadline = EXCLUDED.deadline, reason = EXCLUDED.reason, created_by = EXCLUDED.created_by, created_at = now()`,
        [period.id, branch.id, user.districtId, input.deadline, input.reason, user.id],
      );
      const after = (await this.find(m, user.districtId, period.id, branch.id))!;
      // A branch that submitted late may now be on time (branch-set.sql.ts onTimeOf): its stored figures follow.
      await refreshBranchFigures(m, [
        { districtId: user.districtId, periodId: period.id, branchId: branch.id, branchPath: branch.path },
      ]);
      await this.audit.record(m, {
        actorId: user.id,
        action: 'DEADLINE_EXTENDED',
        targetType: 'OrgUnit',
        targetId: branch.id,
        districtId: user.districtId,
        before: before ? { deadline: before.deadline, reason: before.reason } : null,
        after: { period: input.period, deadline: after.deadline, reason: after.reason },
      });
      return after;
    });
  }

  async list(user: AuthUser, periodCode: string): Promise<DeadlineExtensionModel[]> {
    this.policy.assertRole(user, [Role.ADMIN, Role.REVIEWER, Role.VIEWER], 'deadline.list');
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `${EXTENSION_SELECT} WHERE p.district_id = $1 AND p.code = $2 AND u.path LIKE $3 ORDER BY u.name`,
      [user.districtId, periodCode, this.policy.scopeFilter(user)],
    );
    return rows.map(toModel);
  }

  /** The extension by its key (`district_id` is part of it). */
  private async find(
    m: EntityManager,
    districtId: string,
    periodId: string,
    branchId: string,
  ): Promise<DeadlineExtensionModel | null> {
    const rows: Record<string, unknown>[] = await m.query(
      `${EXTENSION_SELECT} WHERE e.district_id = $3 AND e.period_id = $1 AND e.branch_id = $2`,
      [periodId, branchId, districtId],
    );
    return rows.length ? toModel(rows[0]) : null;
  }
}

function toModel(r: Record<string, unknown>): DeadlineExtensionModel {
  return {
    periodCode: r['period_code'] as string,
    branchId: r['branch_id'] as string,
    branchName: r['branch_name'] as string,
    branchCode: r['branch_code'] as string,
    periodDeadline: r['period_deadline'] as Date,
    deadline: r['deadline'] as Date,
    reason: r['reason'] as string,
    createdBy: (r['created_by'] as string | null) ?? null,
    createdByName: (r['created_by_name'] as string | null) ?? null,
    createdAt: r['created_at'] as Date,
  };
}
