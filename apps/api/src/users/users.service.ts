import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUUID } from 'class-validator';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../auth/access-policy.service';
import { AuthUser, Role } from '../auth/auth-user';
import { isUniqueViolation } from '../common/db-errors';
import { badUserInput, notFound } from '../common/errors';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { OrgUnitKind } from '../org-units/org-unit.enums';
import { CreateUserInput } from './dto/create-user.input';
import { UpdateUserInput } from './dto/update-user.input';
import { User } from './models/user.model';
import { hashPassword } from './password';
import { passwordProblem } from './password-policy';
import { UserEntity } from './user.entity';
import { toUserModel, userSnapshot } from './user.mapper';
import { normalUsername } from './username';

/** The unit kinds each role's scope may be. */
const SCOPE_KINDS: Record<Role, OrgUnitKind[]> = {
  [Role.ADMIN]: [OrgUnitKind.DISTRICT],
  [Role.REVIEWER]: [OrgUnitKind.DISTRICT, OrgUnitKind.STREET],
  [Role.BRANCH]: [OrgUnitKind.BRANCH],
  [Role.VIEWER]: [OrgUnitKind.DISTRICT, OrgUnitKind.STREET, OrgUnitKind.BRANCH],
};

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(user: AuthUser, input: CreateUserInput): Promise<User> {
    this.policy.assertRole(user, [Role.ADMIN], 'user.create');
    return this.dataSource.transaction(async (m) => {
      const scope = await this.scopeUnitFor(m, user, input.role, input.scopeUnitId, 'user.create');
      const saved = await this.insert(m, user, { ...input, scope });
      return toUserModel(saved);
    });
  }

  /**
   * Insert a user scoped to `scope` (already checked by the caller) inside the caller's transaction,
   * refusing a username taken in the same district (BAD_USER_INPUT `<fieldPrefix>username`), and
   * audit it as USER_CREATED.
   * Also used by createDistrict for the new district's first admin.
   */
  async insert(
    m: EntityManager,
    actor: AuthUser,
    input: { username: string; password: string; displayName: string; role: Role; scope: OrgUnitEntity },
    fieldPrefix = '',
  ): Promise<UserEntity> {
    // Usernames are unique per district (a login names its district): only the new user's own
    // district is looked at, so a refusal says nothing of other districts' users.
    const taken = () =>
      badUserInput(`${fieldPrefix}username: this username is already used in this district`, {
        field: `${fieldPrefix}username`,
      });
    const districtId = input.scope.districtId;
    const username = normalUsername(input.username);
    if (await m.exists(UserEntity, { where: { districtId, username } })) throw taken();
    const entity = m.create(UserEntity, {
      id: randomUUID(),
      username,
      passwordHash: await hashPassword(input.password, this.config.passwordHashCost),
      displayName: input.displayName.trim(),
      role: input.role,
      scopeUnitId: input.scope.id,
      districtId,
      active: true,
    });
    let saved: UserEntity;
    try {
      saved = await m.save(UserEntity, entity);
    } catch (err) {
      if (isUniqueViolation(err)) throw taken();
      throw err;
    }
    await this.audit.record(m, {
      districtId: saved.districtId,
      actorId: actor.id,
      action: 'USER_CREATED',
      targetType: 'User',
      targetId: saved.id,
      after: userSnapshot(saved),
    });
    return saved;
  }

  /**
   * ADMIN: change a user's name, role, scope, active flag or password. The user and any new scope must be
   * within the caller's scope; an admin may not deactivate or demote itself. The user is read in the
   * caller's district (one shard under Citus, docs/scale-out.md): another district's user answers as
   * a missing one, without a scope check to audit.
   */
  async update(user: AuthUser, id: string, input: UpdateUserInput): Promise<User> {
    this.policy.assertRole(user, [Role.ADMIN], 'user.update');
    return this.dataSource.transaction(async (m) => {
      const target = isUUID(id)
        ? await m.findOne(UserEntity, {
            where: { id, districtId: user.districtId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!target) throw notFound('User', id);
      const current = await m.findOneOrFail(OrgUnitEntity, {
        where: { id: target.scopeUnitId, districtId: target.districtId },
      });
      // A user out of scope answers as a missing one (not with its scope unit's id).
      this.policy.assertUnitInScope(user, current, 'user.update', () => notFound('User', id));
      if (target.id === user.id) {
        if (input.active === false)
          throw badUserInput('active: you may not deactivate your own account', { field: 'active' });
        if (input.role != null && input.role !== Role.ADMIN)
          throw badUserInput('role: you may not change your own role', { field: 'role' });
      }
      const before = userSnapshot(target);
      if (input.displayName != null) {
        const displayName = input.displayName.trim();
        if (!displayName)
          throw badUserInput('displayName: displayName must not be empty', { field: 'displayName' });
        target.displayName = displayName;
      }
      const role = input.role ?? target.role;
      if (input.role != null || input.scopeUnitId != null) {
        const scope = await this.scopeUnitFor(
          m,
          user,
          role,
          input.scopeUnitId ?? target.scopeUnitId,
          'user.update',
        );
        target.role = role;
        target.scopeUnitId = scope.id;
        target.districtId = scope.districtId;
      }
      const deactivated = target.active && input.active === false;
      if (input.active != null) target.active = input.active;
      if (input.password != null) {
        const problem = passwordProblem(input.password, target.username);
        if (problem) throw badUserInput(`password: ${problem}`, { field: 'password' });
        target.passwordHash = await hashPassword(input.password, this.config.passwordHashCost);
      }
      const after = userSnapshot(target);
      // Nothing to write and nothing to audit for an update that changes nothing.
      if (input.password == null && JSON.stringify(after) === JSON.stringify(before))
        return toUserModel(target);
      // Tokens carry the session version: a new password or a deactivation ends every open session.
      if (input.password != null || deactivated) target.sessionVersion += 1;
      const saved = await m.save(UserEntity, target);
      const audited =
        input.password != null ? { ...userSnapshot(saved), passwordChanged: true } : userSnapshot(saved);
      await this.audit.record(m, {
        districtId: saved.districtId,
        actorId: user.id,
        action: 'USER_UPDATED',
        targetType: 'User',
        targetId: saved.id,
        before,
        after: audited,
      });
      return toUserModel(saved);
    });
  }

  /** The scope unit for a user of `role`: it must exist, be within the caller's scope and be of a kind the role allows. */
  private async scopeUnitFor(
    m: EntityManager,
    user: AuthUser,
    role: Role,
    scopeUnitId: string,
    action: string,
  ): Promise<OrgUnitEntity> {
    const missing = () =>
      badUserInput(`scopeUnitId: org unit ${scopeUnitId} does not exist`, { field: 'scopeUnitId' });
    // In the caller's district: another district's unit answers as a missing one (not audited).
    const scope = await m.findOne(OrgUnitEntity, { where: { id: scopeUnitId, districtId: user.districtId } });
    if (!scope) throw missing();
    this.policy.assertUnitInScope(user, scope, action, missing);
    if (!SCOPE_KINDS[role].includes(scope.kind)) {
      throw badUserInput(
        `scopeUnitId: a ${role} user's scope must be a ${SCOPE_KINDS[role].join(' or ')}, not a ${scope.kind}`,
        { field: 'scopeUnitId' },
      );
    }
    return scope;
  }

  /** ADMIN: the users whose scope unit is in the caller's scope. */
  async list(user: AuthUser): Promise<User[]> {
    this.policy.assertRole(user, [Role.ADMIN], 'user.list');
    // The caller's district (its scope is in it), joined on the whole key: one shard under Citus.
    const rows = await this.dataSource.manager
      .createQueryBuilder(UserEntity, 'usr')
      .innerJoin(OrgUnitEntity, 'u', 'u.district_id = usr.district_id AND u.id = usr.scope_unit_id')
      .where('usr.district_id = :district', { district: user.districtId })
      .andWhere('u.path LIKE :prefix', { prefix: this.policy.scopeFilter(user) })
      .orderBy('usr.username', 'ASC')
      .getMany();
    return rows.map(toUserModel);
  }
}
