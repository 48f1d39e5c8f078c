/**
 * `penalty` (每发现一次扣 k 分, 此项扣完为止): max(0, M − k × c). docs/domain.md#penalty.
 * Input: a whole count c ≥ 0.
 */
import { fmt, fromNumber, Fraction, max, minus, times, ZERO } from '../engine/fraction';
import { pointsOf, timesOf } from '../engine/english';
import { defineRule } from './rule-module';
import {
  checkNumber,
  VALUE_MAX,
  countTable,
  exhaustingCount,
  intBetween,
  lookup,
  MAX_POINTS,
  POSITIVE,
  type CountTable,
} from './shared';

export interface PenaltyRule {
  type: 'penalty';
  maxPoints: number;
  deduction: number;
}

interface PenaltyCalc {
  k: Fraction;
  byCount: CountTable;
}

export const penalty = defineRule<PenaltyRule, PenaltyCalc>({
  type: 'penalty',
  role: 'base',
  defaults: { type: 'penalty', maxPoints: 10, deduction: 2 },
  name: { zh: '每发现一次扣分', en: 'penalty' },
  formula: {
    zh: '每发现一次扣“每次扣分”，此项扣完为止：得分 = 满分 − 每次扣分 × 次数，最低 0 分；填发现的次数（不小于 0 的整数）。',
    en: 'k points off for each finding, down to 0: max(0, M − k × c). Input: a whole c ≥ 0.',
  },
  params: {
    properties: { maxPoints: MAX_POINTS, deduction: POSITIVE },
    required: ['maxPoints', 'deduction'],
  },
  check: () => [],
  input: () => ({ kind: 'count', integer: true, min: 0, unit: { zh: '次', en: 'times' } }),
  maxPoints: (rule) => rule.maxPoints,
  compile(rule, { m }) {
    const k = fromNumber(rule.deduction);
    const pointsFor = (c: number) => max(ZERO, minus(m, times(k, fromNumber(c))));
    return { k, byCount: countTable(pointsFor, exhaustingCount(rule.maxPoints, rule.deduction)) };
  },
  validate: (input, _calc, fail) => void checkNumber(input, fail, { integer: true, max: VALUE_MAX.times }),
  points: (calc, input) => lookup(calc.byCount, input as number),
  explain: (calc, input) => ({
    zh: `发现 ${input} 次，每次扣 ${fmt(calc.k)} 分`,
    en: `found ${timesOf(input as number)}, ${pointsOf(calc.k)} off each`,
  }),
  sample: (_rule, q, random) => (q > 0.7 ? 0 : intBetween(random, 0, 2)),
});
