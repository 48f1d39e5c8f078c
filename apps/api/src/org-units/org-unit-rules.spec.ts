import { OrgUnitKind } from './org-unit.enums';
import { moveRefusal, movedPath, parentPathOf, type TreeUnit } from './org-unit-rules';

const unit = (id: string, path: string, kind: OrgUnitKind, extra: Partial<TreeUnit> = {}): TreeUnit => ({
  id,
  parentId: path.split('/').filter(Boolean).slice(-2, -1)[0] ?? null,
  path,
  kind,
  districtId: path.split('/')[1],
  active: true,
  ...extra,
});

const d = unit('d', '/d/', OrgUnitKind.DISTRICT);
const s1 = unit('s1', '/d/s1/', OrgUnitKind.STREET);
const s2 = unit('s2', '/d/s2/', OrgUnitKind.STREET);
const b1 = unit('b1', '/d/s1/b1/', OrgUnitKind.BRANCH);
const b11 = unit('b11', '/d/s1/b1/b11/', OrgUnitKind.BRANCH);
const b2 = unit('b2', '/d/s2/b2/', OrgUnitKind.BRANCH);
const otherStreet = unit('x1', '/x/x1/', OrgUnitKind.STREET);

const reasonOf = (u: TreeUnit, p: TreeUnit) => {
  const err = moveRefusal(u, p);
  return err ? [err.extensions['field'], err.extensions['reason']] : null;
};

describe('moveRefusal', () => {
  it('allows a branch under another street or branch of its district', () => {
    expect(moveRefusal(b1, s2)).toBeNull();
    expect(moveRefusal(b1, b2)).toBeNull();
    expect(moveRefusal(b11, s2)).toBeNull();
  });

  it('refuses cycles: under itself or its own subtree', () => {
    expect(reasonOf(b1, b1)).toEqual(['parentId', 'CYCLE']);
    expect(reasonOf(b1, b11)).toEqual(['parentId', 'CYCLE']);
    expect(reasonOf(s1, b1)).toEqual(['parentId', 'CYCLE']);
  });

  it('does not mistake a sibling sharing an id prefix for a descendant', () => {
    const b1x = unit('b1x', '/d/s1/b1x/', OrgUnitKind.BRANCH);
    expect(moveRefusal(b1, b1x)).toBeNull();
  });

  it('refuses another district with a message saying why', () => {
    const err = moveRefusal(b1, otherStreet);
    expect(err?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId', reason: 'CROSS_DISTRICT' });
    expect(err?.message).toMatch(/^parentId: .*another district/);
  });

  it('keeps the kind rules of createOrgUnit', () => {
    expect(reasonOf(b1, d)).toEqual(['parentId', 'KIND']);
    expect(reasonOf(s1, s2)).toEqual(['parentId', 'KIND']);
    expect(reasonOf(s1, b2)).toEqual(['parentId', 'KIND']);
    expect(reasonOf(d, s1)).toEqual(['id', 'DISTRICT']);
  });

  it('refuses the current parent and an inactive one', () => {
    expect(reasonOf(b1, s1)).toEqual(['parentId', 'SAME_PARENT']);
    expect(reasonOf(b1, { ...s2, active: false })).toEqual(['parentId', 'INACTIVE_PARENT']);
  });
});

describe('paths', () => {
  it('computes the moved path and a parent path', () => {
    expect(movedPath(b1, s2)).toBe('/d/s2/b1/');
    expect(parentPathOf('/d/s1/b1/')).toBe('/d/s1/');
    expect(parentPathOf('/d/s1/')).toBe('/d/');
    expect(parentPathOf('/d/')).toBeNull();
  });
});
