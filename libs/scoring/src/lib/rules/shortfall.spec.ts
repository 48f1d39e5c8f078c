import { issuesOfOne, scoreOne } from '../engine/test-frameworks';
import type { Rule } from '../types';
import { ruleInput, ruleModule, sampleInput } from './registry';

/** 应开展 3 次, 每少一次扣 5 分; M 15. */
const rule = { type: 'shortfall', maxPoints: 15, required: 3, deduction: 5 } as Rule;

describe('shortfall: max(0, M − k × max(0, required − c))', () => {
  it.each<[string, Rule, number, number]>([
    ['c = required: full', rule, 3, 15],
    ['above required: full, not more', rule, 4, 15],
    ['far above required (past the table): full', rule, 1000, 15],
    ['one short: 15 − 5 = 10', rule, 2, 10],
    ['two short: 15 − 10 = 5', rule, 1, 5],
    ['all short: 15 − 15 = 0', rule, 0, 0],
    ['k × short above M: max(0, 10 − 12) = 0', { ...rule, maxPoints: 10, deduction: 4 } as Rule, 0, 0],
    [
      'one short of 2.5: 10 − 4 × 0.5 = 8',
      { ...rule, maxPoints: 10, required: 2.5, deduction: 4 } as Rule,
      2,
      8,
    ],
    ['three above 2.5: full', { ...rule, maxPoints: 10, required: 2.5, deduction: 4 } as Rule, 3, 10],
  ])('%s', (_name, r, c, points) => {
    expect(scoreOne(r, c).points).toBe(points);
  });

  it('explains itself in zh and en', () => {
    expect(scoreOne(rule, 3).reason).toEqual({
      zh: '应开展3次，实开展3次，得 15/15 分',
      en: 'required 3 times, held 3 times: 15 of 15 points',
    });
    expect(scoreOne(rule, 4).reason.zh).toBe('应开展3次，实开展4次，得 15/15 分');
    expect(scoreOne(rule, 1).reason).toEqual({
      zh: '应开展3次，实开展1次，少2次扣10分，得 5/15 分',
      en: 'required 3 times, held 1 time: 2 short × 5 = −10 points: 5 of 15 points',
    });
  });

  it('takes whole counts only', () => {
    expect(issuesOfOne(rule, 1.5)).toEqual(['NOT_AN_INTEGER']);
    expect(issuesOfOne(rule, -1)).toEqual(['NEGATIVE']);
  });

  it('describes its input, parameters and samples', () => {
    const module = ruleModule('shortfall');
    expect(module.role).toBe('base');
    expect(module.name).toEqual({ zh: '每少一次扣分', en: 'shortfall' });
    expect(module.params.required).toEqual(['maxPoints', 'required', 'deduction']);
    expect(ruleInput(rule)).toEqual({
      kind: 'count',
      integer: true,
      min: 0,
      unit: { zh: '次', en: 'times' },
    });
    expect(module.maxPoints(rule)).toBe(15);
    expect(module.check(rule, { gradeCodes: [] })).toEqual([]);
    const random = () => 0.5;
    // max(0, min(required + 1, round(required × (0.35 + 0.75 q)))).
    expect(sampleInput(rule, 0, random)).toBe(1);
    expect(sampleInput(rule, 0.5, random)).toBe(2);
    expect(sampleInput({ ...rule, required: 4 } as Rule, 0.5, random)).toBe(3);
    expect(sampleInput({ ...rule, required: 20 } as Rule, 1, random)).toBe(21);
    expect(sampleInput({ ...rule, required: 10 } as Rule, 1, random)).toBe(11);
    expect(sampleInput({ ...rule, required: 1 } as Rule, -1, random)).toBe(0);
  });
});
