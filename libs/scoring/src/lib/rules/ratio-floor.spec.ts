import { scoreAssessment } from '../engine/score';
import { validateValues } from '../engine/validate';
import { oneIndicatorFramework } from '../engine/test-frameworks';
import type { IndicatorInput, Rule } from '../types';
import { RULE_TYPES, ruleInput, ruleModule, sampleInput } from './registry';

/** 完成率达到 90% 得满分, 低于 60% 不得分, 其间按比例; M 20. */
const rule = { type: 'ratio_floor', maxPoints: 20, floor: 0.6, target: 0.9 } as Rule;

function scoreX(input: IndicatorInput, r: Rule = rule) {
  return scoreAssessment(oneIndicatorFramework(r), { X: input }).paths[0].indicators[0];
}

describe('ratio_floor: q ≥ target → M, q ≤ floor → 0, else M × (q − floor) / (target − floor)', () => {
  it.each<[string, number, number, number]>([
    ['at the target: 9/10 → 20', 9, 10, 20],
    ['above the target: 10/10 → 20', 10, 10, 20],
    ['at the floor: 6/10 → 0', 6, 10, 0],
    ['below the floor: 5/10 → 0', 5, 10, 0],
    ['half way: 0.75 → 20 × 0.15/0.3 = 10', 3, 4, 10],
    ['8/10: 20 × 0.2/0.3 = 13.333… → 13.33', 8, 10, 13.33],
    ['2/3: 20 × (2/3 − 0.6)/0.3 = 4.444… → 4.44', 2, 3, 4.44],
    ['just above the floor: 601/1000 → 20 × 0.001/0.3 = 0.0666… → 0.07', 601, 1000, 0.07],
  ])('%s', (_name, numerator, denominator, points) => {
    expect(scoreX({ numerator, denominator }).points).toBe(points);
  });

  it('scores each ratio that has no memo key (not whole) on its own, not from an earlier one', () => {
    // One framework object, so one compiled calc and one memo for both.
    const framework = oneIndicatorFramework(rule);
    const x = (numerator: number, denominator: number) =>
      scoreAssessment(framework, { X: { numerator, denominator } }).paths[0].indicators[0].points;
    expect(x(7.5, 10)).toBe(10); // 20 × 0.15/0.3
    expect(x(8.5, 10)).toBe(16.67); // 20 × 0.25/0.3 = 16.666…
    expect(x(7.5, 10)).toBe(10);
  });

  it('defaults the target to 100%: 0.8 with floor 0.5 → 10 × 0.3/0.5 = 6', () => {
    const plain = { type: 'ratio_floor', maxPoints: 10, floor: 0.5 } as Rule;
    expect(scoreX({ numerator: 8, denominator: 10 }, plain).points).toBe(6);
    expect(scoreX({ numerator: 10, denominator: 10 }, plain).points).toBe(10);
  });

  it('explains itself in zh and en', () => {
    expect(scoreX({ numerator: 8, denominator: 10 }).reason).toEqual({
      zh: '8/10 = 80%（目标 90%，下限 60%），得 13.33/20 分',
      en: '8 of 10 = 80% (target 90%, floor 60%): 13.33 of 20 points',
    });
  });

  it('refuses a bad value as a ratio does, naming the field', () => {
    const issues = validateValues(oneIndicatorFramework(rule), { X: { numerator: 11, denominator: 10 } });
    expect(issues.map((i) => [i.indicator, i.field, i.code])).toEqual([
      ['X', 'numerator', 'NUMERATOR_GT_DENOMINATOR'],
    ]);
  });

  it('checks its parameters: the floor must be below the target', () => {
    const module = ruleModule('ratio_floor');
    expect(
      module.check({ type: 'ratio_floor', maxPoints: 20, floor: 0.9, target: 0.9 } as Rule, {
        gradeCodes: [],
      }),
    ).toMatchObject([{ at: ['floor'], code: 'FLOOR_NOT_BELOW_TARGET' }]);
    expect(module.check(rule, { gradeCodes: [] })).toEqual([]);
    expect(() =>
      scoreX({ numerator: 1, denominator: 2 }, { type: 'ratio_floor', maxPoints: 5, floor: 1 } as Rule),
    ).toThrow(/floor < target/);
  });

  it('says why the floor is wrong, in zh and en', () => {
    const module = ruleModule('ratio_floor');
    const high = { type: 'ratio_floor', maxPoints: 20, floor: 0.95, target: 0.9 } as Rule;
    expect(module.check(high, { gradeCodes: [] })[0].message).toEqual({
      zh: '下限 0.95 应低于目标 0.9',
      en: 'floor 0.95 must be below the target 0.9',
    });
    // Without a target the floor is measured against 100%.
    const whole = { type: 'ratio_floor', maxPoints: 20, floor: 1 } as Rule;
    expect(module.check(whole, { gradeCodes: [] })[0].message.en).toBe('floor 1 must be below the target 1');
  });

  it.each<[string, Partial<{ floor: number; target: number }>]>([
    ['a target of 0', { floor: 0, target: 0 }],
    ['a target above 100%', { floor: 0.5, target: 1.5 }],
    ['a negative floor', { floor: -0.1, target: 0.9 }],
    ['a floor at the target', { floor: 0.9, target: 0.9 }],
  ])('refuses to compile %s (a framework that skipped validation)', (_name, params) => {
    const bad = { type: 'ratio_floor', maxPoints: 20, ...params } as Rule;
    expect(() => ruleModule('ratio_floor').compile(bad as never, { code: 'X' } as never)).toThrow(
      'Indicator X: ratio_floor needs 0 ≤ floor < target ≤ 1',
    );
  });

  it('compiles the edges of its range: a floor of 0, a target of 100%', () => {
    const edges = { type: 'ratio_floor', maxPoints: 20, floor: 0, target: 1 } as Rule;
    expect(scoreX({ numerator: 1, denominator: 4 }, edges).points).toBe(5);
  });

  it('describes an input as n/d, and is entered as a fraction from 0, decimals allowed', () => {
    const { describeInput } = ruleModule('ratio_floor');
    expect(describeInput?.(rule as never, { numerator: 8, denominator: 10 })).toEqual({
      zh: '8/10',
      en: '8 of 10',
    });
    expect(ruleInput(rule)).toEqual({ kind: 'fraction', integer: false, min: 0 });
  });

  it('samples rates around its own target, not around 100%', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const low = { type: 'ratio_floor', maxPoints: 20, floor: 0.1, target: 0.4 } as Rule;
    for (let i = 0; i < 50; i++) {
      const { numerator, denominator } = sampleInput(low, 1, random) as {
        numerator: number;
        denominator: number;
      };
      // 0.4 × (0.45 + 0.6) = 0.42 of the denominator at most, rounded
      expect(numerator).toBeLessThanOrEqual(Math.round(denominator * 0.42));
    }
  });

  it('is registered: entered as a fraction, sampled inputs are valid', () => {
    expect(RULE_TYPES).toContain('ratio_floor');
    expect(ruleInput(rule).kind).toBe('fraction');
    let seed = 1;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let q = 0; q <= 1; q += 0.05)
      expect(validateValues(oneIndicatorFramework(rule), { X: sampleInput(rule, q, random) })).toEqual([]);
  });
});
