import {
  ancestorsOf,
  branchMatches,
  findUnit,
  leafBranches,
  type OrgNode,
  overviewUnitOptions,
} from './org-tree';

const unit = (
  id: string,
  kind: OrgNode['kind'],
  children: OrgNode[] = [],
  sector: OrgNode['sector'] = null,
): OrgNode => ({
  id,
  code: id.toUpperCase(),
  name: `名称${id}`,
  kind,
  sector,
  active: true,
  children,
});

// district → north (2 branches), south (a 党总支 with 2 sub-branches, 1 branch), empty street
const TREE = unit('d', 'DISTRICT', [
  unit('north', 'STREET', [unit('n1', 'BRANCH', [], 'RURAL'), unit('n2', 'BRANCH', [], 'COMMUNITY')]),
  unit('south', 'STREET', [
    unit('general', 'BRANCH', [unit('g1', 'BRANCH', [], 'SOE'), unit('g2', 'BRANCH')]),
    unit('s1', 'BRANCH'),
  ]),
  unit('empty', 'STREET'),
]);

describe('org tree helpers', () => {
  it('offers every unit of a tree loaded without assessed leaves (streets arrive childless)', () => {
    // What orgTree(withoutAssessedLeaves: true) answers: streets and a 党总支 without their leaf branches.
    const served = unit('d', 'DISTRICT', [
      unit('east', 'STREET'),
      unit('south', 'STREET', [unit('general', 'BRANCH')]),
    ]);
    expect(overviewUnitOptions(served, { leavesOmitted: true })).toEqual({
      value: 'd',
      title: '名称d',
      children: [
        { value: 'east', title: '名称east' },
        { value: 'south', title: '名称south', children: [{ value: 'general', title: '名称general' }] },
      ],
    });
  });

  it('offers only units with units below them in the overview picker', () => {
    expect(overviewUnitOptions(TREE)).toEqual({
      value: 'd',
      title: '名称d',
      children: [
        { value: 'north', title: '名称north' },
        { value: 'south', title: '名称south', children: [{ value: 'general', title: '名称general' }] },
      ],
    });
  });

  it('finds a unit and its ancestors at any depth', () => {
    expect(findUnit(TREE, 'g2')?.name).toBe('名称g2');
    expect(findUnit(TREE, 'nowhere')).toBeNull();
    expect(ancestorsOf(TREE, 'g1').map((u) => u.id)).toEqual(['d', 'south', 'general', 'g1']);
    expect(ancestorsOf(TREE, 'd').map((u) => u.id)).toEqual(['d']);
    expect(ancestorsOf(TREE, 'nowhere')).toEqual([]);
  });

  it('lists leaf branches in tree order with their parent', () => {
    expect(leafBranches(TREE).map((b) => [b.id, b.parentName, b.sector])).toEqual([
      ['n1', '名称north', 'RURAL'],
      ['n2', '名称north', 'COMMUNITY'],
      ['g1', '名称general', 'SOE'],
      ['g2', '名称general', null],
      ['s1', '名称south', null],
    ]);
  });

  it('matches branch searches by name, code or parent', () => {
    const [n1] = leafBranches(TREE);
    expect(branchMatches(n1, '')).toBe(true);
    expect(branchMatches(n1, 'n1')).toBe(true);
    expect(branchMatches(n1, 'NORTH')).toBe(true);
    expect(branchMatches(n1, '南')).toBe(false);
  });

  it("matches a branch by its name's pinyin, carried from the tree, and its parent by name only", () => {
    const tree: OrgNode = {
      ...unit('s', 'STREET'),
      name: '和平街道',
      namePinyin: 'hepingjiedao\u0001hpjd',
      children: [
        { ...unit('b1', 'BRANCH'), name: '和平社区党支部', namePinyin: 'hepingshequdangzhibu\u0001hpsqdzb' },
        { ...unit('b2', 'BRANCH'), name: '幸福村党支部', namePinyin: 'xingfucundangzhibu\u0001xfcdzb' },
      ],
    };
    const [heping, xingfu] = leafBranches(tree);
    expect(heping.namePinyin).toBe('hepingshequdangzhibu\u0001hpsqdzb');
    expect(branchMatches(heping, 'hp')).toBe(true);
    expect(branchMatches(heping, 'heping')).toBe(true);
    expect(branchMatches(xingfu, 'xfc')).toBe(true);
    // Under 和平街道, but "hp" is not its name: only the street's name (typed) lists its branches.
    expect(branchMatches(xingfu, 'hp')).toBe(false);
    expect(branchMatches(xingfu, '和平')).toBe(true);
  });
});
