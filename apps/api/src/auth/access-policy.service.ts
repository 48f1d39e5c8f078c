import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { forbidden, notFound, unauthenticated } from '../common/errors';
import { PINO_LOGGER } from '../common/logger';
import { AuthUser, Role } from './auth-user';

/** The unit shape the policy needs: its id and materialized path (`/<district>/.../<id>/`). */
export interface ScopedUnit {
  id: string;
  path: string;
}

/** What a denied attempt was; attached to the thrown error (FORBIDDEN, or as missing) and written as ACCESS_DENIED. */
export interface AccessDenial {
  actorId: string;
  districtId: string;
  role: Role;
  /** The attempted action, e.g. `orgUnit.create`, `assessment.submit`. */
  action: string;
  reason: 'ROLE' | 'SCOPE';
  targetType: string | null;
  targetId: string | null;
}

const DENIAL = Symbol.for('pathboard.accessDenial');

/**
 * The error the caller answers when the target does not exist. A target out of the caller's scope
 * answers exactly that error (same code, same message, no other id), so ids of other branches and
 * districts can be neither confirmed nor collected; the denial is still logged and audited.
 */
export type MissingAnswer = () => GraphQLError;

/** `OrgUnit <id> not found`: what a unit id that the caller sent answers when there is no such unit. */
export const missingUnit =
  (id: string): MissingAnswer =>
  () =>
    notFound('OrgUnit', id);

