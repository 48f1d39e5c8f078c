import { unitMatches } from '../../../shared/org/unit-search';
import type { AdminUnit, UnitKind } from './org-unit-form';
import { refusalReasonOf } from './server-errors';

/** The kinds a unit may sit under, as the API's createOrgUnit and moveOrgUnit allow. */
export function parentKindsOf(kind: UnitKind): UnitKind[] {
  if (kind === 'STREET') return ['DISTRICT'];
  if (kind === 'BRANCH') return ['STREET', 'BRANCH'];
  return [];
}

export interface MoveTarget {
  unit: AdminUnit;
  /** The names from below the district down to the unit ("东城街道 / 一支部"), for the picker. */
  label: string;
}

/**
 * The units `unit` may move under, in tree order: of a kind its kind allows, active (an inactive
 * parent hides its subtree), not the unit or anything below it (a cycle), and not its current parent.
 * The tree is the admin's own district, so every choice is in scope and in the same district, as the
 * API requires. A district never moves.
 */
export function moveTargets(root: AdminUnit, unit: AdminUnit): MoveTarget[] {
  const allowed = parentKindsOf(unit.kind);
  if (allowed.length === 0) return [];
  const currentParentId = unit.parentId ?? parentIdOf(root, unit.id);
  const out: MoveTarget[] = [];
  const walk = (node: AdminUnit, names: string[]) => {
    if (node.id === unit.id) return; // the unit and its subtree
    if (!node.active) return; // an inactive unit and, hidden with it, its subtree
    if (allowed.includes(node.kind) && node.id !== currentParentId) {
      out.push({ unit: node, label: names.length ? names.join(' / ') : node.name });
    }
    for (const child of node.children ?? []) walk(child, [...names, child.name]);
  };
  walk(root, []);
  return out;
}

/**
 * Whether a search text matches a move target as units are searched (shared/org/unit-search.ts: name,
 * code, the name's pinyin), or by the names of its path, which tell namesakes apart (by name only,
 * as branchMatches does: "hp" would otherwise list everything under 和平街道).
 */
export function moveTargetMatches(target: MoveTarget, search: string): boolean {
  return unitMatches(target.unit, search) || unitMatches({ name: target.label, code: '' }, search);
}

/**
 * Whether a unit placed under `parent` would turn it from an assessed branch into a general branch
 * (党总支): a branch is assessed while it is a leaf (docs/domain.md), so its first child takes it out
 * of every figure. The server removes its untouched drafts then, or refuses (ASSESSED_PARENT) when it
 * has any other assessment; the tree here cannot tell which, so the form warns before either.
 */
export function turnsIntoGeneralBranch(parent: AdminUnit): boolean {
  return parent.kind === 'BRANCH' && (parent.children ?? []).length === 0;
}

/** The id of the unit directly above `id` in the tree, or null. */
function parentIdOf(root: AdminUnit, id: string): string | null {
  for (const child of root.children ?? []) {
    if (child.id === id) return root.id;
    const below = parentIdOf(child, id);
    if (below) return below;
  }
  return null;
}

/** Why the API refused a move (extensions.reason of moveOrgUnit's BAD_USER_INPUT), when it said. */
export type MoveRefusal =
  'CYCLE' | 'KIND' | 'SAME_PARENT' | 'INACTIVE_PARENT' | 'CROSS_DISTRICT' | 'DISTRICT' | 'ASSESSED_PARENT';

const REFUSALS: readonly MoveRefusal[] = [
  'CYCLE',
  'KIND',
  'SAME_PARENT',
  'INACTIVE_PARENT',
  'CROSS_DISTRICT',
  'DISTRICT',
  // The chosen branch already has assessments. Not predicted by moveTargets: the tree here does not
  // know a branch's assessments, and the server decides.
  'ASSESSED_PARENT',
];

export function moveRefusalOf(error: unknown): MoveRefusal | null {
  return refusalReasonOf(error, REFUSALS);
}
