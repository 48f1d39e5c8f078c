import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { proposeRectifications, type RectificationProposal, type ScoreResult } from '@pathboard/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy.service';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { badUserInput, conflict, notFound } from '../common/errors';
import { toEvidenceFileModel } from '../evidence/evidence.resolver';
import type { EvidenceFileModel } from '../evidence/models/evidence-file.model';
import { RectificationEvidenceService } from '../evidence/rectification-evidence.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { loadContext } from '../assessments/assessment-rows';
import { NotificationsService } from '../notifications/notifications.service';
import { RectificationCreatorService } from './rectification-creator.service';
import { frameworkNames, type FrameworkNames } from '../frameworks/framework-names';
import { scopedUnit } from './rectification-scope';
import type {
  AnswerRectificationInput,
  CreateRectificationInput,
  RectificationFilterInput,
  VerifyRectificationInput,
} from './dto/rectification.input';
import type {
  RectificationEventModel,
  RectificationItemModel,
  RectificationRejectionModel,
} from './models/rectification.model';
import { noticeExcerpt } from './notice-excerpt';
import {
  checkRectificationTransition,
  isRectificationOverdue,
  rolesFor,
  type RectificationAction,
  type RectificationStatus,
} from './rectification-workflow';

const ITEM_SELECT = `
  SELECT r.*, u.name AS branch_name, u.path AS branch_path, p.code AS period_code, p.framework_id
    FROM rectification_item r
    JOIN org_unit u ON u.district_id = r.district_id AND u.id = r.branch_id
    JOIN period p ON p.district_id = r.district_id AND p.id = r.period_id`;

type ItemRow = Record<string, unknown>;

/**
 * 整改事项: reviewers open items on an assessment's indicators, branches answer, reviewers accept
 * or reject. Every write is one transaction: the scope check, the row lock, the transition, the
 * history row, the audit event and the notification of the other side.
 */
