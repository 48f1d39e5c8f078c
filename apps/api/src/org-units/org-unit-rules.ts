import type { GraphQLError } from 'graphql';
import type { AssessmentStatus } from '../assessments/entities/assessment.entity';
import { badUserInput } from '../common/errors';
import { OrgUnitKind } from './org-unit.enums';

/** Which kinds may sit under which: streets under the district, branches under a street or a (general) branch. */
export const ALLOWED_PARENT: Record<OrgUnitKind, OrgUnitKind[]> = {
  [OrgUnitKind.DISTRICT]: [],
  [OrgUnitKind.STREET]: [OrgUnitKind.DISTRICT],
  [OrgUnitKind.BRANCH]: [OrgUnitKind.STREET, OrgUnitKind.BRANCH],
};

/** The fields of a unit the tree rules look at. */
export interface TreeUnit {
  id: string;
  parentId: string | null;
  path: string;
  kind: OrgUnitKind;
  districtId: string;
  active: boolean;
}

/**
 * Why `unit` may not move under `parent` (a BAD_USER_INPUT naming the field), or null when it may.
 * Scope is checked before, by the service (out of scope answers as missing). The rules:
 * - a district is a tree root and never moves;
 * - no cycle: the new parent is neither the unit nor in its subtree;
 * - the same district only: periods, assessments, scores and audit history are a district's (its
 *   tenant key `district_id`), and a period's framework and quarter are the district's choice, so a
 *   branch's past quarters cannot follow it into another district's periods; a unit that really
 *   changes district is closed (deactivated) here and created there;
 * - the kind rules of createOrgUnit (ALLOWED_PARENT);
 * - an active parent (an inactive one hides its subtree) that is not already the parent.
 */
export function moveRefusal(unit: TreeUnit, parent: TreeUnit): GraphQLError | null {
  if (unit.kind === OrgUnitKind.DISTRICT) {
    return badUserInput('id: a district is the root of its tree and cannot be moved', {
      field: 'id',
      reason: 'DISTRICT',
    });
  }
  if (parent.id === unit.id || parent.path.startsWith(unit.path)) {
    return badUserInput('parentId: a unit cannot be moved under itself or a unit of its own subtree', {
      field: 'parentId',
      reason: 'CYCLE',
    });
  }
  if (parent.districtId !== unit.districtId) {
    return badUserInput(
      'parentId: a unit cannot be moved to another district (its assessments, scores and history belong to its district); deactivate it and create it there',
      { field: 'parentId', reason: 'CROSS_DISTRICT' },
    );
  }
  const allowed = ALLOWED_PARENT[unit.kind];
  if (!allowed.includes(parent.kind)) {
    return badUserInput(
      `parentId: a ${unit.kind} must be under a ${allowed.join(' or ')}, not a ${parent.kind}`,
      { field: 'parentId', reason: 'KIND' },
    );
  }
  if (parent.id === unit.parentId) {
    return badUserInput('parentId: the unit is already under this parent', {
      field: 'parentId',
      reason: 'SAME_PARENT',
    });
  }
  if (!parent.active) {
    return badUserInput('parentId: the new parent is inactive; reactivate it first', {
      field: 'parentId',
      reason: 'INACTIVE_PARENT',
    });
  }
  return null;
}

/**
 * Why a unit's active flag may not change to `active` (a BAD_USER_INPUT naming `active`), or null
 * when it may. The tree keeps one rule (docs/domain.md#deactivation): an active unit never sits under
 * an inactive one. Deactivation does not cascade: a street is closed only once nothing under it is
 * still assessed or reviewed, so nobody's branches stop silently; the admin deactivates or moves them
 * first, each a decision of its own. Likewise a unit is reactivated only under an active parent.
 * `activeBelow`: how many active units are in its subtree (itself excluded); `parentActive`: null
 * for a district (no parent).
 */
