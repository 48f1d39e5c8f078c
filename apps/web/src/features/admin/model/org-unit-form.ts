import type { CreateOrgUnitInput, UpdateOrgUnitInput } from '../../../generated/graphql';
import type { SectorCode } from '../../../shared/org/domain';
import { unitSearch } from '../../../shared/org/unit-search';
import { refusalReasonOf } from './server-errors';

export type UnitKind = 'DISTRICT' | 'STREET' | 'BRANCH';

/** A unit of the admin tree (inactive ones included), any depth. */
export interface AdminUnit {
  id: string;
  code: string;
  name: string;
  /** The name's search pinyin (shared/org/unit-search.ts): the tree selects it, the mutations do not. */
  namePinyin?: string | null;
  kind: UnitKind;
  sector?: SectorCode | null;
  memberCount: number;
  active: boolean;
  parentId?: string | null;
  children?: readonly AdminUnit[] | null;
}

export interface UnitFormValues {
  code: string;
  name: string;
  kind: UnitKind;
  sector: SectorCode | null;
  memberCount: number;
  active: boolean;
}

/** What may be created under a unit, as the API allows: streets under a district, branches below. */
export function childKindsOf(parent: UnitKind): UnitKind[] {
  return parent === 'DISTRICT' ? ['STREET'] : ['BRANCH'];
}

/** The API's code rule, checked before sending so the message appears at the field. */
export { UNIT_CODE_PATTERN } from '@pathboard/text-limits';

/**
 * Why the API refused to create a unit, when it is a tree rule the form words itself (the other
 * refusals name a field of the form, or are shown as the server describes them).
 * ASSESSED_PARENT: the parent is a branch that already has assessments.
 * INACTIVE_PARENT: the parent is inactive (an active unit never sits under an inactive one).
 */
export type CreateRefusal = 'ASSESSED_PARENT' | 'INACTIVE_PARENT';

const CREATE_REFUSALS: readonly CreateRefusal[] = ['ASSESSED_PARENT', 'INACTIVE_PARENT'];

export function createRefusalOf(error: unknown): CreateRefusal | null {
  return refusalReasonOf(error, CREATE_REFUSALS);
}

/**
 * Why the API refused to change a unit's active flag (docs/domain.md#deactivation), worded by the
 * form at the switch rather than in the server's English:
 * ACTIVE_CHILDREN: units under it are still active (`count` of them); deactivation does not cascade.
 * INACTIVE_PARENT: reactivating under an inactive parent.
 */
export type ActiveRefusal = { reason: 'ACTIVE_CHILDREN'; count: number } | { reason: 'INACTIVE_PARENT' };

export function activeRefusalOf(error: unknown): ActiveRefusal | null {
  const reason = refusalReasonOf(error, ['ACTIVE_CHILDREN', 'INACTIVE_PARENT'] as const);
  if (reason !== 'ACTIVE_CHILDREN') return reason ? { reason } : null;
  const errors =
    (error as { graphQLErrors?: readonly { extensions?: Record<string, unknown> }[] } | null)
      ?.graphQLErrors ?? [];
  const count = errors.find((e) => e.extensions?.['reason'] === reason)?.extensions?.['activeBelow'];
  return { reason, count: typeof count === 'number' ? count : 0 };
}

export function newUnitValues(parent: AdminUnit): UnitFormValues {
  const kind = childKindsOf(parent.kind)[0];
  // A new branch most often shares its parent's sector (a 党总支's branches); a street has none.
  return {
    code: '',
    name: '',
    kind,
    sector: kind === 'BRANCH' ? (parent.sector ?? null) : null,
    memberCount: 0,
    active: true,
  };
}

export function unitValues(unit: AdminUnit): UnitFormValues {
  return {
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    sector: unit.sector ?? null,
    memberCount: unit.memberCount,
    active: unit.active,
  };
}

export function toCreateInput(values: UnitFormValues, parentId: string): CreateOrgUnitInput {
  return {
    parentId,
    code: values.code.trim(),
    name: values.name.trim(),
    kind: values.kind,
    memberCount: values.memberCount,
    ...(values.kind === 'BRANCH' && values.sector ? { sector: values.sector } : {}),
  };
}

/** Only what changed: an unchanged code is not re-sent (so it cannot clash with itself). */
export function toUpdateInput(values: UnitFormValues, original: AdminUnit): UpdateOrgUnitInput {
  const input: UpdateOrgUnitInput = {};
  if (values.code.trim() !== original.code) input.code = values.code.trim();
  if (values.name.trim() !== original.name) input.name = values.name.trim();
  if (values.memberCount !== original.memberCount) input.memberCount = values.memberCount;
  if (values.active !== original.active) input.active = values.active;
  if (original.kind === 'BRANCH' && values.sector && values.sector !== (original.sector ?? null))
    input.sector = values.sector;
  return input;
}

export interface AdminTreeNode {
  key: string;
  title: string;
  unit: AdminUnit;
  children?: AdminTreeNode[];
}

/**
 * The tree for the admin's unit list, narrowed by a search (by name, code or the name's pinyin, as the
 * server searches: shared/org/unit-search.ts): a unit shows when it or anything below it matches, and
 * the ancestors of matches are expanded. Without a search, the district and its streets are expanded
 * (thousands of branches stay folded until opened).
 */
export function adminTree(
  root: AdminUnit,
  search: string,
): { nodes: AdminTreeNode[]; expandedKeys: string[] } {
  const matches = unitSearch(search);
  const expanded: string[] = [];
  const build = (unit: AdminUnit, depth: number): AdminTreeNode | null => {
    const children = (unit.children ?? [])
      .map((c) => build(c, depth + 1))
      .filter((n): n is AdminTreeNode => n !== null);
    const self = !matches || matches(unit);
    if (!self && children.length === 0) return null;
    if (matches ? children.length > 0 : depth === 0) expanded.push(unit.id);
    return { key: unit.id, title: unit.name, unit, ...(children.length ? { children } : {}) };
  };
  const top = build(root, 0);
  return { nodes: top ? [top] : [], expandedKeys: expanded };
}

export function findAdminUnit(root: AdminUnit, id: string): AdminUnit | null {
  if (root.id === id) return root;
  for (const child of root.children ?? []) {
    const found = findAdminUnit(child, id);
    if (found) return found;
  }
  return null;
}

/** Every unit of the tree, for counts and pickers. */
export function flattenUnits(root: AdminUnit): AdminUnit[] {
  return [root, ...(root.children ?? []).flatMap(flattenUnits)];
}

/** Ids of the units above `id`, root first (to expand the tree down to a unit just created). */
export function ancestorIds(root: AdminUnit, id: string): string[] {
  if (root.id === id) return [];
  for (const child of root.children ?? []) {
    if (child.id === id) return [root.id];
    const below = ancestorIds(child, id);
    if (below.length) return [root.id, ...below];
  }
  return [];
}