/** The AccessDenial carried by an error from AccessPolicy (or its GraphQL wrapper), if any. */
export function getAccessDenial(err: unknown): AccessDenial | undefined {
  let e: unknown = err;
  for (let depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const denial = (e as { [DENIAL]?: AccessDenial })[DENIAL];
    if (denial) return denial;
    e = (e as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * Deny-by-default access rules, called from the service layer (never only from resolvers).
 *
 * - A role refusal throws FORBIDDEN (it tells nothing about data). A scope refusal throws what a
 *   missing target answers (MissingAnswer; NOT_FOUND of the unit by default). Both are synchronous
 *   and logged as warnings. The ACCESS_DENIED
 *   audit row is written when the GraphQL request finishes (AccessDeniedAuditPlugin), outside the
 *   caller's transaction, so it survives the rollback. Outside GraphQL, call `recordDenial(err)`.
 * - Scope: unit U is in the caller's scope iff `U.path` starts with `user.scopePath`.
 */
@Injectable()
export class AccessPolicy {
  constructor(
    @Inject(PINO_LOGGER) private readonly log: Logger,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Throws UNAUTHENTICATED when there is no caller. */
  requireUser(user: AuthUser | null | undefined): AuthUser {
    if (!user) throw unauthenticated();
    return user;
  }

  /** Throws FORBIDDEN unless `user.role` is one of `roles`. `action` names what was attempted. */
  assertRole(user: AuthUser, roles: readonly Role[], action: string): void {
    if (!roles.includes(user.role)) {
      throw this.deny(user, action, 'ROLE', null, null, `Role ${user.role} may not ${action}`);
    }
  }

  /** Throws `asMissing()` (audited) unless `unit` is the caller's scope unit or below it. */
  assertUnitInScope(
    user: AuthUser,
    unit: ScopedUnit,
    action: string,
    asMissing: MissingAnswer = missingUnit(unit.id),
  ): void {
    if (!this.isUnitInScope(user, unit))
      throw this.denyAsMissing(user, action, 'OrgUnit', unit.id, asMissing);
  }

  /** assertRole + assertUnitInScope. */
  assertRoleInScope(
    user: AuthUser,
    roles: readonly Role[],
    unit: ScopedUnit,
    action: string,
    asMissing?: MissingAnswer,
  ): void {
    this.assertRole(user, roles, action);
    this.assertUnitInScope(user, unit, action, asMissing);
  }

  isUnitInScope(user: AuthUser, unit: ScopedUnit): boolean {
    return typeof unit.path === 'string' && unit.path.startsWith(user.scopePath);
  }

  /**
   * The LIKE pattern of the caller's subtree, ready to bind: `WHERE u.path LIKE :prefix` with
   * `{ prefix: policy.scopeFilter(user) }`. It already ends with `%` (ids are uuids: no wildcards to escape).
   */
  scopeFilter(user: AuthUser): string {
    return `${user.scopePath}%`;
  }

  /**
   * Is the caller's subtree their whole district? Every unit of a district lies under its root,
   * `/<districtId>/` (org-unit.entity.ts), so scopeFilter then holds for every row of the district
   * and a statement may leave the join it needs out (the review queue's count reads an index only).
   */
  scopesWholeDistrict(user: AuthUser): boolean {
    return user.scopePath === `/${user.districtId}/`;
  }

  /**
   * May the caller see this branch's indicator values and scores by name? ADMIN, REVIEWER, VIEWER:
   * any branch in scope. BRANCH: only its own branch (peers appear only as ranks/percentiles).
   */
  canSeeBranchValues(user: AuthUser, branchUnit: ScopedUnit): boolean {
    if (user.role === Role.BRANCH) return branchUnit.id === user.scopeUnitId;
    return this.isUnitInScope(user, branchUnit);
  }

  /** Throws `asMissing()` (audited) unless canSeeBranchValues. */
  assertCanSeeBranchValues(
    user: AuthUser,
    branchUnit: ScopedUnit,
    action: string,
    asMissing: MissingAnswer = missingUnit(branchUnit.id),
  ): void {
    if (!this.canSeeBranchValues(user, branchUnit))
      throw this.denyAsMissing(user, action, 'OrgUnit', branchUnit.id, asMissing);
  }

  /**
   * A scope refusal answered as the target's absence: `throw policy.denyAsMissing(user, 'period.close',
   * 'Period', id, () => notFound('Period', id))`. Logged, and audited with the real target.
   */
  denyAsMissing(
    user: AuthUser,
    action: string,
    targetType: string,
    targetId: string,
    asMissing: MissingAnswer,
  ): GraphQLError {
    return this.withDenial(asMissing(), this.logDenial(user, action, 'SCOPE', targetType, targetId));
  }

  /**
   * Build (and log) a FORBIDDEN error for a refusal decided elsewhere that reveals no data (a role
   * refusal), e.g. `throw policy.deny(user, 'assessment.approve', 'ROLE', 'Assessment', id)`. It is
   * audited like the built-in checks. A refusal for an id out of scope uses denyAsMissing.
   */
  deny(
    user: AuthUser,
    action: string,
    reason: AccessDenial['reason'],
    targetType: string | null = null,
    targetId: string | null = null,
    message = `Not allowed: ${action}`,
  ): GraphQLError {
    return this.withDenial(forbidden(message), this.logDenial(user, action, reason, targetType, targetId));
  }

  private logDenial(
    user: AuthUser,
    action: string,
    reason: AccessDenial['reason'],
    targetType: string | null,
    targetId: string | null,
  ): AccessDenial {
    const denial: AccessDenial = {
      actorId: user.id,
      districtId: user.districtId,
      role: user.role,
      action,
      reason,
      targetType,
      targetId,
    };
    this.log.warn({ accessDenied: denial, username: user.username }, `access denied: ${action}`);
    return denial;
  }

  private withDenial(err: GraphQLError, denial: AccessDenial): GraphQLError {
    Object.defineProperty(err, DENIAL, { value: denial, enumerable: false });
    return err;
  }

  /** Write the ACCESS_DENIED audit row for an error carrying a denial (no-op otherwise). Never throws. */
  async recordDenial(err: unknown): Promise<void> {
    const denial = getAccessDenial(err);
    if (!denial) return;
    try {
      await this.audit.record(this.dataSource.manager, {
        districtId: denial.districtId,
        actorId: denial.actorId,
        action: 'ACCESS_DENIED',
        targetType: denial.targetType ?? 'Operation',
        targetId: denial.targetId ?? denial.action,
        after: { attemptedAction: denial.action, role: denial.role, reason: denial.reason },
      });
    } catch (e) {
      this.log.error({ err: e, accessDenied: denial }, 'could not write ACCESS_DENIED audit event');
    }
  }
}
