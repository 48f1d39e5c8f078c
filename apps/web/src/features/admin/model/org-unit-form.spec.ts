import { adminUnit as unit } from './test-units';
import {
  activeRefusalOf,
  adminTree,
  ancestorIds,
  childKindsOf,
  createRefusalOf,
  findAdminUnit,
  flattenUnits,
  newUnitValues,
  toCreateInput,
  toUpdateInput,
  UNIT_CODE_PATTERN,
  unitValues,
} from './org-unit-form';

const TREE = unit('d', 'DISTRICT', [
  unit('north', 'STREET', [
    unit('n1', 'BRANCH'),
    unit('n2', 'BRANCH', [], { name: '滨江社区党支部', sector: 'COMMUNITY' }),
  ]),
  unit('south', 'STREET', [unit('s1', 'BRANCH', [], { active: false })]),
]);

describe('org unit form', () => {
  it('creates what the API allows under each kind', () => {
    expect(childKindsOf('DISTRICT')).toEqual(['STREET']);
    expect(childKindsOf('STREET')).toEqual(['BRANCH']);
    expect(childKindsOf('BRANCH')).toEqual(['BRANCH']);
  });

  it('starts a new street without a sector and a new branch with its parent’s', () => {
    expect(newUnitValues(TREE)).toEqual({
      code: '',
      name: '',
      kind: 'STREET',
      sector: null,
      memberCount: 0,
      active: true,
    });
    expect(newUnitValues(findAdminUnit(TREE, 'n2')!)).toMatchObject({ kind: 'BRANCH', sector: 'COMMUNITY' });
  });

  it('builds the create input, trimmed, with a sector only for branches', () => {
    expect(
      toCreateInput(
        { code: ' N3 ', name: ' 新支部 ', kind: 'BRANCH', sector: 'SOE', memberCount: 12, active: true },
        'north',
      ),
    ).toEqual({
      parentId: 'north',
      code: 'N3',
      name: '新支部',
      kind: 'BRANCH',
      memberCount: 12,
      sector: 'SOE',
    });
    expect(
      toCreateInput(
        { code: 'S9', name: '新街道', kind: 'STREET', sector: 'SOE', memberCount: 0, active: true },
        'd',
      ),
    ).not.toHaveProperty('sector');
  });

  it('sends only the changed fields on update', () => {
    const n1 = findAdminUnit(TREE, 'n1')!;
    expect(toUpdateInput(unitValues(n1), n1)).toEqual({});
    expect(toUpdateInput({ ...unitValues(n1), name: '改名', active: false, sector: 'ORGAN' }, n1)).toEqual({
      name: '改名',
      active: false,
      sector: 'ORGAN',
    });
    const street = findAdminUnit(TREE, 'north')!;
    expect(toUpdateInput({ ...unitValues(street), sector: 'ORGAN', code: 'N-2' }, street)).toEqual({
      code: 'N-2',
    });
  });

  it('checks codes like the API', () => {
    expect(UNIT_CODE_PATTERN.test('SFQ-BY-001')).toBe(true);
    expect(UNIT_CODE_PATTERN.test('-x')).toBe(false);
    expect(UNIT_CODE_PATTERN.test('a b')).toBe(false);
    expect(UNIT_CODE_PATTERN.test('x'.repeat(65))).toBe(false);
  });
});

