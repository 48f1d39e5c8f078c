import { fromNumber } from '../engine/fraction';
import { scoreAssessment } from '../engine/score';
import { issuesOfOne, oneIndicatorFramework, scoreOne } from '../engine/test-frameworks';
import type { Rule } from '../types';
import { describeRatio, ratioPoints } from './ratio';
import { ruleInput, ruleModule, sampleInput } from './registry';

/** 完成率, target 1; M 25. */
const plain = { type: 'ratio', maxPoints: 25 } as Rule;
/** 完成率达到 80% 得满分; M 25. */
const eighty = { type: 'ratio', maxPoints: 25, target: 0.8 } as Rule;

describe('ratio: M × min(1, (n/d) / target)', () => {
  it.each<[string, Rule, number, number, number]>([
    ['target 1, all: full', plain, 12, 12, 25],
    ['target 1, none: 0', plain, 0, 12, 0],
    ['target 1, 3/4: 18.75', plain, 3, 4, 18.75],
    ['target 1, 1.5 of 3 (not whole, no memo): 12.5', plain, 1.5, 3, 12.5],
    ['target 1, d past the memo key (2²⁰): 2²⁰ − 1 of 2²⁰', plain, 2 ** 20 - 2 ** 18, 2 ** 20, 18.75],
    ['target 0.8, n/d = target exactly 4/5: full', eighty, 4, 5, 25],
    ['target 0.8, above: capped at M', eighty, 5, 5, 25],
    ['target 0.8, 3/5: 25 × 0.6/0.8 = 18.75', eighty, 3, 5, 18.75],
    ['target 0.8, 0/5: 0', eighty, 0, 5, 0],
  ])('%s', (_name, rule, numerator, denominator, points) => {
    expect(scoreOne(rule, { numerator, denominator }).points).toBe(points);
    expect(scoreOne(rule, { numerator, denominator }).points).toBe(points);
  });

  it('scores each ratio that has no memo key (not whole) on its own, not from an earlier one', () => {
    // One framework object, so one compiled calc and one memo for both.
    const framework = oneIndicatorFramework(plain);
    const x = (numerator: number, denominator: number) =>
      scoreAssessment(framework, { X: { numerator, denominator } }).paths[0].indicators[0].points;
    expect(x(1.5, 3)).toBe(12.5);
    expect(x(0.5, 4)).toBe(3.13); // 25 × 0.125 = 3.125, half up
    expect(x(1.5, 3)).toBe(12.5);
  });

  it('is exact at the target: n ≥ d × target ⇔ full', () => {
    const m = fromNumber(25, true);
    const target = fromNumber(0.8, true);
    expect(ratioPoints(m, target, 4, 5).shown).toBe(25);
    expect(ratioPoints(m, target, 8, 10).shown).toBe(25);
    expect(ratioPoints(m, target, 7, 10).shown).toBe(21.88);
  });

  it('explains itself in zh and en, naming a target below 100%', () => {
    expect(scoreOne(plain, { numerator: 11, denominator: 12 }).reason).toEqual({
      zh: '11/12 = 91.67%，得 22.92/25 分',
      en: '11 of 12 = 91.67%: 22.92 of 25 points',
    });
    expect(scoreOne(eighty, { numerator: 3, denominator: 5 }).reason).toEqual({
      zh: '3/5 = 60%（目标 80%），得 18.75/25 分',
      en: '3 of 5 = 60% (target 80%): 18.75 of 25 points',
    });
    expect(
      describeRatio({ numerator: 1, denominator: 2 }, fromNumber(0.5), { zh: '，甲', en: ', a' }),
    ).toEqual({
      zh: '1/2 = 50%（目标 50%，甲）',
      en: '1 of 2 = 50% (target 50%, a)',
    });
  });

  it.each<[string, unknown, string[]]>([
    ['a number', 3, ['WRONG_SHAPE']],
    ['a list', [1, 2], ['WRONG_SHAPE']],
    ['a text numerator', { numerator: 'a', denominator: 2 }, ['numerator: NOT_A_NUMBER']],
    ['a negative numerator', { numerator: -1, denominator: 2 }, ['numerator: NEGATIVE']],
    ['a zero denominator', { numerator: 0, denominator: 0 }, ['denominator: ZERO_DENOMINATOR']],
    ['a bad denominator only', { numerator: 1, denominator: 'x' }, ['denominator: NOT_A_NUMBER']],
    ['n > d', { numerator: 3, denominator: 2 }, ['numerator: NUMERATOR_GT_DENOMINATOR']],
    ['n = d', { numerator: 2, denominator: 2 }, []],
  ])('refuses %s, naming the field', (_name, input, issues) => {
    expect(issuesOfOne(plain, input)).toEqual(issues);
  });

  it('refuses null when asked directly (the engine reads null as not entered)', () => {
    const fails: string[] = [];
    ruleModule('ratio').validate(null, null, (code) => void fails.push(code));
    expect(fails).toEqual(['WRONG_SHAPE']);
  });

  it('refuses a target outside (0, 1]', () => {
    for (const target of [0, 1.5])
      expect(() => scoreOne({ ...plain, target } as Rule, { numerator: 1, denominator: 2 })).toThrow(
        'Indicator X: ratio target must be in (0, 1]',
      );
    expect(scoreOne({ ...plain, target: 1 } as Rule, { numerator: 1, denominator: 2 }).points).toBe(12.5);
  });

  it('describes its input, parameters and samples', () => {
    const module = ruleModule('ratio');
    expect(module.role).toBe('base');
    expect(module.name).toEqual({ zh: '完成率', en: 'ratio' });
    expect(module.params.required).toEqual(['maxPoints']);
    expect(ruleInput(plain)).toEqual({ kind: 'fraction', integer: false, min: 0 });
    expect(module.maxPoints(plain)).toBe(25);
    expect(module.check(plain, { gradeCodes: [] })).toEqual([]);
    expect(module.describeInput!(plain, { numerator: 3, denominator: 4 })).toEqual({
      zh: '3/4',
      en: '3 of 4',
    });
    // d = 3 + floor(random × 18) = 12; n = min(d, round(d × clamp(target × (0.45 + 0.6 q)))).
    const random = () => 0.5;
    expect(sampleInput(plain, 0, random)).toEqual({ numerator: 5, denominator: 12 });
    expect(sampleInput(plain, 0.5, random)).toEqual({ numerator: 9, denominator: 12 });
    expect(sampleInput(plain, 1, random)).toEqual({ numerator: 12, denominator: 12 });
    expect(sampleInput(eighty, 1, random)).toEqual({ numerator: 10, denominator: 12 });
  });
});
