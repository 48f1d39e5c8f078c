import { issuesOfOne, scoreOne } from '../engine/test-frameworks';
import type { Rule } from '../types';
import { ruleInput, ruleModule, sampleInput } from './registry';

/** 学习 8 小时得满分; M 20. */
const rule = { type: 'count', maxPoints: 20, target: 8 } as Rule;
const hours = { ...rule, unit: { zh: '小时', en: 'hours' } } as Rule;

describe('count: M × min(1, c / target)', () => {
  it.each<[string, number, number]>([
    ['c = target: full', 8, 20],
    ['above target: capped at M', 10, 20],
    ['zero: 0', 0, 0],
    ['half: 10', 4, 10],
    ['7.5 hours: 20 × 7.5/8 = 18.75', 7.5, 18.75],
    ['one below target: 17.5', 7, 17.5],
  ])('%s', (_name, c, points) => {
    expect(scoreOne(rule, c).points).toBe(points);
    expect(scoreOne(rule, c).points).toBe(points);
  });

  it('explains itself in zh and en, with and without a unit', () => {
    expect(scoreOne(rule, 4).reason).toEqual({
      zh: '完成 4（目标 8），得 10/20 分',
      en: '4 (target 8): 10 of 20 points',
    });
    expect(scoreOne(hours, 4).reason).toEqual({
      zh: '完成 4小时（目标 8小时），得 10/20 分',
      en: '4 hours (target 8 hours): 10 of 20 points',
    });
  });

  it('takes decimals, not negatives; refuses a target that is not above 0', () => {
    expect(issuesOfOne(rule, 0.5)).toEqual([]);
    expect(issuesOfOne(rule, -1)).toEqual(['NEGATIVE']);
    expect(issuesOfOne(rule, 'x')).toEqual(['NOT_A_NUMBER']);
    expect(() => scoreOne({ ...rule, target: 0 } as Rule, 1)).toThrow(
      'Indicator X: count target must be > 0',
    );
  });

  it('describes its input, parameters and samples', () => {
    const module = ruleModule('count');
    expect(module.role).toBe('base');
    expect(module.name).toEqual({ zh: '数量', en: 'count' });
    expect(module.params.required).toEqual(['maxPoints', 'target']);
    expect(ruleInput(hours)).toEqual({
      kind: 'count',
      integer: false,
      min: 0,
      unit: { zh: '小时', en: 'hours' },
    });
    expect(module.maxPoints(rule)).toBe(20);
    expect(module.check(rule, { gradeCodes: [] })).toEqual([]);
    const random = () => 0.5;
    // target × (0.2 + 1.1 q): to the tenth from a target of 4, else whole.
    expect(sampleInput(rule, 0, random)).toBe(1.6);
    expect(sampleInput(rule, 1, random)).toBe(10.4);
    expect(sampleInput({ ...rule, target: 4 } as Rule, 0, random)).toBe(0.8);
    expect(sampleInput({ ...rule, target: 3 } as Rule, 0, random)).toBe(1);
    expect(sampleInput({ ...rule, target: 3 } as Rule, 1, random)).toBe(4);
  });
});
