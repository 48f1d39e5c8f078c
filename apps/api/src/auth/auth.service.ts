import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { Repository } from 'typeorm';
import { notFound, unauthenticated } from '../common/errors';
import { PINO_LOGGER } from '../common/logger';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { toOrgUnitModel } from '../org-units/org-unit.mapper';
import { toUserModel } from '../users/user.mapper';
import { User } from '../users/models/user.model';
import { burnPasswordCheck, verifyPassword } from '../users/password';
import { UserEntity } from '../users/user.entity';
import { AuthUser } from './auth-user';
import { LoginPayload } from './dto/login-payload.type';
import { LoginThrottle } from './login-throttle';
import { TokenService } from './token.service';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(OrgUnitEntity) private readonly units: Repository<OrgUnitEntity>,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
    @Inject(PINO_LOGGER) private readonly log: Logger,
  ) {}

  /** Same answer for an unknown user, an inactive one and a wrong password. */
  async login(username: string, password: string): Promise<LoginPayload> {
    const retryAfter = this.throttle.retryAfter(username.trim());
    if (retryAfter > 0) {
      this.log.warn({ username }, 'login throttled');
      throw unauthenticated(`Too many failed attempts: try again in ${retryAfter} s`);
    }
    const user = await this.users.findOne({ where: { username: username.trim() } });
    if (!user) {
      await burnPasswordCheck(password);
    } else if (user.active && (await verifyPassword(user.passwordHash, password))) {
      this.throttle.succeed(user.username);
      const { token, expiresAt } = this.tokens.sign({ sub: user.id, role: user.role });
      this.log.info({ userId: user.id, username: user.username }, 'login');
      // No caller yet on this public mutation: resolve the user's own scope unit here (always in its
      // own scope), so login answers `user { scopeUnit }` as `me` does.
      const scope = await this.units.findOne({ where: { id: user.scopeUnitId } });
      return { token, expiresAt, user: { ...toUserModel(user), scopeUnit: scope ? toOrgUnitModel(scope, null) : null } };
    }
    this.throttle.fail(username.trim());
    this.log.warn({ username }, 'login failed');
    throw unauthenticated('Invalid username or password');
  }

  /** Token → AuthUser, re-reading the user (must still exist and be active) and its scope path. */
  async authenticate(token: string): Promise<AuthUser> {
    const { sub } = this.tokens.verify(token);
    const user = await this.users.findOne({ where: { id: sub } });
    if (!user || !user.active) throw unauthenticated('Account is no longer active');
    const scope = await this.units.findOne({ where: { id: user.scopeUnitId }, select: { id: true, path: true } });
    if (!scope) throw unauthenticated('Account scope no longer exists');
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      scopeUnitId: user.scopeUnitId,
      scopePath: scope.path,
      districtId: user.districtId,
    };
  }

  async me(caller: AuthUser): Promise<User> {
    const user = await this.users.findOne({ where: { id: caller.id } });
    if (!user) throw notFound('User', caller.id);
    return toUserModel(user);
  }
}
