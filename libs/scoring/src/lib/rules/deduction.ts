/**
 * `deduction` (扣分项, 扣完为止): −min(cap, k × c), taken off the path after its bonuses.
 * docs/domain.md#deduction. Input: a whole count c ≥ 0.
 */
import { fmt } from '../engine/fraction';
import { pointsOf, timesOf } from '../engine/english';
import { compileCapped, type CappedCalc } from './bonus';
import { defineRule } from './rule-module';
import { checkNumber, VALUE_MAX, intBetween, lookup, POSITIVE } from './shared';

export interface DeductionRule {
  type: 'deduction';
  points: number;
  cap: number;
}

export const deduction = defineRule<DeductionRule, CappedCalc>({
  type: 'deduction',
  role: 'deduction',
  defaults: { type: 'deduction', points: 1, cap: 5 },
  name: { zh: '扣分项', en: 'deduction' },
  formula: {
    zh: '扣分项：每次扣“每次分值”，此项最多扣到“封顶”；填次数（不小于 0 的整数）。',
    en: 'Deduction, capped: −min(cap, points × c). Input: a whole c ≥ 0.',
  },
  params: { properties: { points: POSITIVE, cap: POSITIVE }, required: ['points', 'cap'] },
  check: () => [],
  input: () => ({ kind: 'count', integer: true, min: 0, unit: { zh: '次', en: 'times' } }),
  maxPoints: (rule) => rule.cap,
  compile: (rule) => compileCapped(rule.points, rule.cap),
  validate: (input, _calc, fail) => void checkNumber(input, fail, { integer: true, max: VALUE_MAX.times }),
  points: (calc, input) => lookup(calc.byCount, input as number),
  explain: (calc, input, raw) => ({
    zh: `发现 ${input} 次，每次扣 ${fmt(calc.k)} 分（封顶 ${fmt(calc.cap)}），扣 ${fmt(raw)} 分`,
    en: `found ${timesOf(input as number)}, ${pointsOf(calc.k)} off each (capped at ${fmt(calc.cap)}): −${pointsOf(raw)}`,
  }),
  sample: (_rule, q, random) => (random() < (1 - q) * 0.3 ? intBetween(random, 1, 2) : 0),
});
