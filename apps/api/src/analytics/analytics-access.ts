import { Injectable } from '@nestjs/common';
import { AccessPolicy, missingUnit, type ScopedUnit } from '../auth/access-policy.service';
import { Role, type AuthUser } from '../auth/auth-user';

/** The committee roles: they read figures of any unit in their subtree. */
const READERS = [Role.ADMIN, Role.REVIEWER, Role.VIEWER] as const;

/**
 * Who may read which analytics, on top of AccessPolicy (which logs and audits every denial):
 * - ADMIN, REVIEWER, VIEWER: any unit (or branch) in their scope;
 * - BRANCH: only its own branch's trend and peer standing. Scoreboard, compare and completion show
 *   other branches' figures by name, so they are refused whatever the unit.
 * Role and foreign-branch checks run before any lookup, so a refusal never tells whether a unit exists;
 * a unit out of scope answers NOT_FOUND exactly as a missing one.
 */
@Injectable()
export class AnalyticsAccess {
  constructor(private readonly policy: AccessPolicy) {}

  /** Scoreboard, compare, completion: committee roles only. */
  assertCommitteeRole(user: AuthUser, action: string): void {
    this.policy.assertRole(user, READERS, action);
  }

  /** Trend and peer standing: committee roles, or a BRANCH user asking about its own branch. */
  assertCommitteeOrOwnBranch(user: AuthUser, unitId: string, action: string): void {
    if (user.role === Role.BRANCH) {
      // Any other unit answers as a missing one, whether it exists or not.
      if (unitId !== user.scopeUnitId)
        throw this.policy.denyAsMissing(user, action, 'OrgUnit', unitId, missingUnit(unitId));
      return;
    }
    this.policy.assertRole(user, READERS, action);
  }

  /** After the lookup: the unit must be in the caller's subtree. */
  assertInScope(user: AuthUser, unit: ScopedUnit, action: string): void {
    this.policy.assertUnitInScope(user, unit, action);
  }
}
