import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { notFound, unauthenticated } from '../common/errors';
import { PINO_LOGGER } from '../common/logger';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { toOrgUnitModel } from '../org-units/org-unit.mapper';
import { toUserModel } from '../users/user.mapper';
import { User } from '../users/models/user.model';
import { burnPasswordCheck, verifyPassword } from '../users/password';
import { UserEntity } from '../users/user.entity';
import { AuthUser } from './auth-user';
import { LoginPayload } from './dto/login-payload.type';
import { issueKnownDevice, readKnownDevice } from './known-device';
import { LoginDistrict, LoginDistricts } from './login-districts';
import { LoginThrottle } from './login-throttle';
import { invalidCredentials, lockedOut } from './login-refusals';
import { accountKey, normalizeAddress, throttleKeys, ThrottleRefusal } from './login-throttle.policy';
import { TokenService } from './token.service';
import { normalUsername } from '../users/username';

/** Where a login comes from: the source address and the known-device cookie it sent, if any. */
export interface LoginClient {
  address: string;
  knownDeviceCookie?: string;
}

export interface LoginResult {
  payload: LoginPayload;
  /** Cookie value marking the client as a known device of this user (set it on the response). */
  knownDeviceCookie: string;
}

type FailureReason = 'UNKNOWN_DISTRICT' | 'UNKNOWN_USER' | 'INACTIVE' | 'WRONG_PASSWORD';

/**
 * The user a token names, with the path of the unit their access is scoped to (null: that unit is gone).
 * By `(district_id, id)` when the token carries the district (one shard under Citus,
 * docs/scale-out.md); by id alone only for a token issued before it did (every shard, until it expires).
 */
const SESSION_LOOKUP_SQL = (where: string) => `
  SELECT u.id, u.username, u.display_name AS "displayName", u.role, u.scope_unit_id AS "scopeUnitId",
         u.district_id AS "districtId", u.active, u.session_version AS "sessionVersion", s.path AS "scopePath"
    FROM app_user u
    LEFT JOIN org_unit s ON s.id = u.scope_unit_id AND s.district_id = u.district_id
   WHERE ${where}`;
const SESSION_IN_DISTRICT_SQL = SESSION_LOOKUP_SQL('u.id = $1 AND u.district_id = $2');
const SESSION_BY_ID_SQL = SESSION_LOOKUP_SQL('u.id = $1');

