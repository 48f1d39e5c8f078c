import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { FrameworksService } from '../frameworks/frameworks.service';
import {
  aboutOf,
  NOTIFICATION_ABOUT_COLUMNS,
  NOTIFICATION_ABOUT_JOINS,
  type NotificationAbout,
  type NotificationAboutRow,
} from './notification-about';
import type { NotificationKind } from './notification-kinds';

export interface NotificationDraft {
  kind: NotificationKind;
  targetType: string;
  targetId: string;
  /** Unique per recipient: the same key twice notifies once (e.g. `RECTIFICATION_OVERDUE:<id>`). */
  idempotencyKey: string;
  payload?: Record<string, unknown>;
}

export interface NotificationRow {
  id: string;
  kind: string;
  targetType: string;
  targetId: string;
  payload: Record<string, unknown>;
  about: NotificationAbout;
  createdAt: Date;
  readAt: Date | null;
}

export type { NotificationAbout };

/**
 * The in-app notification centre. Writers pass the EntityManager of their transaction, so a
 * notification commits with the change it reports; `ON CONFLICT DO NOTHING` on (user, key) makes
 * every sender idempotent without a read first.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly frameworks: FrameworksService,
  ) {}

  /**
   * Notifies every active user whose scope unit is one of `unitIds` (a branch's secretaries), units of
   * district `districtId` (the sender knows it: the row it changed). Returns rows inserted.
   */
  async notifyUnitUsers(
    manager: EntityManager,
    districtId: string,
    unitIds: string[],
    draft: NotificationDraft,
  ): Promise<number> {
    if (!unitIds.length) return 0;
    return this.insert(
      manager,
      `SELECT id, district_id FROM app_user WHERE district_id = $2 AND active AND scope_unit_id = ANY($1::uuid[])`,
      [unitIds, districtId],
      draft,
    );
  }

  /**
   * One notice per unit, each with its own target, key and payload, to the active users scoped to
   * that unit (a branch's secretaries), in ONE insert whatever the number of units. `exceptUserId`
   * (the actor) is never notified of its own act. Returns rows inserted.
   */
  async notifyEachUnit(
    manager: EntityManager,
    districtId: string,
    kind: NotificationKind,
    targetType: string,
    notices: {
      unitId: string;
      targetId: string;
      idempotencyKey: string;
      payload?: Record<string, unknown>;
    }[],
    exceptUserId: string | null = null,
  ): Promise<number> {
    if (!notices.length) return 0;
    const rows: unknown[] = await manager.query(
      `WITH inserted AS (
         INSERT INTO notification (district_id, user_id, kind, target_type, target_id, payload, idempotency_key)
         SELECT u.district_id, u.id, $2, $3, n.target_id, coalesce(n.payload, '{}'::jsonb), n.idempotency_key
           FROM jsonb_to_recordset($4::jsonb) AS n(unit_id uuid, target_id text, idempotency_key text, payload jsonb)
           JOIN app_user u ON u.district_id = $1 AND u.active AND u.scope_unit_id = n.unit_id
          WHERE $5::uuid IS NULL OR u.id <> $5::uuid
         ON CONFLICT (user_id, idempotency_key, district_id) DO NOTHING
         RETURNING id)
       SELECT id FROM inserted`,
      [
        districtId,
        kind,
        targetType,
        JSON.stringify(
          notices.map((n) => ({
            unit_id: n.unitId,
            target_id: n.targetId,
            idempotency_key: n.idempotencyKey,
            payload: n.payload ?? {},
          })),
        ),
        exceptUserId,
      ],
    );
    return rows.length;
  }

  /**
   * Tells each branch of quarter `periodId` that it closed: one notice to every active user scoped to
   * a branch with an assessment in it (its secretaries, as PERIOD_OPENED reached them), about that
   * assessment, with its status at closing so the notice can say what the close means for the branch
   * (final; no result if it never got approved). ONE insert whatever the number of branches. A
   * committee member's scope is a street or the district, never an assessed branch, so none matches.
   * Call it after the period row is CLOSED: the key names this close by its `closed_at` (µs), so the
   * same close never notifies twice, while closing again after a reopen is news again (the branch
   * could edit in between). Returns rows inserted.
   */
  async notifyPeriodClosed(manager: EntityManager, districtId: string, periodId: string): Promise<number> {
    const rows: unknown[] = await manager.query(
      `WITH inserted AS (
         INSERT INTO notification (district_id, user_id, kind, target_type, target_id, payload, idempotency_key)
         SELECT u.district_id, u.id, 'PERIOD_CLOSED', 'Assessment', a.id::text,
                jsonb_build_object('periodCode', p.code, 'status', a.status),
                'PERIOD_CLOSED:' || p.id || ':' || (extract(epoch FROM p.closed_at) * 1000000)::bigint
           FROM period p
           JOIN assessment a ON a.district_id = p.district_id AND a.period_id = p.id
           JOIN app_user u ON u.district_id = a.district_id AND u.active AND u.scope_unit_id = a.branch_id
          WHERE p.district_id = $1 AND p.id = $2 AND p.status = 'CLOSED'
         ON CONFLICT (user_id, idempotency_key, district_id) DO NOTHING
         RETURNING id)
       SELECT id FROM inserted`,
      [districtId, periodId],
    );
    return rows.length;
  }

  /** Notifies the active users `userIds` of district `districtId`. Returns rows inserted. */
  async notifyUsers(
    manager: EntityManager,
    districtId: string,
    userIds: string[],
    draft: NotificationDraft,
  ): Promise<number> {
    if (!userIds.length) return 0;
    return this.insert(
      manager,
      `SELECT id, district_id FROM app_user WHERE district_id = $2 AND active AND id = ANY($1::uuid[])`,
      [userIds, districtId],
      draft,
    );
  }

  private async insert(
    manager: EntityManager,
    recipients: string,
    params: unknown[],
    draft: NotificationDraft,
  ): Promise<number> {
    const n = params.length;
    const rows: unknown[] = await manager.query(
      `WITH inserted AS (
         INSERT INTO notification (district_id, user_id, kind, target_type, target_id, payload, idempotency_key)
         SELECT r.district_id, r.id, $${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}::jsonb, $${n + 5}
           FROM (${recipients}) r
         ON CONFLICT (user_id, idempotency_key, district_id) DO NOTHING
         RETURNING id)
       SELECT id FROM inserted`,
      [
        ...params,
        draft.kind,
        draft.targetType,
        draft.targetId,
        JSON.stringify(draft.payload ?? {}),
        draft.idempotencyKey,
      ],
    );
    return rows.length;
  }

  // A user's notifications are of the user's district (the user foreign key includes it), so the
  // reads and the update below name it: one shard under Citus (docs/scale-out.md).

  async mine(user: AuthUser, unreadOnly: boolean, limit: number): Promise<NotificationRow[]> {
    const rows: (Record<string, unknown> & NotificationAboutRow)[] = await this.dataSource.query(
      `SELECT n.id, n.kind, n.target_type, n.target_id, n.payload, n.created_at, n.read_at, ${NOTIFICATION_ABOUT_COLUMNS}
         FROM (SELECT * FROM notification
                WHERE district_id = $4 AND user_id = $1 AND ($2::boolean IS FALSE OR read_at IS NULL)
                ORDER BY created_at DESC, id LIMIT $3) n
         ${NOTIFICATION_ABOUT_JOINS}
        ORDER BY n.created_at DESC, n.id`,
      [user.id, unreadOnly, Math.min(Math.max(limit, 1), 200), user.districtId],
    );
    const about = await aboutOf(rows, (id) => this.frameworks.definition(id));
    return rows.map((r, i) => ({
      id: r['id'] as string,
      kind: r['kind'] as string,
      targetType: r['target_type'] as string,
      targetId: r['target_id'] as string,
      payload: (r['payload'] as Record<string, unknown>) ?? {},
      about: about[i],
      createdAt: r['created_at'] as Date,
      readAt: (r['read_at'] as Date | null) ?? null,
    }));
  }

  async unreadCount(user: AuthUser): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE district_id = $2 AND user_id = $1 AND read_at IS NULL`,
      [user.id, user.districtId],
    );
    return Number(row.n);
  }

  /** Marks the caller's own notifications read (all of them when `ids` is null); others' ids are ignored. */
  async markRead(user: AuthUser, ids: string[] | null): Promise<number> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH changed AS (
         UPDATE notification SET read_at = now()
          WHERE district_id = $3 AND user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
         RETURNING id)
       SELECT id FROM changed`,
      [user.id, ids, user.districtId],
    );
    return rows.length;
  }
}
