/**
 * `ratio` (完成率): M × min(1, (n/d) / target), target in (0, 1], default 1.
 * docs/domain.md#ratio. Input `{ numerator, denominator }`, 0 ≤ n ≤ d, d > 0.
 */
import { divide, fmtPercent, fromNumber, Fraction, min, ONE, times } from '../engine/fraction';
import type { LocalizedText, RatioInput } from '../types';
import { defineRule } from './rule-module';
import { checkRatio, clamp01, intBetween, MAX_POINTS, memoizedByRatio } from './shared';

export interface RatioRule {
  type: 'ratio';
  maxPoints: number;
  /** In (0, 1]; default 1. */
  target?: number;
}

export interface RatioCalc {
  target: Fraction;
  targetIsOne: boolean;
  memo: Map<number, Fraction>;
}

/** M × min(1, n / (d × target)), exactly. */
export function ratioPoints(m: Fraction, target: Fraction, n: number, d: number): Fraction {
  return times(m, min(ONE, divide(fromNumber(n), times(fromNumber(d), target))));
}

/** "11/12 = 91.67%(目标 80%)", shared with ratio_floor. */
export function describeRatio(
  { numerator: n, denominator: d }: RatioInput,
  target: Fraction | null,
  extra = { zh: '', en: '' },
): LocalizedText {
  const rate = fmtPercent(divide(fromNumber(n), fromNumber(d)));
  const goal = target ? fmtPercent(target) : null;
  return {
    zh: `${n}/${d} = ${rate}${goal ? `（目标 ${goal}${extra.zh}）` : ''}`,
    en: `${n} of ${d} = ${rate}${goal ? ` (target ${goal}${extra.en})` : ''}`,
  };
}

/** A plausible ratio for a branch of quality q, aiming at `target`. */
export function sampleRatio(target: number, q: number, random: () => number): RatioInput {
  const d = intBetween(random, 3, 20);
  return { numerator: Math.min(d, Math.round(d * clamp01(target * (0.45 + 0.6 * q)))), denominator: d };
}

export const ratio = defineRule<RatioRule, RatioCalc>({
  type: 'ratio',
  role: 'base',
  defaults: { type: 'ratio', maxPoints: 10 },
  name: { zh: '完成率', en: 'ratio' },
  formula: {
    zh: '得分 = 满分 × 完成率 ÷ 目标，最高为满分；完成率 = 分子 ÷ 分母。',
    en: 'M × min(1, (n/d) / target). Input {numerator, denominator}.',
  },
  params: {
    properties: {
      maxPoints: MAX_POINTS,
      target: { type: 'number', exclusiveMinimum: 0, maximum: 1, default: 1 },
    },
    required: ['maxPoints'],
  },
  check: () => [],
  input: () => ({ kind: 'fraction', integer: false, min: 0 }),
  maxPoints: (rule) => rule.maxPoints,
  compile(rule, { code }) {
    const target = rule.target ?? 1;
    if (!(target > 0 && target <= 1)) throw new Error(`Indicator ${code}: ratio target must be in (0, 1]`);
    return { target: fromNumber(target), targetIsOne: target === 1, memo: new Map() };
  },
  validate: (input, _calc, fail) => checkRatio(input, fail),
  points(calc, input, m) {
    const ratio = input as RatioInput;
    return memoizedByRatio(calc.memo, ratio, () =>
      ratioPoints(m, calc.target, ratio.numerator, ratio.denominator),
    );
  },
  explain: (calc, input) => describeRatio(input as RatioInput, calc.targetIsOne ? null : calc.target),
  describeInput: (_rule, input) => {
    const { numerator, denominator } = input as RatioInput;
    return { zh: `${numerator}/${denominator}`, en: `${numerator} of ${denominator}` };
  },
  sample: (rule, q, random) => sampleRatio(rule.target ?? 1, q, random),
});
