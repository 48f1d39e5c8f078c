import { OrgUnitEntity } from './org-unit.entity';
import { OrgUnitKind } from './org-unit.enums';
import { buildTree, orgUnitSnapshot, toOrgUnitModel } from './org-unit.mapper';

// As TypeORM reads them: `namePinyin` (select: false) is undefined unless the query selected it.
const row = (id: string, parentId: string | null, namePinyin?: string | null): OrgUnitEntity =>
  Object.assign(new OrgUnitEntity(), {
    id,
    parentId,
    path: parentId ? `/d/${id}/` : '/d/',
    code: id.toUpperCase(),
    name: id,
    ...(namePinyin !== undefined ? { namePinyin } : {}),
    kind: parentId ? OrgUnitKind.STREET : OrgUnitKind.DISTRICT,
    sector: null,
    memberCount: 0,
    active: true,
    districtId: 'd',
  });

describe('org unit mapper: the search pinyin', () => {
  it('carries the pinyin of rows read with it (orgTree), null included, to every level of the tree', () => {
    const tree = buildTree(row('d', null, 'qu\u0001q'), [row('d', null, 'qu\u0001q'), row('s', 'd', null)]);
    expect(tree.namePinyin).toBe('qu\u0001q');
    expect(tree.children?.[0].namePinyin).toBeNull();
  });

  it('leaves it undefined otherwise, for the field resolver to look up, and out of audit snapshots', () => {
    expect(buildTree(row('d', null), [row('s', 'd')]).children?.[0]).not.toHaveProperty('namePinyin');
    // A saved entity's is null whatever is stored (the refresh writes it), so it is never passed on.
    expect(toOrgUnitModel(row('s', 'd', null), null)).not.toHaveProperty('namePinyin');
    expect(orgUnitSnapshot(row('s', 'd', 'x\u0001x'))).not.toHaveProperty('namePinyin');
  });
});
