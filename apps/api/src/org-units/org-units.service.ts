import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
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
import { OpenPeriodAssessments } from '../periods/open-period-assessments';
import { SectorChangeService } from '../assessments/sector-change.service';
import { AssessedParentGuard } from './assessed-parent';
import { lockDistrictTree } from './district-lock';
import { OrgUnitKind } from './org-unit.enums';
import { buildTree, orgUnitSnapshot, toOrgUnitModel } from './org-unit.mapper';
import { ALLOWED_PARENT, activeChangeRefusal, moveRefusal, movedPath, parentPathOf } from './org-unit-rules';
import { activeAround, assertDistrictCodeFree, codeTaken } from './org-unit-checks';
import { refreshDistrictFigures } from '../analytics/figures/figures-refresh';
import { lockRegroupedAssessments } from '../analytics/figures/peer-samples';

/**
 * One statement moves a whole subtree: every path under the old prefix gets the new prefix, and the
 * moved unit its new parent. The district stays (cross-district moves are refused, see moveRefusal).
 * Params: $1 old path, $2 new path, $3 unit id, $4 new parent id, $5 district, $6 old path || '%'.
 */
const MOVE_SUBTREE = `
  WITH moved AS (
    UPDATE org_unit
       SET path = $2 || substr(path, length($1) + 1),
           parent_id = CASE WHEN id = $3 THEN $4::uuid ELSE parent_id END,
           updated_at = now()
     WHERE district_id = $5 AND path LIKE $6
    RETURNING id)
  SELECT count(*)::int AS n FROM moved`;

