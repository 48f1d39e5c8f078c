/**
 * `ratio` (完成率): M × min(1, (n/d) / target), target in (0, 1], default 1.
 * docs/domain.md#ratio. Input `{ numerator, denominator }`, 0 ≤ n ≤ d, d > 0.
 */
import { compare, divide, fmtPercent, fromNumber, Fraction, times, ZERO } from '../engine/fraction';
import type { LocalizedText, RatioInput } from '../types';
import { defineRule } from './rule-module';
import { checkRatio, clamp01, intBetween, MAX_POINTS, ratioKey, remember } from './shared';

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

/** M × min(1, (n/d) / target), exactly: (n/d)/target ≥ 1 ⇔ n ≥ d × target. */
export function ratioPoints(m: Fraction, target: Fraction, n: number, d: number): Fraction {
  const needed = times(fromNumber(d), target);
  const done = fromNumber(n);
  return compare(done, needed) >= 0 ? m : times(m, divide(done, needed));
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
  formula: 'M × min(1, (n/d) / target). Input {numerator, denominator}.',
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
    return { target: fromNumber(target, true), targetIsOne: target === 1, memo: new Map() };
  },
  validate: (input, _calc, fail) => checkRatio(input, fail),
  points(calc, input, m) {
    const { numerator: n, denominator: d } = input as RatioInput;
    if (n === 0) return ZERO;
    if (calc.targetIsOne && n === d) return m;
    const key = ratioKey(input as RatioInput);
    const known = key < 0 ? undefined : calc.memo.get(key);
    if (known) return known;
    const points = ratioPoints(m, calc.target, n, d);
    return key < 0 ? points : remember(calc.memo, key, points);
  },
  explain: (calc, input) => describeRatio(input as RatioInput, calc.targetIsOne ? null : calc.target),
  describeInput: (_rule, input) => {
    const { numerator, denominator } = input as RatioInput;
    return { zh: `${numerator}/${denominator}`, en: `${numerator} of ${denominator}` };
  },
  sample: (rule, q, random) => sampleRatio(rule.target ?? 1, q, random),
});
