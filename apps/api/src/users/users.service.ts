import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../auth/access-policy.service';
import { AuthUser, Role } from '../auth/auth-user';
import { isUniqueViolation } from '../common/db-errors';
import { badUserInput } from '../common/errors';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { OrgUnitKind } from '../org-units/org-unit.enums';
import { CreateUserInput } from './dto/create-user.input';
import { User } from './models/user.model';
import { hashPassword } from './password';
import { UserEntity } from './user.entity';
import { toUserModel, userSnapshot } from './user.mapper';

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
  ) {}

  async create(user: AuthUser, input: CreateUserInput): Promise<User> {
    this.policy.assertRole(user, [Role.ADMIN], 'user.create');
    return this.dataSource.transaction(async (m) => {
      const scope = await m.findOne(OrgUnitEntity, { where: { id: input.scopeUnitId } });
      if (!scope) throw badUserInput(`scopeUnitId: org unit ${input.scopeUnitId} does not exist`, { field: 'scopeUnitId' });
      this.policy.assertUnitInScope(user, scope, 'user.create');
      if (!SCOPE_KINDS[input.role].includes(scope.kind)) {
        throw badUserInput(`scopeUnitId: a ${input.role} user's scope must be a ${SCOPE_KINDS[input.role].join(' or ')}, not a ${scope.kind}`, { field: 'scopeUnitId' });
      }
      if (await m.exists(UserEntity, { where: { username: input.username } })) {
        throw badUserInput(`username: "${input.username}" is already taken`, { field: 'username' });
      }
      const entity = m.create(UserEntity, {
        id: randomUUID(),
        username: input.username,
        passwordHash: await hashPassword(input.password),
        displayName: input.displayName.trim(),
        role: input.role,
        scopeUnitId: scope.id,
        districtId: scope.districtId,
        active: true,
      });
      let saved: UserEntity;
      try {
        saved = await m.save(UserEntity, entity);
      } catch (err) {
        if (isUniqueViolation(err)) throw badUserInput(`username: "${input.username}" is already taken`, { field: 'username' });
        throw err;
      }
      await this.audit.record(m, { districtId: saved.districtId, actorId: user.id, action: 'USER_CREATED', targetType: 'User', targetId: saved.id, after: userSnapshot(saved) });
      return toUserModel(saved);
    });
  }

  /** ADMIN: the users whose scope unit is in the caller's scope. */
  async list(user: AuthUser): Promise<User[]> {
    this.policy.assertRole(user, [Role.ADMIN], 'user.list');
    const rows = await this.dataSource.manager
      .createQueryBuilder(UserEntity, 'usr')
      .innerJoin(OrgUnitEntity, 'u', 'u.id = usr.scope_unit_id')
      .where('u.path LIKE :prefix', { prefix: this.policy.scopeFilter(user) })
      .orderBy('usr.username', 'ASC')
      .getMany();
    return rows.map(toUserModel);
  }
}
