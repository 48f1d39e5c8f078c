import type { SectorCode } from './domain';
import { unitMatches } from './unit-search';

/** A unit of the org tree as the picker queries return it (any depth of nesting). */
export interface OrgNode {
  id: string;
  code: string;
  name: string;
  /** The name's search pinyin (unit-search.ts), when the query selects it. */
  namePinyin?: string | null;
  kind: 'DISTRICT' | 'STREET' | 'BRANCH';
  sector?: SectorCode | null;
  active: boolean;
  children?: readonly OrgNode[] | null;
}

/** antd TreeSelect/Tree data. */
export interface UnitTreeOption {
  value: string;
  title: string;
  children?: UnitTreeOption[];
}

/** A branch that can be assessed (a leaf), with where it sits, for searchable branch pickers. */
export interface BranchOption {
  id: string;
  code: string;
  name: string;
  /** Its name's search pinyin (unit-search.ts); absent when its tree was loaded without it. */
  namePinyin?: string | null;
  parentName: string | null;
  sector: SectorCode | null;
  active: boolean;
}

function hasChildren(node: OrgNode): boolean {
  return (node.children?.length ?? 0) > 0;
}

export interface OverviewUnitOptionsConfig {
  /**
   * The tree was loaded with `withoutAssessedLeaves` (OVERVIEW_UNIT_TREE): the server sent only the
   * units that have units below them, and a street arrives without its branches. Every unit of such
   * a tree is a committee unit; testing for children there dropped every street (audit 14).
   */
  leavesOmitted?: boolean;
}

/**
 * The units a committee overview can be opened for: every unit that has units below it (district,
 * streets, general branches 党总支). Leaf branches are left out: they have their own branch page,
 * and 5,000 of them would make the picker useless.
 */
export function overviewUnitOptions(
  root: OrgNode,
  { leavesOmitted = false }: OverviewUnitOptionsConfig = {},
): UnitTreeOption {
  const children = (root.children ?? [])
    .filter((child) => leavesOmitted || hasChildren(child))
    .map((child) => overviewUnitOptions(child, { leavesOmitted }));
  return { value: root.id, title: root.name, ...(children.length ? { children } : {}) };
}

export function findUnit(root: OrgNode, id: string): OrgNode | null {
  if (root.id === id) return root;
  for (const child of root.children ?? []) {
    const found = findUnit(child, id);
    if (found) return found;
  }
  return null;
}

/** The units from the root down to `id`, both included (the breadcrumb); empty when not in the tree. */
export function ancestorsOf(root: OrgNode, id: string): OrgNode[] {
  if (root.id === id) return [root];
  for (const child of root.children ?? []) {
    const path = ancestorsOf(child, id);
    if (path.length) return [root, ...path];
  }
  return [];
}

/** Every leaf branch under the root, depth first (tree order), with its parent's name. */
export function leafBranches(root: OrgNode): BranchOption[] {
  const out: BranchOption[] = [];
  const walk = (node: OrgNode, parent: OrgNode | null) => {
    if (node.kind === 'BRANCH' && !hasChildren(node)) {
      out.push({
        id: node.id,
        code: node.code,
        name: node.name,
        namePinyin: node.namePinyin ?? null,
        parentName: parent?.name ?? null,
        sector: node.sector ?? null,
        active: node.active,
      });
      return;
    }
    for (const child of node.children ?? []) walk(child, node);
  };
  walk(root, null);
  return out;
}

/**
 * Whether a search text matches a branch as units are searched (unit-search.ts: name, code, the name's
 * pinyin), or by its parent's name, which tells namesakes apart (by name only: "hp" would otherwise
 * list every branch of 和平街道).
 */
export function branchMatches(option: BranchOption, search: string): boolean {
  return unitMatches(option, search) || unitMatches({ name: option.parentName ?? '', code: '' }, search);
}
