import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditEventInput {
  /** Tenant key: the district of the target (or of the actor when the target has none). */
  districtId: string | null;
  /** The acting user's id; null for the system (migrations, seeders). */
  actorId: string | null;
  /** UPPER_SNAKE verb, e.g. `ORG_UNIT_CREATED`, `ASSESSMENT_SUBMITTED`, `ACCESS_DENIED`. */
  action: string;
  /** e.g. `OrgUnit`, `User`, `Assessment`. */
  targetType: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes audit events. Always pass the EntityManager of the transaction doing the change, so the
 * event commits or rolls back with it:
 *
 *   await this.dataSource.transaction(async (m) => {
 *     const saved = await m.save(entity);
 *     await this.audit.record(m, { districtId, actorId: user.id, action: 'X_UPDATED', targetType: 'X', targetId: saved.id, before, after: saved });
 *   });
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, event: AuditEventInput): Promise<void> {
    await manager.insert(AuditEventEntity, {
      districtId: event.districtId,
      actorId: event.actorId,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId ?? null,
      before: toJson(event.before),
      after: toJson(event.after),
    });
  }
}

/** Plain JSON snapshot (drops class prototypes, functions, undefined; Dates become ISO strings). */
function toJson(value: unknown): object | null {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value));
}
