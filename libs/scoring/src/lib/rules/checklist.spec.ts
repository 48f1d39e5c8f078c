import { issuesOfOne, scoreOne } from '../engine/test-frameworks';
import type { Rule } from '../types';
import { ruleInput, ruleModule, sampleInput } from './registry';

const t = (zh: string, en: string) => ({ zh, en });
/** 每缺一项扣 5 分 (责任到人 8 分); M 15. */
const rule = {
  type: 'checklist',
  maxPoints: 15,
  deduction: 5,
  items: [
    { code: 'LIST', name: t('清单建立', 'list set up') },
    { code: 'TIERS', name: t('分级管理', 'tiered management') },
    { code: 'OWNERS', name: t('责任到人', 'named owners'), deduction: 8 },
  ],
} as Rule;
/** 11 items (past the 10-item table), 2 points each; M 20. */
const long = {
  type: 'checklist',
  maxPoints: 20,
  deduction: 2,
  items: Array.from({ length: 11 }, (_, i) => ({ code: `I${i}`, name: t(`项${i}`, `item ${i}`) })),
} as Rule;
const codes = (n: number) => Array.from({ length: n }, (_, i) => `I${i}`);

describe('checklist: max(0, M − Σ deduction of each missing item)', () => {
  it.each<[string, Rule, string[], number]>([
    ['all present: full', rule, ['LIST', 'TIERS', 'OWNERS'], 15],
    ['in any order: full', rule, ['OWNERS', 'LIST', 'TIERS'], 15],
    ['LIST missing: 15 − 5 = 10', rule, ['TIERS', 'OWNERS'], 10],
    ['OWNERS missing, its own deduction: 15 − 8 = 7', rule, ['LIST', 'TIERS'], 7],
    ['LIST and TIERS missing: 15 − 10 = 5', rule, ['OWNERS'], 5],
    ['all missing: max(0, 15 − 18) = 0', rule, [], 0],
    ['11 items, all present: 20', long, codes(11), 20],
    ['11 items, one missing: 18', long, codes(10), 18],
    ['11 items, none: max(0, 20 − 22) = 0', long, [], 0],
  ])('%s', (_name, r, present, points) => {
    expect(scoreOne(r, present).points).toBe(points);
  });

  it('explains itself in zh and en', () => {
    expect(scoreOne(rule, ['LIST', 'TIERS', 'OWNERS']).reason).toEqual({
      zh: '各项齐全，得 15/15 分',
      en: 'every item present: 15 of 15 points',
    });
    expect(scoreOne(rule, ['TIERS']).reason).toEqual({
      zh: '缺 清单建立（−5）、责任到人（−8），得 2/15 分',
      en: 'missing list set up (−5), named owners (−8): 2 of 15 points',
    });
  });

  it.each<[string, unknown, string[]]>([
    ['a code alone', 'LIST', ['WRONG_SHAPE']],
    ['a number among codes', ['LIST', 1], ['items[1]: WRONG_SHAPE']],
    ['an unknown code', ['LIST', 'NOPE'], ['items[1]: UNKNOWN_ITEM']],
    ['a code twice', ['LIST', 'TIERS', 'LIST'], ['items[2]: DUPLICATE_ITEM']],
    ['known codes once each', ['TIERS', 'LIST'], []],
  ])('refuses %s, naming the item', (_name, input, issues) => {
    expect(issuesOfOne(rule, input)).toEqual(issues);
  });

  it('checks its items: each code once', () => {
    const twice = {
      ...rule,
      items: [
        { code: 'LIST', name: t('a', 'a') },
        { code: 'LIST', name: t('b', 'b') },
      ],
    } as Rule;
    expect(ruleModule('checklist').check(twice, { gradeCodes: [] })).toEqual([
      {
        at: ['items', 1, 'code'],
        code: 'DUPLICATE_CODE',
        message: { zh: '编码 LIST 重复', en: 'checklist item code LIST is used twice' },
      },
    ]);
    expect(ruleModule('checklist').check(rule, { gradeCodes: [] })).toEqual([]);
  });

  it('describes its input, parameters and samples', () => {
    const module = ruleModule('checklist');
    expect(module.role).toBe('base');
    expect(module.name).toEqual({ zh: '清单缺项扣分', en: 'checklist' });
    expect(module.params.required).toEqual(['maxPoints', 'deduction', 'items']);
    expect(module.maxPoints(rule)).toBe(15);
    expect(ruleInput(rule)).toEqual({
      kind: 'checklist',
      integer: false,
      options: [
        { value: 'LIST', label: t('清单建立', 'list set up') },
        { value: 'TIERS', label: t('分级管理', 'tiered management') },
        { value: 'OWNERS', label: t('责任到人', 'named owners') },
      ],
    });
    expect(module.describeInput!(rule, ['LIST', 'ZZ'])).toEqual({
      zh: '清单建立、ZZ',
      en: 'list set up, ZZ',
    });
    expect(module.describeInput!(rule, [])).toEqual({ zh: '无', en: 'none' });
    expect(module.describeInput!(rule, 3)).toBeNull();
    // Each item present when random < 0.45 + 0.6 q.
    expect(sampleInput(rule, 0, () => 0.44)).toEqual(['LIST', 'TIERS', 'OWNERS']);
    expect(sampleInput(rule, 0, () => 0.45)).toEqual([]);
    expect(sampleInput(rule, 1, () => 0.99)).toEqual(['LIST', 'TIERS', 'OWNERS']);
  });
});
