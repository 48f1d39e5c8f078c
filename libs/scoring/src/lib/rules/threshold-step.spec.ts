import { fromNumber } from '../engine/fraction';
import { scoreOne } from '../engine/test-frameworks';
import type { Rule } from '../types';
import { ruleInput, ruleModule, sampleInput } from './registry';
import { stepsBelow, thresholdStepPoints } from './threshold-step';

/** 低于 90%, 每低 10% 扣 3 分; M 10. */
const rule = { type: 'threshold_step', maxPoints: 10, threshold: 0.9, step: 0.1, deduction: 3 } as Rule;

describe('threshold_step: r ≥ t → M, else max(0, M − k × ceil((t − r) / s))', () => {
  it.each<[string, number, number]>([
    ['r = t exactly: full', 0.9, 10],
    ['above t: full', 1, 10],
    ['a hair below t: one step, 10 − 3 = 7', 0.89, 7],
    ['exactly one step below (0.9 − 0.8 is 0.1, not 0.0999…): 7', 0.8, 7],
    ['just past one step: two steps, 10 − 6 = 4', 0.79, 4],
    ['three steps: 10 − 9 = 1', 0.6, 1],
    ['four steps: 10 − 12 < 0 → 0', 0.55, 0],
    ['zero: nine steps → 0', 0, 0],
  ])('%s', (_name, r, points) => {
    expect(scoreOne(rule, r).points).toBe(points);
    // A second branch with the same rate: the remembered points are the same.
    expect(scoreOne(rule, r).points).toBe(points);
  });

  it('computes the steps and points exactly, r = t included', () => {
    const [t, s, k, m] = [0.9, 0.1, 3, 10].map((x) => fromNumber(x, true));
    expect(stepsBelow(t, s, 0.8)).toBe(1);
    expect(stepsBelow(t, s, 0.79)).toBe(2);
    expect(stepsBelow(t, s, 0.9)).toBe(0);
    expect(thresholdStepPoints(m, t, s, k, 0.9).shown).toBe(10);
    expect(thresholdStepPoints(m, t, s, k, 0.95).shown).toBe(10);
    // A whole step above t: ceil((t − r) / s) = −1 must not add k.
    expect(thresholdStepPoints(m, t, s, k, 1).shown).toBe(10);
    expect(thresholdStepPoints(m, t, s, k, 0.85).shown).toBe(7);
    expect(thresholdStepPoints(m, t, s, k, 0.5).shown).toBe(0);
  });

  it('explains itself in zh and en', () => {
    expect(scoreOne(rule, 0.9).reason).toEqual({
      zh: '比率 90% 达到 90%，得 10/10 分',
      en: 'rate 90% meets 90%: 10 of 10 points',
    });
    expect(scoreOne(rule, 0.75).reason).toEqual({
      zh: '比率 75% 低于 90%，低 2 档（每档 10%）扣 6 分，得 4/10 分',
      en: 'rate 75% is below 90%: 2 steps of 10% × 3 = −6 points: 4 of 10 points',
    });
  });

  it('refuses a step that is not above 0, naming the indicator', () => {
    expect(() => scoreOne({ ...rule, step: 0 } as Rule, 0.5)).toThrow(
      'Indicator X: threshold_step step must be > 0',
    );
  });

  it('describes its input, parameters and samples', () => {
    const module = ruleModule('threshold_step');
    expect(module.role).toBe('base');
    expect(module.name).toEqual({ zh: '低于阈值按档扣分', en: 'threshold step' });
    expect(module.params.required).toEqual(['maxPoints', 'threshold', 'step', 'deduction']);
    expect(ruleInput(rule)).toEqual({ kind: 'percent', integer: false, min: 0, max: 1 });
    expect(module.maxPoints(rule)).toBe(10);
    expect(module.check(rule, { gradeCodes: [] })).toEqual([]);
    expect(module.describeInput!(rule, 0.85)).toEqual({ zh: '85%', en: '85%' });
    expect(module.describeInput!(rule, true)).toBeNull();
    const random = () => 0.5;
    // clamp(t − 0.35 + 0.45 q) to [0, 1], to the hundredth.
    expect(sampleInput(rule, 0, random)).toBe(0.55);
    expect(sampleInput(rule, 0.2, random)).toBe(0.64);
    expect(sampleInput(rule, 1, random)).toBe(1);
    expect(sampleInput({ ...rule, threshold: 0.3 } as Rule, 0, random)).toBe(0);
  });
});
