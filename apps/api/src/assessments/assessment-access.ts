import { Injectable } from '@nestjs/common';
import {
  AccessPolicy,
  missingUnit,
  type MissingAnswer,
  type ScopedUnit,
} from '../auth/access-policy.service';
import { Role, type AuthUser } from '../auth/auth-user';
import type { WorkflowAction } from './assessment-workflow';

/** Who may take each workflow action on an assessment (before any lookup). */
const ACTION_ROLES: Record<WorkflowAction, readonly Role[]> = {
  SAVE: [Role.BRANCH],
  SUBMIT: [Role.BRANCH],
  APPROVE: [Role.REVIEWER, Role.ADMIN],
  RETURN: [Role.REVIEWER, Role.ADMIN],
  REOPEN: [Role.ADMIN],
};

/**
 * Who may do what to an assessment, on top of the core AccessPolicy (which logs and audits every
 * denial): a BRANCH user reads and edits its own branch only; REVIEWER/ADMIN review within their
 * subtree; only an ADMIN reopens; VIEWER reads within its subtree and never writes.
 * The role is checked before the assessment is looked up (FORBIDDEN whether it exists or not); a
 * branch out of reach answers exactly as a missing assessment or branch.
 */
@Injectable()
export class AssessmentAccess {
  constructor(private readonly policy: AccessPolicy) {}

  assertCanRead(user: AuthUser, branch: ScopedUnit): void {
    this.policy.assertCanSeeBranchValues(user, branch, 'assessment.read');
  }

  /** The role part of a workflow action: call it before looking the assessment up. */
  assertRoleFor(user: AuthUser, action: WorkflowAction): void {
    this.policy.assertRole(user, ACTION_ROLES[action], actionName(action));
  }

  /** The branch part: the caller's own branch (edits) or a branch in its subtree (review, reopen). */
  assertBranchFor(
    user: AuthUser,
    action: WorkflowAction,
    branch: ScopedUnit,
    asMissing: MissingAnswer,
  ): void {
    if (action === 'SAVE' || action === 'SUBMIT')
      this.policy.assertCanSeeBranchValues(user, branch, actionName(action), asMissing);
    else this.policy.assertUnitInScope(user, branch, actionName(action), asMissing);
  }

  /** A BRANCH user asking for a branch that is not its own is refused before any lookup, as a missing one. */
  assertNotForeignBranch(user: AuthUser, branchId: string): void {
    if (user.role === Role.BRANCH && branchId !== user.scopeUnitId) {
      throw this.policy.denyAsMissing(user, 'assessment.read', 'OrgUnit', branchId, missingUnit(branchId));
    }
  }

  /** LIKE pattern of the caller's subtree, for list queries. */
  scopePattern(user: AuthUser): string {
    return this.policy.scopeFilter(user);
  }
}

const actionName = (action: WorkflowAction) => `assessment.${action.toLowerCase()}`;
