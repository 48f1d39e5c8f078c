/**
 * `threshold_step` (低于 t, 每低 s 扣 k 分): r ≥ t → M, else max(0, M − k × ceil((t − r) / s)).
 * docs/domain.md#threshold_step. Input: a rate r in [0, 1].
 *
 * ceil((t − r) / s) is taken on the exact decimals the framework and the person wrote: in floats
 * 0.9 − 0.8 is 0.09999999999999998, which would make one step of 0.1 look like less than one.
 */
import {
  ceil,
  divide,
  fmt,
  fmtPercent,
  fromNumber,
  Fraction,
  max,
  minus,
  times,
  ZERO,
} from '../engine/fraction';
import { pointsOf, stepsOf } from '../engine/english';
import { defineRule } from './rule-module';
import { checkRate, clamp01, MAX_POINTS, POSITIVE, RATE, remember } from './shared';

export interface ThresholdStepRule {
  type: 'threshold_step';
  maxPoints: number;
  threshold: number;
  step: number;
  deduction: number;
}

interface ThresholdStepCalc {
  t: number;
  tFraction: Fraction;
  s: Fraction;
  k: Fraction;
  memo: Map<number, Fraction>;
}

/** ceil((t − r) / s): how many steps of s the rate r is below the threshold t. */
export function stepsBelow(t: Fraction, s: Fraction, r: number): number {
  return ceil(divide(minus(t, fromNumber(r)), s));
}

/** The rule in one function: max(0, M − k × max(0, ceil((t − r) / s))); at or above t no step is lost. */
export function thresholdStepPoints(m: Fraction, t: Fraction, s: Fraction, k: Fraction, r: number): Fraction {
  return max(ZERO, minus(m, times(k, fromNumber(Math.max(0, stepsBelow(t, s, r))))));
}

export const thresholdStep = defineRule<ThresholdStepRule, ThresholdStepCalc>({
  type: 'threshold_step',
  role: 'base',
  defaults: { type: 'threshold_step', maxPoints: 10, threshold: 0.9, step: 0.05, deduction: 2 },
  name: { zh: '低于阈值按档扣分', en: 'threshold step' },
  formula: {
    zh: '达到阈值得满分；低于阈值时，每低一档扣“每次扣分”，此项扣完为止（不足一档按一档计）；填 0～100% 的比率。',
    en: 'Below threshold t, k points off for each step s short: r ≥ t: M; else max(0, M − k × ceil((t − r) / s)). Input: a rate r in [0, 1].',
  },
  params: {
    properties: { maxPoints: MAX_POINTS, threshold: RATE, step: RATE, deduction: POSITIVE },
    required: ['maxPoints', 'threshold', 'step', 'deduction'],
  },
  check: () => [],
  input: () => ({ kind: 'percent', integer: false, min: 0, max: 1 }),
  maxPoints: (rule) => rule.maxPoints,
  compile(rule, { code }) {
    if (!(rule.step > 0)) throw new Error(`Indicator ${code}: threshold_step step must be > 0`);
    return {
      t: rule.threshold,
      tFraction: fromNumber(rule.threshold),
      s: fromNumber(rule.step),
      k: fromNumber(rule.deduction),
      memo: new Map(),
    };
  },
  validate: (input, _calc, fail) => checkRate(input, fail),
  points(calc, input, m) {
    const r = input as number;
    // Rates recur across branches (0.85, 0.9): each indicator keeps its points by rate.
    return (
      calc.memo.get(r) ?? remember(calc.memo, r, thresholdStepPoints(m, calc.tFraction, calc.s, calc.k, r))
    );
  },
  explain(calc, input) {
    const r = input as number;
    if (r >= calc.t)
      return {
        zh: `比率 ${fmtPercent(r)} 达到 ${fmtPercent(calc.t)}`,
        en: `rate ${fmtPercent(r)} meets ${fmtPercent(calc.t)}`,
      };
    const steps = stepsBelow(calc.tFraction, calc.s, r);
    const off = times(calc.k, fromNumber(steps));
    return {
      zh: `比率 ${fmtPercent(r)} 低于 ${fmtPercent(calc.t)}，低 ${steps} 档（每档 ${fmtPercent(calc.s)}）扣 ${fmt(off)} 分`,
      en: `rate ${fmtPercent(r)} is below ${fmtPercent(calc.t)}: ${stepsOf(steps)} of ${fmtPercent(calc.s)} × ${fmt(calc.k)} = −${pointsOf(off)}`,
    };
  },
  describeInput: (_rule, input) =>
    typeof input === 'number' ? { zh: fmtPercent(input), en: fmtPercent(input) } : null,
  sample: (rule, q) => Math.round(clamp01(rule.threshold - 0.35 + 0.45 * q) * 100) / 100,
});