type SessionRow = Omit<AuthUser, 'scopePath'> & {
  active: boolean;
  sessionVersion: number;
  scopePath: string | null;
};

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(OrgUnitEntity) private readonly units: Repository<OrgUnitEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
    private readonly districts: LoginDistricts,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PINO_LOGGER) private readonly log: Logger,
  ) {}

  /** Mark cookies Secure (HTTPS only) in production. */
  get secureCookies(): boolean {
    return this.config.nodeEnv === 'production';
  }

  /**
   * An account is a district and a username (user names are unique per district). Same answer for an
   * unknown district, an unknown user, an inactive one and a wrong password. The attempt is counted
   * (login_throttle) before the password is checked, so a refused attempt is never evaluated. That
   * count is kept per typed username whether or not it names an account, so the lockout and the
   * attempts-left warning (login-refusals.ts) answer an unknown username as they answer a known one.
   * Leaving the district out is refused (BAD_USER_INPUT `district`) only when several are active,
   * before anything about the username is looked at.
   */
  async login(
    rawUsername: string,
    password: string,
    client: LoginClient,
    rawDistrict?: string | null,
  ): Promise<LoginResult> {
    const username = normalUsername(rawUsername);
    const district = await this.districts.resolve(rawDistrict);
    const device = readKnownDevice(this.config.jwtSecret, client.knownDeviceCookie);
    const deviceId =
      device && device.account === accountKey(district.code, username) ? device.deviceId : null;
    const keys = throttleKeys({ district: district.code, username, address: client.address, deviceId });
    const log = { district: district.code, username, address: client.address };
    const { refusal, left } = await this.throttle.reserve(keys);
    if (refusal) {
      if (refusal.first) await this.auditThrottled(district, username, client, refusal);
      this.log.warn({ ...log, key: refusal.key }, 'login throttled');
      throw lockedOut(refusal.retryAfterSeconds);
    }
    const user = await this.findUser(district, username);
    let reason: FailureReason;
    if (!user) {
      await burnPasswordCheck(password, this.config.passwordHashCost);
      reason = district.id ? 'UNKNOWN_USER' : 'UNKNOWN_DISTRICT';
    } else if (!(await verifyPassword(user.passwordHash, password))) {
      reason = 'WRONG_PASSWORD';
    } else if (!user.active) {
      reason = 'INACTIVE';
    } else {
      await this.throttle.succeeded(keys);
      return this.signIn(user, district, deviceId);
    }
    await this.auditFailure(district, user, reason, client, deviceId !== null);
    this.log.warn({ ...log, reason }, 'login failed');
    throw invalidCredentials(left);
  }

  /** The account: its username in the named district (none in a district that is not an active one). */
  private findUser(district: LoginDistrict, username: string): Promise<UserEntity | null> {
    if (!district.id) return Promise.resolve(null);
    return this.users.findOne({ where: { districtId: district.id, username } });
  }

  private async signIn(
    user: UserEntity,
    district: LoginDistrict,
    deviceId: string | null,
  ): Promise<LoginResult> {
    const { token, expiresAt } = this.tokens.sign({
      sub: user.id,
      role: user.role,
      sv: user.sessionVersion,
      district: user.districtId,
    });
    this.log.info({ userId: user.id, username: user.username }, 'login');
    // No caller yet on this public mutation: resolve the user's own scope unit here (always in its
    // own scope, and in its district), so login answers `user { scopeUnit }` as `me` does.
    const scope = await this.units.findOne({ where: { id: user.scopeUnitId, districtId: user.districtId } });
    return {
      payload: {
        token,
        expiresAt,
        user: { ...toUserModel(user), scopeUnit: scope ? toOrgUnitModel(scope, null) : null },
      },
      knownDeviceCookie: issueKnownDevice(
        this.config.jwtSecret,
        district.code,
        user.username,
        deviceId ?? undefined,
      ),
    };
  }

  /**
   * LOGIN_FAILED, never with the password. The typed username is kept only when it names an
   * account (targetId): an unknown "username" is often a password typed into the wrong field. The row
   * belongs to the named district when it is one (its administrators see attempts on it).
   */
  private async auditFailure(
    district: LoginDistrict,
    user: UserEntity | null,
    reason: FailureReason,
    client: LoginClient,
    knownDevice: boolean,
  ): Promise<void> {
    await this.audit.record(this.dataSource.manager, {
      districtId: user?.districtId ?? district.id,
      actorId: null,
      action: 'LOGIN_FAILED',
      targetType: 'User',
      targetId: user?.id ?? null,
      after: {
        reason,
        address: normalizeAddress(client.address),
        knownDevice,
        ...(user ? { username: user.username } : {}),
      },
    });
  }

  /** LOGIN_THROTTLED once per key and window (the attempt that first went over the limit). */
  private async auditThrottled(
    district: LoginDistrict,
    username: string,
    client: LoginClient,
    refusal: ThrottleRefusal,
  ): Promise<void> {
    const user = await this.findUser(district, username);
    await this.audit.record(this.dataSource.manager, {
      districtId: user?.districtId ?? district.id,
      actorId: null,
      action: 'LOGIN_THROTTLED',
      targetType: 'User',
      targetId: user?.id ?? null,
      after: {
        limit: refusal.kind,
        retryAfterSeconds: refusal.retryAfterSeconds,
        address: normalizeAddress(client.address),
        ...(user ? { username: user.username } : {}),
      },
    });
  }

  /**
   * Token → AuthUser, re-reading the user: it must still exist, be active, and have the session
   * version the token was issued with (a password change or deactivation revokes older tokens).
   * A token names its user's district (since it was added to the claims): a user of another district
   * with that id answers as a missing one. Older tokens, without it, still work until they expire.
   */
  async authenticate(token: string): Promise<AuthUser> {
    const { sub, sv, district } = this.tokens.verify(token);
    // Every request runs this: one statement, not a find per table.
    const [user]: SessionRow[] = district
      ? await this.dataSource.query(SESSION_IN_DISTRICT_SQL, [sub, district])
      : await this.dataSource.query(SESSION_BY_ID_SQL, [sub]);
    if (!user || !user.active) throw unauthenticated('Account is no longer active');
    if (user.sessionVersion !== sv) throw unauthenticated('Session revoked: please sign in again');
    if (user.scopePath === null) throw unauthenticated('Account scope no longer exists');
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      scopeUnitId: user.scopeUnitId,
      scopePath: user.scopePath,
      districtId: user.districtId,
    };
  }

  async me(caller: AuthUser): Promise<User> {
    const user = await this.users.findOne({ where: { id: caller.id, districtId: caller.districtId } });
    if (!user) throw notFound('User', caller.id);
    return toUserModel(user);
  }
}
