import { issuesOfOne, scoreOne } from '../engine/test-frameworks';
import type { Rule } from '../types';
import { ruleInput, ruleModule, sampleInput } from './registry';

/** 每发现一次扣 3 分, 扣完为止; M 10. */
const rule = { type: 'penalty', maxPoints: 10, deduction: 3 } as Rule;
/** A long table: 1 point per finding, M 5000 (the table stops at 1000 entries). */
const long = { type: 'penalty', maxPoints: 5000, deduction: 1 } as Rule;

describe('penalty: max(0, M − k × c)', () => {
  it.each<[string, Rule, number, number]>([
    ['none found: full', rule, 0, 10],
    ['one: 10 − 3 = 7', rule, 1, 7],
    ['three: 10 − 9 = 1', rule, 3, 1],
    ['four: 10 − 12 < 0 → 0', rule, 4, 0],
    ['far past the table: 0', rule, 100, 0],
    ['inside a long table: 5000 − 999', long, 999, 4001],
    ['past a long table, computed: 5000 − 1500', long, 1500, 3500],
    ['past a long table, exhausted: 0', long, 6000, 0],
  ])('%s', (_name, r, c, points) => {
    expect(scoreOne(r, c).points).toBe(points);
  });

  it('explains itself in zh and en', () => {
    expect(scoreOne(rule, 2).reason).toEqual({
      zh: '发现 2 次，每次扣 3 分，得 4/10 分',
      en: 'found 2 times, 3 points off each: 4 of 10 points',
    });
  });

  it('takes whole counts only', () => {
    expect(issuesOfOne(rule, 0.5)).toEqual(['NOT_AN_INTEGER']);
  });

  it('describes its input, parameters and samples', () => {
    const module = ruleModule('penalty');
    expect(module.role).toBe('base');
    expect(module.name).toEqual({ zh: '每发现一次扣分', en: 'penalty' });
    expect(module.params.required).toEqual(['maxPoints', 'deduction']);
    expect(ruleInput(rule)).toEqual({
      kind: 'count',
      integer: true,
      min: 0,
      unit: { zh: '次', en: 'times' },
    });
    expect(module.maxPoints(rule)).toBe(10);
    expect(module.check(rule, { gradeCodes: [] })).toEqual([]);
    // q > 0.7: none found; else a whole number in [0, 2].
    expect(sampleInput(rule, 0.71, () => 0.99)).toBe(0);
    expect(sampleInput(rule, 0.7, () => 0.5)).toBe(1);
    expect(sampleInput(rule, 0, () => 0.99)).toBe(2);
  });
});
