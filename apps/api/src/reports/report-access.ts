import { Injectable } from '@nestjs/common';
import { AccessPolicy, missingUnit, type ScopedUnit } from '../auth/access-policy.service';
import { Role, type AuthUser } from '../auth/auth-user';

/** Committee roles: they read reports of any unit in their subtree. */
const READERS = [Role.ADMIN, Role.REVIEWER, Role.VIEWER] as const;
/** Who enters values through the spreadsheet import (a VIEWER only reads). */
const IMPORTERS = [Role.ADMIN, Role.REVIEWER, Role.BRANCH] as const;

/**
 * Who may download or upload what, on top of AccessPolicy (which logs every denial; the REST
 * exception filter writes the ACCESS_DENIED audit row):
 * - quarterly report (names every branch): ADMIN, REVIEWER, VIEWER for a unit in scope;
 * - branch report: a BRANCH user its own branch only, committee roles any branch in scope;
 * - import template: ADMIN, REVIEWER for a unit in scope, a BRANCH user its own branch;
 * - values import: ADMIN, REVIEWER (branches in scope), BRANCH (its own branch).
 * Role and foreign-branch checks run before any lookup, so a refusal never tells whether a unit exists;
 * a unit out of scope answers NOT_FOUND (404 over REST) exactly as a missing one.
 */
@Injectable()
export class ReportAccess {
  constructor(private readonly policy: AccessPolicy) {}

  assertCanReadUnitReport(user: AuthUser, action: string): void {
    this.policy.assertRole(user, READERS, action);
  }

  assertCanReadBranchReport(user: AuthUser, branchId: string, action: string): void {
    if (user.role === Role.BRANCH) this.assertOwnBranch(user, branchId, action);
    else this.policy.assertRole(user, READERS, action);
  }

  assertCanDownloadTemplate(user: AuthUser, unitId: string, action: string): void {
    if (user.role === Role.BRANCH) this.assertOwnBranch(user, unitId, action);
    else this.policy.assertRole(user, [Role.ADMIN, Role.REVIEWER], action);
  }

  assertCanImport(user: AuthUser, action: string): void {
    this.policy.assertRole(user, IMPORTERS, action);
  }

  /** After the lookup: the unit must be in the caller's subtree. */
  assertInScope(user: AuthUser, unit: ScopedUnit, action: string): void {
    this.policy.assertUnitInScope(user, unit, action);
  }

  /** LIKE pattern of the caller's subtree. */
  scopePattern(user: AuthUser): string {
    return this.policy.scopeFilter(user);
  }

  private assertOwnBranch(user: AuthUser, unitId: string, action: string): void {
    // Any other unit answers as a missing one, whether it exists or not.
    if (unitId !== user.scopeUnitId)
      throw this.policy.denyAsMissing(user, action, 'OrgUnit', unitId, missingUnit(unitId));
  }
}
