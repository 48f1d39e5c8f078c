import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../auth/access-policy.service';
import { AuthUser, Role } from '../auth/auth-user';
import { isUniqueViolation } from '../common/db-errors';
import { badUserInput, notFound } from '../common/errors';
import { CreateOrgUnitInput } from './dto/create-org-unit.input';
import { UpdateOrgUnitInput } from './dto/update-org-unit.input';
import { OrgUnit } from './models/org-unit.model';
import { OrgUnitEntity } from './org-unit.entity';
import { OrgUnitKind } from './org-unit.enums';
import { buildTree, orgUnitSnapshot, toOrgUnitModel } from './org-unit.mapper';

/** Which kinds may sit under which: streets under the district, branches under a street or a (general) branch. */
const ALLOWED_PARENT: Record<OrgUnitKind, OrgUnitKind[]> = {
  [OrgUnitKind.DISTRICT]: [],
  [OrgUnitKind.STREET]: [OrgUnitKind.DISTRICT],
  [OrgUnitKind.BRANCH]: [OrgUnitKind.STREET, OrgUnitKind.BRANCH],
};

@Injectable()
export class OrgUnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  /** The unit entity, or NOT_FOUND; throws FORBIDDEN (audited) when out of the caller's scope. For other services too. */
  async getEntityInScope(user: AuthUser, id: string, action: string, manager: EntityManager = this.dataSource.manager): Promise<OrgUnitEntity> {
    const unit = await manager.findOne(OrgUnitEntity, { where: { id } });
    if (!unit) throw notFound('OrgUnit', id);
    this.policy.assertUnitInScope(user, unit, action);
    return unit;
  }

  /** One unit with its direct children. */
  async getById(user: AuthUser, id: string): Promise<OrgUnit> {
    const unit = await this.getEntityInScope(user, id, 'orgUnit.read');
    const children = await this.dataSource.manager.find(OrgUnitEntity, { where: { parentId: unit.id }, order: { code: 'ASC' } });
    return toOrgUnitModel(unit, children.filter((c) => this.policy.isUnitInScope(user, c)).map((c) => toOrgUnitModel(c, null)));
  }

  /** The nested subtree under `rootId` (default: the caller's scope unit), loaded with one query. */
  async tree(user: AuthUser, rootId: string | undefined, includeInactive = false): Promise<OrgUnit> {
    const root = await this.getEntityInScope(user, rootId ?? user.scopeUnitId, 'orgUnit.read');
    const qb = this.dataSource.manager
      .createQueryBuilder(OrgUnitEntity, 'u')
      .where('u.path LIKE :prefix', { prefix: `${root.path}%` })
      .andWhere('u.path LIKE :scope', { scope: this.policy.scopeFilter(user) });
    if (!includeInactive) qb.andWhere('(u.active = true OR u.id = :rootId)', { rootId: root.id });
    const rows = await qb.orderBy('u.path', 'ASC').getMany();
    // Inactive units hide their subtrees too (their children are not attached to the visible tree).
    return buildTree(root, rows);
  }

  async create(user: AuthUser, input: CreateOrgUnitInput): Promise<OrgUnit> {
    this.policy.assertRole(user, [Role.ADMIN], 'orgUnit.create');
    return this.dataSource.transaction(async (m) => {
      const parent = await m.findOne(OrgUnitEntity, { where: { id: input.parentId } });
      if (!parent) throw badUserInput(`parentId: org unit ${input.parentId} does not exist`, { field: 'parentId' });
      this.policy.assertUnitInScope(user, parent, 'orgUnit.create');
      const allowed = ALLOWED_PARENT[input.kind];
      if (!allowed.includes(parent.kind)) {
        const msg = input.kind === OrgUnitKind.DISTRICT ? 'a district cannot be created under another unit' : `a ${input.kind} must be under a ${allowed.join(' or ')}, not a ${parent.kind}`;
        throw badUserInput(`kind: ${msg}`, { field: 'kind' });
      }
      if (input.kind === OrgUnitKind.BRANCH && !input.sector) throw badUserInput('sector: a branch needs a sector', { field: 'sector' });
      await this.assertCodeFree(m, input.code);
      const id = randomUUID();
      const entity = m.create(OrgUnitEntity, {
        id,
        parentId: parent.id,
        path: `${parent.path}${id}/`,
        code: input.code,
        name: input.name.trim(),
        kind: input.kind,
        sector: input.sector ?? null,
        memberCount: input.memberCount ?? 0,
        active: true,
        districtId: parent.districtId,
      });
      const saved = await this.saveUnique(m, entity);
      await this.audit.record(m, { districtId: saved.districtId, actorId: user.id, action: 'ORG_UNIT_CREATED', targetType: 'OrgUnit', targetId: saved.id, after: orgUnitSnapshot(saved) });
      return toOrgUnitModel(saved, []);
    });
  }

  async update(user: AuthUser, id: string, input: UpdateOrgUnitInput): Promise<OrgUnit> {
    this.policy.assertRole(user, [Role.ADMIN], 'orgUnit.update');
    return this.dataSource.transaction(async (m) => {
      const unit = await this.getEntityInScope(user, id, 'orgUnit.update', m);
      const before = orgUnitSnapshot(unit);
      if (input.code !== undefined && input.code !== unit.code) {
        await this.assertCodeFree(m, input.code);
        unit.code = input.code;
      }
      if (input.name !== undefined) unit.name = input.name.trim();
      if (input.sector !== undefined) unit.sector = input.sector;
      if (input.memberCount !== undefined) unit.memberCount = input.memberCount;
      if (input.active !== undefined) {
        if (!input.active && unit.id === user.scopeUnitId) throw badUserInput('active: you cannot deactivate your own scope unit', { field: 'active' });
        unit.active = input.active;
      }
      if (unit.kind === OrgUnitKind.BRANCH && !unit.sector) throw badUserInput('sector: a branch needs a sector', { field: 'sector' });
      const saved = await this.saveUnique(m, unit);
      await this.audit.record(m, { districtId: saved.districtId, actorId: user.id, action: 'ORG_UNIT_UPDATED', targetType: 'OrgUnit', targetId: saved.id, before, after: orgUnitSnapshot(saved) });
      return toOrgUnitModel(saved, null);
    });
  }

  private async assertCodeFree(m: EntityManager, code: string): Promise<void> {
    if (await m.exists(OrgUnitEntity, { where: { code } })) throw badUserInput(`code: "${code}" is already used by another unit`, { field: 'code' });
  }

  private async saveUnique(m: EntityManager, entity: OrgUnitEntity): Promise<OrgUnitEntity> {
    try {
      return await m.save(OrgUnitEntity, entity);
    } catch (err) {
      if (isUniqueViolation(err)) throw badUserInput(`code: "${entity.code}" is already used by another unit`, { field: 'code' });
      throw err;
    }
  }
}
