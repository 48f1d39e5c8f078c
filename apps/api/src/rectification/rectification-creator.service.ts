import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { AssessmentContext } from '../assessments/assessment-rows';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { badUserInput } from '../common/errors';
import { validationErrorsToGraphQLError } from '../common/validation';
import { FrameworksService } from '../frameworks/frameworks.service';
import { NotificationsService } from '../notifications/notifications.service';
import { RectificationDraftInput } from './dto/rectification.input';

/** Items one review may open (a framework has fewer indicators than this). */
const MAX_DRAFTS = 200;

/**
 * Opens rectification items inside a caller's transaction: the stand-alone createRectification and
 * a reviewer's approve/return (reviewAssessment with `rectifications`), so the items commit or roll
 * back with the decision. The caller has already checked the role and the assessment's scope.
 */
@Injectable()
export class RectificationCreatorService {
  constructor(
    private readonly frameworks: FrameworksService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * List arguments bypass the global ValidationPipe, so drafts are validated here; errors name the
   * field as `rectifications.<i>.<field>` (plain `<field>` when `field` is empty). Returns the new items' ids, in the drafts' order.
   */
  async createMany(
    m: EntityManager,
    user: AuthUser,
    ctx: AssessmentContext,
    drafts: readonly object[],
    field = 'rectifications',
  ): Promise<string[]> {
    if (!drafts.length) return [];
    if (drafts.length > MAX_DRAFTS)
      throw badUserInput(`${field || 'input'}: at most ${MAX_DRAFTS} items at once`, { field });
    const inputs = plainToInstance(RectificationDraftInput, drafts as object[]);
    for (const [i, input] of inputs.entries()) {
      const errors = await validate(input, { validationError: { target: false, value: false } });
      if (errors.length) {
        if (field) errors.forEach((e) => (e.property = `${field}.${i}.${e.property}`));
        throw validationErrorsToGraphQLError(errors);
      }
    }
    const framework = await this.frameworks.definition(ctx.frameworkId, m);
    const ids: string[] = [];
    for (const [i, input] of inputs.entries()) {
      const path = framework.paths.find((p) => p.indicators.some((x) => x.code === input.indicatorCode));
      if (!path) {
        const name = field ? `${field}.${i}.indicatorCode` : 'indicatorCode';
        throw badUserInput(
          `${name}: ${input.indicatorCode} is not an indicator of the assessment's framework`,
          { field: name, indicator: input.indicatorCode },
        );
      }
      const [row]: { id: string }[] = await m.query(
        `INSERT INTO rectification_item (district_id, assessment_id, branch_id, period_id, indicator_code, path_code, problem, required_action, deadline, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          ctx.districtId,
          ctx.id,
          ctx.branchId,
          ctx.periodId,
          input.indicatorCode,
          path.code,
          input.problem,
          input.requiredAction,
          input.deadline,
          user.id,
        ],
      );
      await m.query(
        `INSERT INTO rectification_event (item_id, district_id, action, from_status, to_status, actor_id, comment, at)
         VALUES ($1, $2, 'CREATE', NULL, 'OPEN', $3, $4, clock_timestamp())`,
        [row.id, ctx.districtId, user.id, input.problem],
      );
      await this.audit.record(m, {
        actorId: user.id,
        action: 'RECTIFICATION_CREATED',
        targetType: 'RectificationItem',
        targetId: row.id,
        districtId: ctx.districtId,
        after: { assessmentId: ctx.id, ...input, pathCode: path.code, status: 'OPEN' },
      });
      await this.notifications.notifyUnitUsers(m, ctx.districtId, [ctx.branchId], {
        kind: 'RECTIFICATION_ASSIGNED',
        targetType: 'RectificationItem',
        targetId: row.id,
        idempotencyKey: `RECTIFICATION_ASSIGNED:${row.id}`,
        payload: { indicatorCode: input.indicatorCode, periodCode: ctx.periodCode, deadline: input.deadline },
      });
      ids.push(row.id);
    }
    return ids;
  }
}
