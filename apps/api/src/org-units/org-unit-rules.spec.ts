import { OrgUnitKind } from './org-unit.enums';
import {
  activeChangeRefusal,
  assessedParentRefusal,
  isUntouchedDraft,
  moveRefusal,
  movedPath,
  parentPathOf,
  type ParentAssessment,
  type TreeUnit,
} from './org-unit-rules';

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
    expect(err?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'parentId',
      reason: 'CROSS_DISTRICT',
    });
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

const assessment = (
  periodCode: string,
  status: ParentAssessment['status'],
  hasValues: boolean,
  version = 1,
): ParentAssessment => ({
  id: `a-${periodCode}`,
  periodId: `p-${periodCode}`,
  periodCode,
  status,
  version,
  hasValues,
});

describe('isUntouchedDraft', () => {
  it.each([
    ['an empty DRAFT', true, assessment('2026Q4', 'DRAFT', false)],
    [
      'an empty DRAFT saved with nothing (version bumped, still no values)',
      true,
      assessment('2026Q4', 'DRAFT', false, 2),
    ],
    ['a DRAFT with saved values', false, assessment('2026Q4', 'DRAFT', true, 2)],
    [
      'a DRAFT with values written at version 1 (seeded beside the API)',
      false,
      assessment('2026Q4', 'DRAFT', true),
    ],
    ['a SUBMITTED one, even without values', false, assessment('2026Q4', 'SUBMITTED', false)],
    ['a RETURNED one', false, assessment('2026Q4', 'RETURNED', true)],
    ['an APPROVED one', false, assessment('2026Q4', 'APPROVED', true)],
  ])('%s: untouched %s', (_label, expected, a) => {
    expect(isUntouchedDraft(a)).toBe(expected);
  });
});

describe('assessedParentRefusal', () => {
  const parent = { code: 'B-A1' };

  it.each([
    ['no assessments', []],
    ['only untouched drafts', [assessment('2026Q3', 'DRAFT', false), assessment('2026Q4', 'DRAFT', false)]],
  ])('allows a parent with %s', (_label, assessments) => {
    expect(assessedParentRefusal(parent, assessments)).toBeNull();
  });

  it.each([
    ['an APPROVED quarter', [assessment('2026Q3', 'APPROVED', true)], ['2026Q3'], '2026Q3 APPROVED'],
    ['a SUBMITTED quarter', [assessment('2026Q4', 'SUBMITTED', true)], ['2026Q4'], '2026Q4 SUBMITTED'],
    [
      'a DRAFT with values',
      [assessment('2026Q4', 'DRAFT', true, 3)],
      ['2026Q4'],
      '2026Q4 DRAFT with saved values',
    ],
    [
      'a past quarter beside an untouched draft (only the kept one is named)',
      [assessment('2026Q3', 'RETURNED', true), assessment('2026Q4', 'DRAFT', false)],
      ['2026Q3'],
      '2026Q3 RETURNED',
    ],
  ])('refuses a parent with %s, naming parentId and the quarters', (_label, assessments, periods, listed) => {
    const err = assessedParentRefusal(parent, assessments);
    expect(err?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'parentId',
      reason: 'ASSESSED_PARENT',
      periods,
    });
    expect(err?.message).toMatch(/^parentId: branch B-A1 already has assessments/);
    expect(err?.message).toContain(`(${listed})`);
    expect(err?.message).toContain('move the branches under it instead');
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

describe('activeChangeRefusal', () => {
  const street = { name: '东城街道', active: true };

  it('refuses deactivating a unit with active units under it, naming how many and what to do', () => {
    const err = activeChangeRefusal(street, false, { parentActive: true, activeBelow: 19 });
    expect(err?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'active',
      reason: 'ACTIVE_CHILDREN',
      activeBelow: 19,
      message: {
        zh: '“东城街道”下还有 19 个启用的下级单位，请先将其停用或移到其他单位之下，再停用本单位。',
      },
    });
    expect(err?.message).toBe(
      'active: 东城街道 still has 19 active units under it; deactivate them or move them under another unit first',
    );
  });

  it('allows deactivating a unit whose subtree is inactive or empty', () => {
    expect(activeChangeRefusal(street, false, { parentActive: true, activeBelow: 0 })).toBeNull();
  });

  it('refuses reactivating a unit under an inactive parent, and allows it under an active one', () => {
    const closed = { name: '和平社区党支部', active: false };
    expect(
      activeChangeRefusal(closed, true, { parentActive: false, activeBelow: 0 })?.extensions,
    ).toMatchObject({ field: 'active', reason: 'INACTIVE_PARENT' });
    expect(activeChangeRefusal(closed, true, { parentActive: true, activeBelow: 0 })).toBeNull();
    // A district has no parent.
    expect(activeChangeRefusal(closed, true, { parentActive: null, activeBelow: 0 })).toBeNull();
  });

  it('lets an unchanged flag through whatever is around it', () => {
    expect(activeChangeRefusal(street, true, { parentActive: false, activeBelow: 3 })).toBeNull();
  });
});
