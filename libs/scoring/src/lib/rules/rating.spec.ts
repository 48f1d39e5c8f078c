import { issuesOfOne, scoreOne } from '../engine/test-frameworks';
import type { Rule } from '../types';
import type { RatingRule } from './rating';
import { ruleInput, ruleModule, sampleInput } from './registry';

const t = (zh: string, en: string) => ({ zh, en });
/** 好 15 / 较好 11 / 一般 7 / 差 0. */
const rule: RatingRule = {
  type: 'rating',
  maxPoints: 15,
  bands: [
    { code: 'GOOD', name: t('好', 'good'), points: 15 },
    { code: 'FAIR', name: t('较好', 'fairly good'), points: 11 },
    { code: 'AVERAGE', name: t('一般', 'average'), points: 7 },
    { code: 'POOR', name: t('差', 'poor'), points: 0 },
  ],
};
/** A band named like another band's code: the code wins. */
const tricky: RatingRule = {
  type: 'rating',
  maxPoints: 5,
  bands: [
    { code: 'A', name: t('B', 'B'), points: 5 },
    { code: 'B', name: t('乙', 'second'), points: 2 },
  ],
};

describe('rating: the chosen band’s points', () => {
  it.each<[string, Rule, string, number]>([
    ['GOOD: 15', rule, 'GOOD', 15],
    ['FAIR: 11', rule, 'FAIR', 11],
    ['zh name 一般 as an alias： 7', rule, '一般', 7],
    ['en name poor as an alias: 0', rule, 'poor', 0],
    ['a code beats another band’s name', tricky, 'B', 2],
    ['a name alias of the first band', tricky, 'A', 5],
  ])('%s', (_name, r, band, points) => {
    expect(scoreOne(r, band).points).toBe(points);
  });

  it('explains itself in zh and en', () => {
    expect(scoreOne(rule, 'FAIR').reason).toEqual({
      zh: '评定为 较好，得 11/15 分',
      en: 'rated fairly good: 11 of 15 points',
    });
  });

  it('refuses a value that is not one of its bands', () => {
    expect(issuesOfOne(rule, 3)).toEqual(['WRONG_SHAPE']);
    expect(issuesOfOne(rule, 'NOPE')).toEqual(['UNKNOWN_BAND']);
    expect(issuesOfOne(rule, 'good')).toEqual([]);
  });

  it('checks its bands: codes once each, M the highest band', () => {
    const module = ruleModule('rating');
    expect(module.check(rule, { gradeCodes: [] })).toEqual([]);
    expect(module.check({ ...rule, maxPoints: 14 } as Rule, { gradeCodes: [] })).toEqual([
      {
        at: ['maxPoints'],
        code: 'RATING_MAX_MISMATCH',
        message: {
          zh: '满分 14 应等于最高档的分值 15',
          en: "maxPoints 14 must equal the highest band's points 15",
        },
      },
    ]);
    const twice = { ...tricky, bands: [tricky.bands[0], { ...tricky.bands[1], code: 'A' }] } as Rule;
    expect(module.check(twice, { gradeCodes: [] }).map((p) => [p.at, p.code, p.message])).toEqual([
      [['bands', 1, 'code'], 'DUPLICATE_CODE', { zh: '编码 A 重复', en: 'band code A is used twice' }],
    ]);
  });

  it('describes its input, parameters and samples', () => {
    const module = ruleModule('rating');
    expect(module.role).toBe('base');
    expect(module.name).toEqual({ zh: '等级评定', en: 'rating' });
    expect(module.params.required).toEqual(['maxPoints', 'bands']);
    expect(module.maxPoints(rule)).toBe(15);
    expect(ruleInput(tricky)).toEqual({
      kind: 'band',
      integer: false,
      options: [
        { value: 'A', label: t('B', 'B') },
        { value: 'B', label: t('乙', 'second') },
      ],
    });
    expect(module.describeInput!(rule, 'GOOD')).toEqual(t('好', 'good'));
    expect(module.describeInput!(rule, '较好')).toEqual(t('较好', 'fairly good'));
    expect(module.describeInput!(rule, 'fairly good')).toEqual(t('较好', 'fairly good'));
    expect(module.describeInput!(tricky, 'B')).toEqual(t('乙', 'second'));
    expect(module.describeInput!(rule, 'ZZ')).toEqual(t('ZZ', 'ZZ'));
    expect(module.describeInput!(rule, 3)).toBeNull();
    const random = () => 0.5;
    // q > 0.8 best band; > 0.6 second; > 0.35 third; else fourth (or the last there is).
    expect([0.81, 0.8, 0.61, 0.6, 0.36, 0.35].map((q) => sampleInput(rule, q, random))).toEqual([
      'GOOD',
      'FAIR',
      'FAIR',
      'AVERAGE',
      'AVERAGE',
      'POOR',
    ]);
    expect(sampleInput(tricky, 0, random)).toBe('B');
    expect(sampleInput({ ...rule, bands: [...rule.bands].reverse() } as Rule, 1, random)).toBe('GOOD');
  });
});
