import { issuesOfOne, scoreOne } from '../engine/test-frameworks';
import type { Rule } from '../types';
import { ruleInput, ruleModule, sampleInput } from './registry';

const rule = { type: 'boolean', maxPoints: 10 } as Rule;

describe('boolean: yes M, no 0', () => {
  it('scores and explains yes and no', () => {
    expect(scoreOne(rule, true)).toMatchObject({
      points: 10,
      reason: { zh: '是，得 10/10 分', en: 'yes: 10 of 10 points' },
    });
    expect(scoreOne(rule, false)).toMatchObject({
      points: 0,
      reason: { zh: '否，得 0/10 分', en: 'no: 0 of 10 points' },
    });
  });

  it('takes only true or false', () => {
    expect(issuesOfOne(rule, 'yes')).toEqual(['NOT_A_BOOLEAN']);
    expect(issuesOfOne(rule, 1)).toEqual(['NOT_A_BOOLEAN']);
    expect(issuesOfOne(rule, false)).toEqual([]);
  });

  it('describes its input, parameters and samples', () => {
    const module = ruleModule('boolean');
    expect(module.role).toBe('base');
    expect(module.name).toEqual({ zh: '是否', en: 'yes / no' });
    expect(module.params.required).toEqual(['maxPoints']);
    expect(ruleInput(rule)).toEqual({ kind: 'yesNo', integer: false });
    expect(module.maxPoints(rule)).toBe(10);
    expect(module.check(rule, { gradeCodes: [] })).toEqual([]);
    // yes when random < 0.35 + 0.7 q.
    expect(sampleInput(rule, 0, () => 0.34)).toBe(true);
    expect(sampleInput(rule, 0, () => 0.35)).toBe(false);
    expect(sampleInput(rule, 0.5, () => 0.69)).toBe(true);
    expect(sampleInput(rule, 0.5, () => 0.7)).toBe(false);
  });
});