@Injectable()
export class RectificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly frameworks: FrameworksService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly creator: RectificationCreatorService,
    private readonly evidenceFiles: RectificationEvidenceService,
  ) {}

  async create(user: AuthUser, input: CreateRectificationInput): Promise<RectificationItemModel> {
    this.policy.assertRole(user, rolesFor('CREATE'), 'rectification.create');
    const id = await this.dataSource.transaction(async (m) => {
      const missing = () => notFound('Assessment', input.assessmentId);
      const ctx = await loadContext(m, input.assessmentId, user.districtId);
      if (!ctx) throw missing();
      this.policy.assertUnitInScope(
        user,
        { id: ctx.branchId, path: ctx.branchPath },
        'rectification.create',
        missing,
      );
      const { assessmentId: _id, ...draft } = input;
      const [itemId] = await this.creator.createMany(m, user, ctx, [draft], '');
      return itemId;
    });
    return (await this.byIds(user.districtId, [id]))[0];
  }

  async answer(user: AuthUser, input: AnswerRectificationInput): Promise<RectificationItemModel> {
    return this.transition(user, input.id, input.expectedVersion, 'ANSWER', async (m, item) => {
      await m.query(
        `UPDATE rectification_item SET measures = $2, evidence = $3 WHERE id = $1 AND district_id = $4`,
        [item['id'], input.measures, input.evidence ?? null, item['district_id']],
      );
      const creator = item['created_by'] as string | null;
      if (creator) {
        await this.notifications.notifyUsers(m, item['district_id'] as string, [creator], {
          kind: 'RECTIFICATION_ANSWERED',
          targetType: 'RectificationItem',
          targetId: item['id'] as string,
          // One per answer: a rejected item answered again notifies again.
          idempotencyKey: `RECTIFICATION_ANSWERED:${item['id']}:${Number(item['version']) + 1}`,
          payload: { indicatorCode: item['indicator_code'], branchName: item['branch_name'] },
        });
      }
      return {
        comment: input.measures,
        audit: { measures: input.measures, evidence: input.evidence ?? null },
        // The files the branch attached while the item was OPEN become part of this answer.
        afterEvent: async (eventId) => ({
          files: await this.evidenceFiles.bindToAnswer(
            m,
            item['district_id'] as string,
            item['id'] as string,
            eventId,
          ),
        }),
      };
    });
  }

  async verify(user: AuthUser, input: VerifyRectificationInput): Promise<RectificationItemModel> {
    const reason = input.reason?.trim() || null;
    if (!input.accept && !reason)
      throw badUserInput('reason: rejecting a rectification answer requires a reason', { field: 'reason' });
    const action: RectificationAction = input.accept ? 'ACCEPT' : 'REJECT';
    return this.transition(user, input.id, input.expectedVersion, action, async (m, item) => {
      const kind = input.accept ? 'RECTIFICATION_VERIFIED' : 'RECTIFICATION_REJECTED';
      await this.notifications.notifyUnitUsers(
        m,
        item['district_id'] as string,
        [item['branch_id'] as string],
        {
          kind,
          targetType: 'RectificationItem',
          targetId: item['id'] as string,
          idempotencyKey: `${kind}:${item['id']}:${Number(item['version']) + 1}`,
          // Short, for the bell and the mail: the whole reason is on the item (上次反馈未通过).
          payload: { indicatorCode: item['indicator_code'], reason: reason && noticeExcerpt(reason) },
        },
      );
      return { comment: reason, audit: { reason } };
    });
  }

  /**
   * 整改建议 for an assessment in the reviewer's scope: triggered vetoes and indicators under the
   * framework's share, from the official score; indicators that already have an unclosed item are left out.
   */
  async proposals(user: AuthUser, assessmentId: string): Promise<RectificationProposal[]> {
    this.policy.assertRole(user, rolesFor('CREATE'), 'rectification.propose');
    const missing = () => notFound('Assessment', assessmentId);
    const ctx = await loadContext(this.dataSource.manager, assessmentId, user.districtId);
    if (!ctx) throw missing();
    this.policy.assertUnitInScope(
      user,
      { id: ctx.branchId, path: ctx.branchPath },
      'rectification.propose',
      missing,
    );
    const [score]: { explanation: ScoreResult }[] = await this.dataSource.query(
      `SELECT explanation FROM assessment_score WHERE assessment_id = $1 AND district_id = $2 AND kind = 'OFFICIAL'`,
      [assessmentId, ctx.districtId],
    );
    if (!score) return [];
    const framework = await this.frameworks.definition(ctx.frameworkId);
    const open: { indicator_code: string }[] = await this.dataSource.query(
      `SELECT DISTINCT indicator_code FROM rectification_item
        WHERE assessment_id = $1 AND district_id = $2 AND status <> 'CLOSED'`,
      [assessmentId, ctx.districtId],
    );
    const taken = new Set(open.map((r) => r.indicator_code));
    return proposeRectifications(framework, score.explanation).filter((p) => !taken.has(p.indicatorCode));
  }

  /** 整改台账: the items of the caller's scope (a branch: its own), filtered, soonest deadline first. */
  async list(
    user: AuthUser,
    filter: RectificationFilterInput = {},
    now = new Date(),
  ): Promise<RectificationItemModel[]> {
    const under = filter.unitId
      ? `${(await scopedUnit(this.dataSource, this.policy, user, filter.unitId, 'rectification.list')).path}%`
      : this.policy.scopeFilter(user);
    const rows: ItemRow[] = await this.dataSource.query(
      `${ITEM_SELECT}
        WHERE r.district_id = $9 AND u.path LIKE $1
          AND ($2::text IS NULL OR r.status = $2)
          AND ($3::text IS NULL OR r.path_code = $3)
          AND ($4::text IS NULL OR r.indicator_code = $4)
          AND ($5::uuid IS NULL OR r.branch_id = $5)
          AND ($6::text IS NULL OR p.code = $6)
          AND ($7::boolean IS NULL OR (r.status = 'OPEN' AND r.deadline < $8) = $7)
        ORDER BY r.deadline, r.created_at, r.id
        LIMIT 2000`,
      [
        under,
        filter.status ?? null,
        filter.pathCode ?? null,
        filter.indicatorCode ?? null,
        filter.branchId ?? null,
        filter.periodCode ?? null,
        filter.overdue ?? null,
        now,
        user.districtId,
      ],
    );
    return this.withHistory(user.districtId, rows, now);
  }

  private async transition(
    user: AuthUser,
    id: string,
    expectedVersion: number,
    action: RectificationAction,
    body: (
      m: EntityManager,
      item: ItemRow,
    ) => Promise<{
      comment: string | null;
      audit: Record<string, unknown>;
      afterEvent?: (eventId: string) => Promise<Record<string, unknown>>;
    }>,
  ): Promise<RectificationItemModel> {
    const name = `rectification.${action.toLowerCase()}`;
    this.policy.assertRole(user, rolesFor(action), name);
    await this.dataSource.transaction(async (m) => {
      const missing = () => notFound('RectificationItem', id);
      // In the caller's district only: another district's item answers as a missing one.
      const [item]: ItemRow[] = await m.query(
        `${ITEM_SELECT} WHERE r.id = $1 AND r.district_id = $2 FOR UPDATE OF r`,
        [id, user.districtId],
      );
      if (!item) throw missing();
      const branch = { id: item['branch_id'] as string, path: item['branch_path'] as string };
      // A branch answers only its own items; reviewers verify within their subtree.
      if (action === 'ANSWER') this.policy.assertCanSeeBranchValues(user, branch, name, missing);
      else this.policy.assertUnitInScope(user, branch, name, missing);
      const version = Number(item['version']);
      if (version !== expectedVersion) {
        throw conflict(
          `the rectification item was changed by someone else (current version ${version}); reload and retry`,
          version,
        );
      }
      const from = item['status'] as RectificationStatus;
      const check = checkRectificationTransition(action, from);
      if (!check.ok)
        throw badUserInput(check.message!.en, { reason: 'INVALID_TRANSITION', message: check.message });
      const { comment, audit, afterEvent } = await body(m, item);
      await m.query(
        `UPDATE rectification_item SET status = $2, version = version + 1, updated_at = now()
          WHERE id = $1 AND district_id = $3`,
        [id, check.next, item['district_id']],
      );
      const eventId = await this.event(
        m,
        user,
        id,
        item['district_id'] as string,
        action,
        from,
        check.next!,
        comment,
      );
      const more = afterEvent ? await afterEvent(eventId) : {};
      await this.audit.record(m, {
        actorId: user.id,
        action: `RECTIFICATION_${action === 'ANSWER' ? 'ANSWERED' : action === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED'}`,
        targetType: 'RectificationItem',
        targetId: id,
        districtId: item['district_id'] as string,
        before: { status: from, version },
        after: { status: check.next, version: version + 1, ...audit, ...more },
      });
    });
    return (await this.byIds(user.districtId, [id]))[0];
  }

  private async event(
    m: EntityManager,
    user: AuthUser,
    itemId: string,
    districtId: string,
    action: RectificationAction,
    from: RectificationStatus | null,
    to: RectificationStatus,
    comment: string | null,
  ): Promise<string> {
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO rectification_event (item_id, district_id, action, from_status, to_status, actor_id, comment, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, clock_timestamp()) RETURNING id`,
      [itemId, districtId, action, from, to, user.id, comment],
    );
    return row.id;
  }

  /** Items of district `districtId` (the caller's). */
  private async byIds(districtId: string, ids: string[]): Promise<RectificationItemModel[]> {
    const rows: ItemRow[] = await this.dataSource.query(
      `${ITEM_SELECT} WHERE r.district_id = $2 AND r.id = ANY($1::uuid[])`,
      [ids, districtId],
    );
    return this.withHistory(districtId, rows, new Date());
  }

  /**
   * One query for the history of all listed items and one for their files (never one per item);
   * the latest 退回 of each item is taken from that history.
   * `rows` are items of district `districtId`.
   */
  private async withHistory(
    districtId: string,
    rows: ItemRow[],
    now: Date,
  ): Promise<RectificationItemModel[]> {
    const files = await this.evidenceFiles.filesOfItems(
      districtId,
      rows.map((r) => r['id'] as string),
    );
    const byStep = new Map<string, EvidenceFileModel[]>();
    for (const f of files) {
      const key = `${f.itemId}:${f.eventId ?? ''}`;
      byStep.set(key, [...(byStep.get(key) ?? []), toEvidenceFileModel(f)]);
    }
    const filesOf = (itemId: string, eventId: string | null) =>
      byStep.get(`${itemId}:${eventId ?? ''}`) ?? [];
    const events: ItemRow[] = rows.length
      ? await this.dataSource.query(
          // The actor by id alone (as the audit log names them): a reviewer's name for 上次反馈未通过.
          `SELECT e.id, e.item_id, e.action, e.from_status, e.to_status, e.actor_id, e.comment, e.at,
                  a.display_name AS actor_name
             FROM rectification_event e
             LEFT JOIN app_user a ON a.id = e.actor_id
            WHERE e.district_id = $2 AND e.item_id = ANY($1::uuid[]) ORDER BY e.at, e.id`,
          [rows.map((r) => r['id']), districtId],
        )
      : [];
    // One definition per framework the items' quarters use (a handful at most, cached by the service).
    const namesByFramework = new Map<string, FrameworkNames>();
    for (const id of new Set(rows.map((r) => r['framework_id'] as string)))
      namesByFramework.set(id, frameworkNames(await this.frameworks.definition(id)));
    const historyOf = new Map<string, RectificationEventModel[]>();
    // Oldest first, so the last REJECT seen of an item is its latest.
    const lastRejectionOf = new Map<string, RectificationRejectionModel>();
    for (const e of events) {
      if (e['action'] === 'REJECT')
        lastRejectionOf.set(e['item_id'] as string, {
          reason: (e['comment'] as string | null) ?? '',
          at: e['at'] as Date,
          by: (e['actor_name'] as string | null) ?? null,
        });
      const list = historyOf.get(e['item_id'] as string) ?? [];
      list.push({
        action: e['action'] as string,
        fromStatus: (e['from_status'] as string | null) ?? null,
        toStatus: e['to_status'] as string,
        actorId: (e['actor_id'] as string | null) ?? null,
        comment: (e['comment'] as string | null) ?? null,
        at: e['at'] as Date,
        files: filesOf(e['item_id'] as string, e['id'] as string),
      });
      historyOf.set(e['item_id'] as string, list);
    }
    return rows.map((r) => {
      const status = r['status'] as RectificationStatus;
      const deadline = r['deadline'] as Date;
      return {
        id: r['id'] as string,
        assessmentId: r['assessment_id'] as string,
        branchId: r['branch_id'] as string,
        branchName: r['branch_name'] as string,
        periodCode: r['period_code'] as string,
        indicatorCode: r['indicator_code'] as string,
        pathCode: r['path_code'] as string,
        ...namesByFramework.get(r['framework_id'] as string)!(
          r['path_code'] as string,
          r['indicator_code'] as string,
        ),
        problem: r['problem'] as string,
        requiredAction: r['required_action'] as string,
        deadline,
        status,
        overdue: isRectificationOverdue(status, deadline, now),
        measures: (r['measures'] as string | null) ?? null,
        evidence: (r['evidence'] as string | null) ?? null,
        version: Number(r['version']),
        createdAt: r['created_at'] as Date,
        history: historyOf.get(r['id'] as string) ?? [],
        lastRejection: lastRejectionOf.get(r['id'] as string) ?? null,
        pendingFiles: filesOf(r['id'] as string, null),
      };
    });
  }
}
