import { OrgUnit } from './models/org-unit.model';
import { OrgUnitEntity, pathDepth } from './org-unit.entity';

export function toOrgUnitModel(e: OrgUnitEntity, children?: OrgUnit[] | null): OrgUnit {
  return {
    id: e.id,
    parentId: e.parentId,
    code: e.code,
    name: e.name,
    kind: e.kind,
    sector: e.sector,
    memberCount: e.memberCount,
    active: e.active,
    districtId: e.districtId,
    depth: pathDepth(e.path),
    path: e.path,
    children: children ?? null,
  };
}

/** Nest a subtree's rows (any order) under its root; children sorted by code. */
export function buildTree(root: OrgUnitEntity, rows: OrgUnitEntity[]): OrgUnit {
  const byParent = new Map<string, OrgUnitEntity[]>();
  for (const r of rows) {
    if (r.id === root.id || !r.parentId) continue;
    const list = byParent.get(r.parentId) ?? [];
    list.push(r);
    byParent.set(r.parentId, list);
  }
  const build = (e: OrgUnitEntity): OrgUnit => {
    const kids = (byParent.get(e.id) ?? []).sort((a, b) => a.code.localeCompare(b.code)).map(build);
    // Rows read by a query: the search pinyin is undefined unless it was selected (orgTree selects it).
    // Only here: a saved entity's is null whatever is stored, so other answers leave it to the resolver.
    const unit = toOrgUnitModel(e, kids);
    if (e.namePinyin !== undefined) unit.namePinyin = e.namePinyin;
    return unit;
  };
  return build(root);
}

/** Audit snapshot. */
export function orgUnitSnapshot(e: OrgUnitEntity): Record<string, unknown> {
  const { children: _children, ...rest } = toOrgUnitModel(e);
  return rest as unknown as Record<string, unknown>;
}
