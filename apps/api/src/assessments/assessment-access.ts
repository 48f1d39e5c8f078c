import { Injectable } from '@nestjs/common';
import { AccessPolicy, type ScopedUnit } from '../auth/access-policy.service';
import { Role, type AuthUser } from '../auth/auth-user';

/**
 * Who may do what to an assessment, on top of the core AccessPolicy (which logs and audits every
 * denial): a BRANCH user reads and edits its own branch only; REVIEWER/ADMIN review within their
 * subtree; only an ADMIN reopens; VIEWER reads within its subtree and never writes.
 */
@Injectable()
export class AssessmentAccess {
  constructor(private readonly policy: AccessPolicy) {}

  assertCanRead(user: AuthUser, branch: ScopedUnit): void {
    this.policy.assertCanSeeBranchValues(user, branch, 'assessment.read');
  }

  assertCanEdit(user: AuthUser, branch: ScopedUnit, action: string): void {
    this.policy.assertRole(user, [Role.BRANCH], action);
    this.policy.assertCanSeeBranchValues(user, branch, action);
  }

  assertCanReview(user: AuthUser, branch: ScopedUnit, action: string): void {
    this.policy.assertRoleInScope(user, [Role.REVIEWER, Role.ADMIN], branch, action);
  }

  assertCanReopen(user: AuthUser, branch: ScopedUnit): void {
    this.policy.assertRoleInScope(user, [Role.ADMIN], branch, 'assessment.reopen');
  }

  /** A BRANCH user asking for a branch that is not its own is refused before any lookup (no existence leak). */
  assertNotForeignBranch(user: AuthUser, branchId: string): void {
    if (user.role === Role.BRANCH && branchId !== user.scopeUnitId) {
      throw this.policy.deny(user, 'assessment.read', 'SCOPE', 'OrgUnit', branchId, 'A branch may only see its own assessment');
    }
  }

  /** LIKE pattern of the caller's subtree, for list queries. */
  scopePattern(user: AuthUser): string {
    return this.policy.scopeFilter(user);
  }
}