export function activeChangeRefusal(
  unit: { name: string; active: boolean },
  active: boolean,
  around: { parentActive: boolean | null; activeBelow: number },
): GraphQLError | null {
  if (active === unit.active) return null;
  if (!active && around.activeBelow > 0) {
    const n = around.activeBelow;
    return badUserInput(
      `active: ${unit.name} still has ${n} active ${n === 1 ? 'unit' : 'units'} under it; deactivate them or move them under another unit first`,
      {
        field: 'active',
        reason: 'ACTIVE_CHILDREN',
        activeBelow: n,
        message: {
          zh: `“${unit.name}”下还有 ${n} 个启用的下级单位，请先将其停用或移到其他单位之下，再停用本单位。`,
          en: `${unit.name} still has ${n} active ${n === 1 ? 'unit' : 'units'} under it. Deactivate them or move them under another unit first.`,
        },
      },
    );
  }
  if (active && around.parentActive === false) {
    return badUserInput('active: its parent unit is inactive; reactivate the parent first', {
      field: 'active',
      reason: 'INACTIVE_PARENT',
      message: {
        zh: `“${unit.name}”的上级单位已停用，请先启用上级单位。`,
        en: `The parent unit of ${unit.name} is inactive. Reactivate the parent first.`,
      },
    });
  }
  return null;
}

/** One assessment of a branch about to receive a child, as the assessed-parent check reads it. */
export interface ParentAssessment {
  id: string;
  periodId: string;
  periodCode: string;
  status: AssessmentStatus;
  /** The optimistic-lock version read with it: the removal deletes it only if nobody saved since. */
  version: number;
  /** Whether it has any indicator_value row (a self value, a reviewed value or evidence, even cleared). */
  hasValues: boolean;
}

/**
 * A DRAFT nothing was ever saved into: opening a period, or creating a branch while one is open,
 * gives every assessed leaf such an empty DRAFT at once. Decided by the values, not the version:
 * every value write goes through indicator_value (saves, reviews, the spreadsheet import), so no
 * row means nothing a branch or reviewer entered is lost; `version` is the optimistic lock, bumped
 * by an empty save too (so a version above 1 may still hold nothing), and rows written beside the
 * API (the demo seeder, test fixtures) carry whatever version they were given.
 */
export function isUntouchedDraft(a: Pick<ParentAssessment, 'status' | 'hasValues'>): boolean {
  return a.status === 'DRAFT' && !a.hasValues;
}

/**
 * Why a unit may not be put under `parent`, an assessed leaf branch with these assessments (a
 * BAD_USER_INPUT naming parentId), or null when it may. A child makes the branch a general branch,
 * and analytics count only leaves: its submitted, approved, returned or filled-in assessments would
 * silently leave every scoreboard, trend and report (docs/domain.md: past scores stay reproducible).
 * Untouched drafts hold nothing and do not stand in the way (the service removes them).
 */
export function assessedParentRefusal(
  parent: { code: string },
  assessments: readonly ParentAssessment[],
): GraphQLError | null {
  const kept = assessments.filter((a) => !isUntouchedDraft(a));
  if (kept.length === 0) return null;
  const listed = kept
    .map((a) => `${a.periodCode} ${a.status}${a.status === 'DRAFT' ? ' with saved values' : ''}`)
    .join(', ');
  return badUserInput(
    `parentId: branch ${parent.code} already has assessments (${listed}): a unit under it would make it a general branch that is no longer assessed, ` +
      'and its scores would leave every scoreboard, trend and report; create the general branch as a new unit and move the branches under it instead',
    { field: 'parentId', reason: 'ASSESSED_PARENT', periods: kept.map((a) => a.periodCode) },
  );
}

/** The path of `unit` once under `parent`. */
export function movedPath(unit: Pick<TreeUnit, 'id'>, parent: Pick<TreeUnit, 'path'>): string {
  return `${parent.path}${unit.id}/`;
}

/** The parent's path from a unit's path (`/d/s/b/` → `/d/s/`); null for a root. */
export function parentPathOf(path: string): string | null {
  const trimmed = path.slice(0, path.lastIndexOf('/', path.length - 2) + 1);
  return trimmed.length > 1 ? trimmed : null;
}
