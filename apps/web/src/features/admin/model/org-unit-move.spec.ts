import type { AdminUnit } from './org-unit-form';
import {
  moveRefusalOf,
  moveTargetMatches,
  moveTargets,
  parentKindsOf,
  turnsIntoGeneralBranch,
} from './org-unit-move';
import { adminUnit as unit } from './test-units';

// d ─ north ─ n1 ─ n1a
//   │       └ n2
//   ├ south ─ s1 (inactive) ─ s1a
//   │       └ s2
//   └ west (inactive) ─ w1
const TREE = unit('d', 'DISTRICT', [
  unit('north', 'STREET', [unit('n1', 'BRANCH', [unit('n1a', 'BRANCH')]), unit('n2', 'BRANCH')]),
  unit('south', 'STREET', [
    unit('s1', 'BRANCH', [unit('s1a', 'BRANCH')], { active: false }),
    unit('s2', 'BRANCH'),
  ]),
  unit('west', 'STREET', [unit('w1', 'BRANCH')], { active: false }),
]);

const find = (id: string, node: AdminUnit = TREE): AdminUnit | null =>
  node.id === id ? node : ((node.children ?? []).map((c) => find(id, c)).find(Boolean) ?? null);
const ids = (id: string) => moveTargets(TREE, find(id)!).map((t) => t.unit.id);

describe('move targets', () => {
  it('follows the API kind rules', () => {
    expect(parentKindsOf('DISTRICT')).toEqual([]);
    expect(parentKindsOf('STREET')).toEqual(['DISTRICT']);
    expect(parentKindsOf('BRANCH')).toEqual(['STREET', 'BRANCH']);
  });

  it('offers a branch every active street and branch except itself, its subtree and its parent', () => {
    expect(ids('n1')).toEqual(['n2', 'south', 's2']);
    expect(ids('n1a')).toEqual(['north', 'n2', 'south', 's2']);
    expect(ids('s2')).toEqual(['north', 'n1', 'n1a', 'n2']);
  });

  it('leaves out inactive units and what is below them', () => {
    expect(ids('n2')).not.toContain('s1');
    expect(ids('n2')).not.toContain('s1a');
    expect(ids('n2')).not.toContain('west');
    expect(ids('n2')).not.toContain('w1');
  });

  it('knows the current parent from the tree when parentId is not loaded', () => {
    expect(moveTargets(TREE, { ...find('n2')!, parentId: undefined }).map((t) => t.unit.id)).not.toContain(
      'north',
    );
    expect(moveTargets(TREE, { ...find('n2')!, parentId: 'north' }).map((t) => t.unit.id)).not.toContain(
      'north',
    );
  });

  it('has nothing for a district, and nothing for a street of a one-district tree (its only parent is its own)', () => {
    expect(ids('d')).toEqual([]);
    expect(ids('north')).toEqual([]);
  });

  it('labels each choice with its way down from the district', () => {
    const targets = moveTargets(TREE, find('n2')!);
    expect(targets.find((t) => t.unit.id === 'n1a')?.label).toBe('名称north / 名称n1 / 名称n1a');
    expect(targets.find((t) => t.unit.id === 'south')?.label).toBe('名称south');
  });
});

describe('move refusals', () => {
  it('reads the reason of a BAD_USER_INPUT refusal', () => {
    const error = {
      graphQLErrors: [
        {
          message: 'parentId: …',
          extensions: { code: 'BAD_USER_INPUT', field: 'parentId', reason: 'CYCLE' },
        },
      ],
    };
    expect(moveRefusalOf(error)).toBe('CYCLE');
  });

  it('reads ASSESSED_PARENT, which the targets do not predict (the server knows the assessments)', () => {
    const error = {
      graphQLErrors: [
        {
          message: 'parentId: branch N2 already has assessments (2026Q3 APPROVED): …',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'parentId',
            reason: 'ASSESSED_PARENT',
            periods: ['2026Q3'],
          },
        },
      ],
    };
    expect(moveRefusalOf(error)).toBe('ASSESSED_PARENT');
    expect(ids('n1a')).toContain('n2');
  });

  it('is null for other errors and unknown reasons', () => {
    expect(moveRefusalOf({ graphQLErrors: [{ extensions: { code: 'FORBIDDEN' } }] })).toBeNull();
    expect(
      moveRefusalOf({ graphQLErrors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'SOMETHING' } }] }),
    ).toBeNull();
    expect(moveRefusalOf(null)).toBeNull();
    expect(moveRefusalOf(new Error('network'))).toBeNull();
  });
});

describe('turnsIntoGeneralBranch', () => {
  it.each([
    ['an assessed leaf branch', 'n2', true],
    ['a general branch (it has a child)', 'n1', false],
    ['a street', 'north', false],
    ['the district', 'd', false],
  ])('%s: %s', (_label, id, expected) => {
    expect(turnsIntoGeneralBranch(find(id)!)).toBe(expected);
  });
});

describe('moveTargetMatches', () => {
  const target = {
    unit: unit('hp1', 'BRANCH', [], {
      name: '和平社区党支部',
      code: 'HP-01',
      namePinyin: 'hepingshequdangzhibu\u0001hpsqdzb',
    }),
    label: '和平街道 / 和平社区党支部',
  };
  // A branch of 和平街道: the street's name is in its path, the street's pinyin (hpjd) is not its own.
  const underHePing = {
    unit: unit('x', 'BRANCH', [], { name: '幸福村党支部', namePinyin: 'xingfucundangzhibu\u0001xfcdzb' }),
    label: '和平街道 / 幸福村党支部',
  };

  it.each([
    ['the pinyin initials', 'hp', true],
    ['the full reading, spaces and case ignored', 'He Ping', true],
    ['the code', 'hp-01', true],
    ['not across the full reading and the initials', 'buhp', false],
  ])('%s: %s', (_label, search, expected) => {
    expect(moveTargetMatches(target, search)).toBe(expected);
  });

  it('matches the names above a target by name only', () => {
    expect(moveTargetMatches(underHePing, '和平街道')).toBe(true);
    expect(moveTargetMatches(underHePing, 'hp')).toBe(false);
  });
});