describe('admin tree', () => {
  it('expands only the district without a search', () => {
    const { nodes, expandedKeys } = adminTree(TREE, '');
    expect(nodes[0].children?.map((n) => n.key)).toEqual(['north', 'south']);
    expect(expandedKeys).toEqual(['d']);
  });

  it('keeps matches and their ancestors, expanded, by name or code', () => {
    const byName = adminTree(TREE, '滨江');
    expect(byName.nodes[0].children?.map((n) => n.key)).toEqual(['north']);
    expect(byName.nodes[0].children?.[0].children?.map((n) => n.key)).toEqual(['n2']);
    expect(byName.expandedKeys.sort()).toEqual(['d', 'north']);
    expect(adminTree(TREE, 's1').nodes[0].children?.map((n) => n.key)).toEqual(['south']);
    expect(adminTree(TREE, 'nothing').nodes).toEqual([]);
  });

  it("keeps matches by the name's pinyin, full or initials, as the server searches", () => {
    const tree = unit('d', 'DISTRICT', [
      unit('north', 'STREET', [
        unit('n1', 'BRANCH', [], { name: '和平社区党支部', namePinyin: 'hepingshequdangzhibu\u0001hpsqdzb' }),
        unit('n2', 'BRANCH', [], { name: '幸福村党支部', namePinyin: 'xingfucundangzhibu\u0001xfcdzb' }),
      ]),
    ]);
    for (const search of ['hp', 'HePing', 'he ping']) {
      const found = adminTree(tree, search);
      expect(found.nodes[0].children?.[0].children?.map((n) => n.key)).toEqual(['n1']);
      expect(found.expandedKeys.sort()).toEqual(['d', 'north']);
    }
    expect(adminTree(tree, 'buhp').nodes).toEqual([]);
  });

  it('finds and flattens units, inactive ones included', () => {
    expect(flattenUnits(TREE).map((u) => u.id)).toEqual(['d', 'north', 'n1', 'n2', 'south', 's1']);
    expect(findAdminUnit(TREE, 's1')?.active).toBe(false);
  });

  it('finds the ancestors to expand down to a unit', () => {
    expect(ancestorIds(TREE, 'n2')).toEqual(['d', 'north']);
    expect(ancestorIds(TREE, 'north')).toEqual(['d']);
    expect(ancestorIds(TREE, 'd')).toEqual([]);
    expect(ancestorIds(TREE, 'nowhere')).toEqual([]);
  });
});

describe('create refusals', () => {
  const refused = (reason: string) => ({
    graphQLErrors: [
      { message: 'parentId: …', extensions: { code: 'BAD_USER_INPUT', field: 'parentId', reason } },
    ],
  });

  it('reads ASSESSED_PARENT (the parent branch already has assessments)', () => {
    expect(createRefusalOf(refused('ASSESSED_PARENT'))).toBe('ASSESSED_PARENT');
  });

  it('leaves other refusals to the field mapping or the server’s description', () => {
    expect(createRefusalOf(refused('CYCLE'))).toBeNull();
    expect(
      createRefusalOf({
        graphQLErrors: [{ message: 'code: taken', extensions: { code: 'BAD_USER_INPUT', field: 'code' } }],
      }),
    ).toBeNull();
    expect(createRefusalOf(null)).toBeNull();
  });
});

describe('active flag refusals', () => {
  const refused = (extensions: Record<string, unknown>) => ({
    graphQLErrors: [
      { message: 'active: …', extensions: { code: 'BAD_USER_INPUT', field: 'active', ...extensions } },
    ],
  });

  it('reads ACTIVE_CHILDREN with how many units are still active below', () => {
    expect(activeRefusalOf(refused({ reason: 'ACTIVE_CHILDREN', activeBelow: 19 }))).toEqual({
      reason: 'ACTIVE_CHILDREN',
      count: 19,
    });
  });

  it('reads INACTIVE_PARENT, for reactivating and for creating under an inactive parent', () => {
    expect(activeRefusalOf(refused({ reason: 'INACTIVE_PARENT' }))).toEqual({ reason: 'INACTIVE_PARENT' });
    expect(
      createRefusalOf({
        graphQLErrors: [
          {
            message: 'parentId: …',
            extensions: { code: 'BAD_USER_INPUT', field: 'parentId', reason: 'INACTIVE_PARENT' },
          },
        ],
      }),
    ).toBe('INACTIVE_PARENT');
  });

  it('leaves other refusals to the field mapping', () => {
    expect(activeRefusalOf(refused({}))).toBeNull();
    expect(activeRefusalOf(null)).toBeNull();
  });
});