@Injectable()
export class OrgUnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly openPeriods: OpenPeriodAssessments,
    private readonly assessedParent: AssessedParentGuard,
    private readonly sectorChange: SectorChangeService,
  ) {}

  /**
   * The unit entity, or NOT_FOUND, also (audited) when out of the caller's scope. For other services too.
   * Read in the caller's district (one shard under Citus, docs/scale-out.md): another district's unit
   * is not found at all, so it answers as a missing one without a scope check to audit.
   */
  async getEntityInScope(
    user: AuthUser,
    id: string,
    action: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OrgUnitEntity> {
    const unit = await manager.findOne(OrgUnitEntity, { where: { id, districtId: user.districtId } });
    if (!unit) throw notFound('OrgUnit', id);
    this.policy.assertUnitInScope(user, unit, action);
    return unit;
  }

  /** One unit with its direct children. */
  async getById(user: AuthUser, id: string): Promise<OrgUnit> {
    const unit = await this.getEntityInScope(user, id, 'orgUnit.read');
    const children = await this.dataSource.manager.find(OrgUnitEntity, {
      where: { districtId: unit.districtId, parentId: unit.id },
      order: { code: 'ASC' },
    });
    return toOrgUnitModel(
      unit,
      children.filter((c) => this.policy.isUnitInScope(user, c)).map((c) => toOrgUnitModel(c, null)),
    );
  }

  /** The nested subtree under `rootId` (default: the caller's scope unit), loaded with one query. */
  async tree(
    user: AuthUser,
    rootId: string | undefined,
    includeInactive = false,
    withoutAssessedLeaves = false,
  ): Promise<OrgUnit> {
    const root = await this.getEntityInScope(user, rootId ?? user.scopeUnitId, 'orgUnit.read');
    const qb = this.dataSource.manager
      .createQueryBuilder(OrgUnitEntity, 'u')
      // The root's district (every path under it is of it), so the statement reads one shard.
      .where('u.district_id = :district', { district: root.districtId })
      .andWhere('u.path LIKE :prefix', { prefix: `${root.path}%` })
      .andWhere('u.path LIKE :scope', { scope: this.policy.scopeFilter(user) })
      // The pickers' search matches it in the browser (namePinyin): read with the rows, not per unit.
      .addSelect('u.namePinyin');
    if (!includeInactive) qb.andWhere('(u.active = true OR u.id = :rootId)', { rootId: root.id });
    if (withoutAssessedLeaves)
      qb.andWhere(
        '(u.id = :rootId OR EXISTS (SELECT 1 FROM org_unit c WHERE c.district_id = u.district_id AND c.parent_id = u.id))',
        { rootId: root.id },
      );
    const rows = await qb.orderBy('u.path', 'ASC').getMany();
    // Inactive units hide their subtrees too (their children are not attached to the visible tree).
    // The root's own row (always among them: in scope, and kept by both filters) carries its pinyin.
    return buildTree(rows.find((r) => r.id === root.id) ?? root, rows);
  }

  async create(user: AuthUser, input: CreateOrgUnitInput): Promise<OrgUnit> {
    this.policy.assertRole(user, [Role.ADMIN], 'orgUnit.create');
    return this.dataSource.transaction(async (m) => {
      const missingParent = () =>
        badUserInput(`parentId: org unit ${input.parentId} does not exist`, { field: 'parentId' });
      // In the caller's district: another district's unit answers as a missing parent (not audited).
      let parent = await m.findOne(OrgUnitEntity, {
        where: { id: input.parentId, districtId: user.districtId },
      });
      if (!parent) throw missingParent();
      this.policy.assertUnitInScope(user, parent, 'orgUnit.create', missingParent);
      const allowed = ALLOWED_PARENT[input.kind];
      if (!allowed.includes(parent.kind)) {
        const msg =
          input.kind === OrgUnitKind.DISTRICT
            ? 'a district is a tree root, not created under another unit: use createDistrict'
            : `a ${input.kind} must be under a ${allowed.join(' or ')}, not a ${parent.kind}`;
        throw badUserInput(`kind: ${msg}`, { field: 'kind' });
      }
      // Re-read the parent once the district's tree is locked: a concurrent move may have changed its path.
      await lockDistrictTree(m, parent.districtId);
      parent = await m.findOneOrFail(OrgUnitEntity, {
        where: { id: parent.id, districtId: parent.districtId },
      });
      this.policy.assertUnitInScope(user, parent, 'orgUnit.create', missingParent);
      // An active unit never sits under an inactive one (activeChangeRefusal, docs/domain.md#deactivation).
      if (!parent.active)
        throw badUserInput('parentId: the parent unit is inactive; reactivate it first', {
          field: 'parentId',
          reason: 'INACTIVE_PARENT',
          message: {
            zh: `上级单位“${parent.name}”已停用，不能在其下新建单位，请先启用。`,
            en: `The parent unit ${parent.name} is inactive: reactivate it before creating units under it.`,
          },
        });
      if (input.kind === OrgUnitKind.BRANCH && !input.sector)
        throw badUserInput('sector: a branch needs a sector', { field: 'sector' });
      await this.assertCodeFree(m, parent.districtId, input.code);
      const id = randomUUID();
      // A branch with assessments stays a leaf; its untouched drafts are removed so it can take children.
      await this.assessedParent.clear(m, {
        parent,
        childId: id,
        actorId: user.id,
        reason: 'ORG_UNIT_CREATED',
      });
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
      await this.audit.record(m, {
        districtId: saved.districtId,
        actorId: user.id,
        action: 'ORG_UNIT_CREATED',
        targetType: 'OrgUnit',
        targetId: saved.id,
        after: orgUnitSnapshot(saved),
      });
      // A branch created while a quarter is open is assessed in it too.
      await this.openPeriods.complete(m, {
        districtId: saved.districtId,
        pathPatterns: [saved.path],
        actorId: user.id,
        reason: 'ORG_UNIT_CREATED',
        unitId: saved.id,
      });
      await refreshDistrictFigures(m, saved.districtId);
      return toOrgUnitModel(saved, []);
    });
  }

  async update(user: AuthUser, id: string, input: UpdateOrgUnitInput): Promise<OrgUnit> {
    this.policy.assertRole(user, [Role.ADMIN], 'orgUnit.update');
    return this.dataSource.transaction(async (m) => {
      let unit = await this.getEntityInScope(user, id, 'orgUnit.update', m);
      if (input.active !== undefined) {
        // The subtree and the parent read for the active rule stay as read until the commit: creates,
        // moves and other (de)activations take the same lock.
        await lockDistrictTree(m, unit.districtId);
        unit = await this.getEntityInScope(user, id, 'orgUnit.update', m);
      }
      const reactivating = input.active === true && !unit.active;
      const deactivating = input.active === false && unit.active;
      const before = orgUnitSnapshot(unit);
      const sectorBefore = unit.sector;
      if (input.code !== undefined && input.code !== unit.code) {
        await this.assertCodeFree(m, unit.districtId, input.code);
        if (unit.parentId === null) await assertDistrictCodeFree(m, input.code);
        unit.code = input.code;
      }
      if (input.name !== undefined) unit.name = input.name.trim();
      if (input.sector !== undefined) unit.sector = input.sector;
      if (input.memberCount !== undefined) unit.memberCount = input.memberCount;
      if (input.active !== undefined) {
        if (!input.active && unit.id === user.scopeUnitId)
          throw badUserInput('active: you cannot deactivate your own scope unit', { field: 'active' });
        if (reactivating || deactivating) {
          const refusal = activeChangeRefusal(unit, input.active, await activeAround(m, unit));
          if (refusal) throw refusal;
        }
        // A branch's saves and submits in flight finish first; later ones find it deactivated and are
        // refused (AssessmentWriteSteps.assertBranchActive locks the assessment, then reads the flag).
        if (deactivating) await lockRegroupedAssessments(m, unit.districtId, unit.id);
        unit.active = input.active;
      }
      if (unit.kind === OrgUnitKind.BRANCH && !unit.sector)
        throw badUserInput('sector: a branch needs a sector', { field: 'sector' });
      // A change that changes nothing (the form saved as it was) writes neither the row nor an audit event.
      if (isDeepStrictEqual(orgUnitSnapshot(unit), before)) return toOrgUnitModel(unit, null);
      const saved = await this.saveUnique(m, unit);
      await this.audit.record(m, {
        districtId: saved.districtId,
        actorId: user.id,
        action: 'ORG_UNIT_UPDATED',
        targetType: 'OrgUnit',
        targetId: saved.id,
        before,
        after: orgUnitSnapshot(saved),
      });
      if (saved.kind === OrgUnitKind.BRANCH && saved.sector !== sectorBefore) {
        // Its open quarters' values and scores follow the new sector (rule: sector-change.service.ts).
        await this.sectorChange.realign(m, {
          branchId: saved.id,
          districtId: saved.districtId,
          from: sectorBefore,
          to: saved.sector,
          actorId: user.id,
        });
      }
      if (reactivating) {
        // Its active assessed leaves (itself, or those below it) join the open quarters they are missing from.
        await this.openPeriods.complete(m, {
          districtId: saved.districtId,
          pathPatterns: [`${saved.path}%`],
          actorId: user.id,
          reason: 'ORG_UNIT_REACTIVATED',
          unitId: saved.id,
        });
      }
      // A renamed unit's pinyin sort key is recomputed by the refresh; the committee figures follow the change.
      await m.query(`UPDATE org_unit SET name_key = NULL WHERE id = $1 AND district_id = $2`, [
        saved.id,
        saved.districtId,
      ]);
      await refreshDistrictFigures(m, saved.districtId);
      return toOrgUnitModel(saved, null);
    });
  }

  /**
   * ADMIN: move a unit (with its whole subtree) under another parent of the same district. Both the
   * unit and the new parent must be in the caller's scope (otherwise answered as missing: NOT_FOUND, or BAD_USER_INPUT for parentId); moveRefusal lists
   * the tree rules (BAD_USER_INPUT naming the field); AssessedParentGuard refuses a new parent that is
   * an assessed branch (ASSESSED_PARENT) and removes its untouched drafts. In one transaction: the paths of the whole
   * subtree in one UPDATE, the ORG_UNIT_MOVED audit event (parent and path before and after), and the
   * DRAFT assessments of open periods for assessed leaves that had none (the moved branches, and the
   * old parent when it is a branch left without children). Scores need no rewrite: analytics group
   * branches by the current paths, so every scoreboard shows the new tree at once.
   */
  async move(user: AuthUser, id: string, parentId: string): Promise<OrgUnit> {
    this.policy.assertRole(user, [Role.ADMIN], 'orgUnit.move');
    return this.dataSource.transaction(async (m) => {
      const found = await this.getEntityInScope(user, id, 'orgUnit.move', m);
      await lockDistrictTree(m, found.districtId);
      // Read again under the lock: paths are stable from here to the commit.
      const unit = await this.getEntityInScope(user, id, 'orgUnit.move', m);
      const missingParent = () =>
        badUserInput(`parentId: org unit ${parentId} does not exist`, { field: 'parentId' });
      // In the caller's district: another district's unit answers as a missing parent (not audited).
      const parent = await m.findOne(OrgUnitEntity, {
        where: { id: parentId, districtId: user.districtId },
      });
      if (!parent) throw missingParent();
      this.policy.assertUnitInScope(user, parent, 'orgUnit.move', missingParent);
      const refusal = moveRefusal(unit, parent);
      if (refusal) throw refusal;
      // The unit changes peer group: its drafts' saves in flight finish first (peer-samples.ts).
      await lockRegroupedAssessments(m, unit.districtId, unit.id);
      await this.assessedParent.clear(m, {
        parent,
        childId: unit.id,
        actorId: user.id,
        reason: 'ORG_UNIT_MOVED',
      });

      const oldPath = unit.path;
      const newPath = movedPath(unit, parent);
      const [{ n }] = await m.query(MOVE_SUBTREE, [
        oldPath,
        newPath,
        unit.id,
        parent.id,
        unit.districtId,
        `${oldPath}%`,
      ]);
      const moved = await m.findOneOrFail(OrgUnitEntity, {
        where: { id: unit.id, districtId: unit.districtId },
      });
      await this.audit.record(m, {
        districtId: moved.districtId,
        actorId: user.id,
        action: 'ORG_UNIT_MOVED',
        targetType: 'OrgUnit',
        targetId: moved.id,
        before: { parentId: unit.parentId, path: oldPath },
        after: { parentId: moved.parentId, path: moved.path, subtreeSize: n },
      });
      const oldParentPath = parentPathOf(oldPath);
      await this.openPeriods.complete(m, {
        districtId: moved.districtId,
        pathPatterns: [`${moved.path}%`, ...(oldParentPath ? [oldParentPath] : [])],
        actorId: user.id,
        reason: 'ORG_UNIT_MOVED',
        unitId: moved.id,
      });
      await refreshDistrictFigures(m, moved.districtId);
      return toOrgUnitModel(moved, null);
    });
  }

  /**
   * Insert a new district (a tree root: no parent, path `/<id>/`, its own tenant key) inside the
   * caller's transaction, audited as ORG_UNIT_CREATED in the new district. Access is the caller's
   * business (DistrictsService).
   */
  async insertDistrict(
    m: EntityManager,
    actor: AuthUser,
    input: { code: string; name: string; memberCount?: number },
  ): Promise<OrgUnitEntity> {
    // Codes are per district and the new one's are its own; only the creator's own district is
    // checked (it may not reuse a code it already has), never another district's units. Its code
    // must differ from every other district's too: a login names its district by code.
    await this.assertCodeFree(m, actor.districtId, input.code);
    await assertDistrictCodeFree(m, input.code);
    const id = randomUUID();
    const entity = m.create(OrgUnitEntity, {
      id,
      parentId: null,
      path: `/${id}/`,
      code: input.code,
      name: input.name.trim(),
      kind: OrgUnitKind.DISTRICT,
      sector: null,
      memberCount: input.memberCount ?? 0,
      active: true,
      districtId: id,
    });
    const saved = await this.saveUnique(m, entity);
    await this.audit.record(m, {
      districtId: saved.id,
      actorId: actor.id,
      action: 'ORG_UNIT_CREATED',
      targetType: 'OrgUnit',
      targetId: saved.id,
      after: { ...orgUnitSnapshot(saved), createdFromDistrictId: actor.districtId },
    });
    return saved;
  }

  /** Codes are unique per district: only the caller's own district is looked at, and named. */
  private async assertCodeFree(m: EntityManager, districtId: string, code: string): Promise<void> {
    if (await m.exists(OrgUnitEntity, { where: { districtId, code } })) throw codeTaken(code);
  }

  private async saveUnique(m: EntityManager, entity: OrgUnitEntity): Promise<OrgUnitEntity> {
    try {
      return await m.save(OrgUnitEntity, entity);
    } catch (err) {
      if (isUniqueViolation(err)) throw codeTaken(entity.code);
      throw err;
    }
  }
}
