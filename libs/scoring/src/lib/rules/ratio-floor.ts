/**
 * `ratio_floor` (完成率达到目标得满分, 低于下限不得分, 其间按比例): with q = n/d,
 * q ≥ target → M; q ≤ floor → 0; in between M × (q − floor) / (target − floor).
 * docs/domain.md#ratio_floor. Input `{ numerator, denominator }`, 0 ≤ n ≤ d, d > 0.
 *
 * "按比例" is read as a straight line from the floor (0 points) to the target (M), so the points
 * never jump: a rate just above the floor earns just above 0.
 */
import {
  divide,
  fmtPercent,
  fromNumber,
  Fraction,
  max,
  min,
  minus,
  ONE,
  times,
  ZERO,
} from '../engine/fraction';
import type { RatioInput } from '../types';
import { describeRatio, sampleRatio } from './ratio';
import { defineRule } from './rule-module';
import { checkRatio, MAX_POINTS, memoizedByRatio } from './shared';

export interface RatioFloorRule {
  type: 'ratio_floor';
  maxPoints: number;
  /** The rate at or below which the indicator earns 0, in [0, target). */
  floor: number;
  /** The rate that earns full marks, in (0, 1]; default 1. */
  target?: number;
}

interface RatioFloorCalc {
  floor: Fraction;
  target: Fraction;
  memo: Map<number, Fraction>;
}

/** M × clamp((n/d − floor) / (target − floor), 0, 1), exactly. */
function points(m: Fraction, { floor, target }: RatioFloorCalc, n: number, d: number): Fraction {
  const rate = divide(fromNumber(n), fromNumber(d));
  return times(m, max(ZERO, min(ONE, divide(minus(rate, floor), minus(target, floor)))));
}

export const ratioFloor = defineRule<RatioFloorRule, RatioFloorCalc>({
  type: 'ratio_floor',
  role: 'base',
  defaults: { type: 'ratio_floor', maxPoints: 10, floor: 0.5 },
  name: { zh: '完成率（设下限）', en: 'ratio with a floor' },
  formula: {
    zh: '完成率达到目标得满分，不高于下限得 0 分，其间按比例：满分 ×（完成率 − 下限）÷（目标 − 下限）；完成率 = 分子 ÷ 分母。',
    en: 'Full marks at the target, none at or below the floor, in proportion between: q = n/d; q ≥ target: M; q ≤ floor: 0; else M × (q − floor) / (target − floor). Input {numerator, denominator}.',
  },
  params: {
    properties: {
      maxPoints: MAX_POINTS,
      floor: { type: 'number', minimum: 0, exclusiveMaximum: 1 },
      target: { type: 'number', exclusiveMinimum: 0, maximum: 1, default: 1 },
    },
    required: ['maxPoints', 'floor'],
  },
  check(rule) {
    const target = rule.target ?? 1;
    if (rule.floor < target) return [];
    return [
      {
        at: ['floor'],
        code: 'FLOOR_NOT_BELOW_TARGET',
        message: {
          zh: `下限 ${rule.floor} 应低于目标 ${target}`,
          en: `floor ${rule.floor} must be below the target ${target}`,
        },
      },
    ];
  },
  input: () => ({ kind: 'fraction', integer: false, min: 0 }),
  maxPoints: (rule) => rule.maxPoints,
  compile(rule, { code }) {
    const target = rule.target ?? 1;
    // 0 ≤ floor < target already makes the target positive.
    if (!(target <= 1 && rule.floor >= 0 && rule.floor < target))
      throw new Error(`Indicator ${code}: ratio_floor needs 0 ≤ floor < target ≤ 1`);
    return { floor: fromNumber(rule.floor), target: fromNumber(target), memo: new Map() };
  },
  validate: (input, _calc, fail) => checkRatio(input, fail),
  points(calc, input, m) {
    const ratio = input as RatioInput;
    return memoizedByRatio(calc.memo, ratio, () => points(m, calc, ratio.numerator, ratio.denominator));
  },
  explain: (calc, input) =>
    describeRatio(input as RatioInput, calc.target, {
      zh: `，下限 ${fmtPercent(calc.floor)}`,
      en: `, floor ${fmtPercent(calc.floor)}`,
    }),
  describeInput: (_rule, input) => {
    const { numerator, denominator } = input as RatioInput;
    return { zh: `${numerator}/${denominator}`, en: `${numerator} of ${denominator}` };
  },
  sample: (rule, q, random) => sampleRatio(rule.target ?? 1, q, random),
});
