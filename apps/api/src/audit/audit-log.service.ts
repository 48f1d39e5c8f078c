import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy.service';
import type { AuthUser } from '../auth/auth-user';
import { Role } from '../auth/role.enum';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { AuditEventsFilterInput } from './dto/audit-events.input';
import type { AuditEvent, AuditEventPage } from './models/audit-event.model';

/**
 * The audit log as the district admin reads it: newest first, one page at a time, filtered by unit
 * (the unit itself, its users and its branches' assessments, down the whole subtree), actor, kind
 * and district calendar days. Set-based: one count and one page query, names joined in SQL.
 */
const FROM_WHERE = `
  FROM audit_event e
  LEFT JOIN org_unit tu ON tu.district_id = e.district_id AND e.target_type = 'OrgUnit' AND tu.id::text = e.target_id
  LEFT JOIN app_user tusr ON tusr.district_id = e.district_id AND e.target_type = 'User' AND tusr.id::text = e.target_id
  LEFT JOIN org_unit tusc ON tusc.district_id = tusr.district_id AND tusc.id = tusr.scope_unit_id
  LEFT JOIN assessment a ON a.district_id = e.district_id AND e.target_type = 'Assessment' AND a.id::text = e.target_id
  LEFT JOIN org_unit ab ON ab.district_id = a.district_id AND ab.id = a.branch_id
  -- A rectification item, an evidence file and a branch's annual values (target "<unit id>/<year>")
  -- belong to their branch: named by it and found under its units, as an assessment is.
  LEFT JOIN rectification_item ri ON ri.district_id = e.district_id AND e.target_type = 'RectificationItem' AND ri.id::text = e.target_id
  LEFT JOIN evidence_file ef ON ef.district_id = e.district_id AND e.target_type = 'EvidenceFile' AND ef.id::text = e.target_id
  LEFT JOIN assessment fa ON fa.district_id = ef.district_id AND fa.id = ef.assessment_id
  LEFT JOIN org_unit ob ON ob.district_id = e.district_id AND ob.id = COALESCE(ri.branch_id, fa.branch_id)
  LEFT JOIN org_unit av ON av.district_id = e.district_id AND e.target_type = 'AnnualValues'
        AND av.id::text = split_part(e.target_id, '/', 1)
  WHERE e.district_id = $1
    AND ($2::text IS NULL OR COALESCE(tu.path, ab.path, ob.path, av.path, tusc.path) LIKE $2)
    AND ($3::uuid IS NULL OR e.actor_id = $3)
    AND ($4::text IS NULL OR e.action = $4)
    AND ($5::date IS NULL OR e.created_at >= ($5::date)::timestamp AT TIME ZONE $7::text)
    AND ($6::date IS NULL OR e.created_at < ($6::date + 1)::timestamp AT TIME ZONE $7::text)`;

interface Row {
  id: string;
  action: string;
  target_type: string;
  target_id: string | null;
  target_name: string | null;
  actor_id: string | null;
  actor_name: string | null;
  before: unknown;
  after: unknown;
  created_at: Date | string;
}

@Injectable()
export class AuditLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async page(user: AuthUser, filter: AuditEventsFilterInput): Promise<AuditEventPage> {
    this.policy.assertRole(user, [Role.ADMIN], 'audit.read');
    let unitPrefix: string | null = null;
    if (filter.unitId) {
      // In the caller's district only: one shard under Citus. Unknown, another district's or out of
      // scope: the same answer (NotFound), audited as a denial.
      const [unit] = await this.dataSource.query(
        `SELECT id, path FROM org_unit WHERE id = $1 AND district_id = $2`,
        [filter.unitId, user.districtId],
      );
      this.policy.assertUnitInScope(user, unit ?? { id: filter.unitId, path: '' }, 'audit.read');
      unitPrefix = `${unit.path}%`;
    }
    const params = [
      user.districtId,
      unitPrefix,
      filter.actorId ?? null,
      filter.action ?? null,
      filter.from ?? null,
      filter.to ?? null,
      this.config.timeZone,
    ];
    const [[{ total }], rows, actions] = await Promise.all([
      this.dataSource.query(`SELECT count(*)::int AS total ${FROM_WHERE}`, params),
      this.dataSource.query(
        `SELECT e.id::text AS id, e.action, e.target_type, e.target_id, e.actor_id, e.before, e.after, e.created_at,
                COALESCE(tu.name, tusr.display_name, ab.name || ' ' || p.code, ob.name || ' ' || op.code,
                         av.name || ' ' || split_part(e.target_id, '/', 2), tp.code,
                         (tf.name ->> 'zh') || ' v' || tf.version,
                         CASE WHEN e.target_type = 'AnnualYear' THEN e.target_id END)
                  AS target_name,
                CASE WHEN au.id IS NULL THEN NULL ELSE au.display_name || ' (' || au.username || ')' END AS actor_name
         ${FROM_WHERE.replace(
           'WHERE e.district_id',
           // The actor by id alone, on purpose: a district's first events name its creator, a user
           // of another district (docs/scale-out.md).
           `LEFT JOIN period p ON p.district_id = a.district_id AND p.id = a.period_id
            LEFT JOIN period op ON op.district_id = e.district_id AND op.id = COALESCE(ri.period_id, fa.period_id)
            -- A quarter by its code, a framework by its name and version (this district's or a shared one).
            LEFT JOIN period tp ON tp.district_id = e.district_id AND e.target_type = 'Period' AND tp.id::text = e.target_id
            LEFT JOIN framework tf ON e.target_type = 'Framework' AND tf.id::text = e.target_id
                  AND (tf.district_id IS NULL OR tf.district_id = e.district_id)
            LEFT JOIN app_user au ON au.id = e.actor_id
            WHERE e.district_id`,
         )}
         ORDER BY e.created_at DESC, e.id DESC
         OFFSET $8 LIMIT $9`,
        [...params, filter.offset ?? 0, filter.limit ?? 50],
      ),
      this.dataSource.query(
        `SELECT DISTINCT action FROM audit_event WHERE district_id = $1 ORDER BY action`,
        [user.districtId],
      ) as Promise<{ action: string }[]>,
    ]);
    return { total, items: (rows as Row[]).map(toEvent), actions: actions.map((a) => a.action) };
  }
}

function toEvent(row: Row): AuditEvent {
  return {
    id: row.id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    targetName: row.target_name,
    actorId: row.actor_id,
    actorName: row.actor_name,
    before: row.before,
    after: row.after,
    createdAt: new Date(row.created_at),
  };
}
