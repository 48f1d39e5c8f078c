/**
 * `bonus` (加分项, 封顶): min(cap, k × c); a path's bonuses together at most its `bonusCap`, shared
 * in framework order. docs/domain.md#bonus. Input: a whole count c ≥ 0.
 */
import { compare, fmt, fromNumber, Fraction, min, times } from '../engine/fraction';
import { pointsOf, timesOf } from '../engine/english';
import { defineRule } from './rule-module';
import {
  checkNumber,
  VALUE_MAX,
  countTable,
  exhaustingCount,
  intBetween,
  lookup,
  POSITIVE,
  type CountTable,
} from './shared';

export interface BonusRule {
  type: 'bonus';
  points: number;
  cap: number;
}

export interface CappedCalc {
  k: Fraction;
  cap: Fraction;
  byCount: CountTable;
}

/** min(cap, k × c) by count, shared with `deduction`. */
export function compileCapped(points: number, cap: number): CappedCalc {
  const k = fromNumber(points);
  const capFraction = fromNumber(cap);
  const pointsFor = (c: number) => min(capFraction, times(k, fromNumber(c)));
  return { k, cap: capFraction, byCount: countTable(pointsFor, exhaustingCount(cap, points)) };
}

export const bonus = defineRule<BonusRule, CappedCalc>({
  type: 'bonus',
  role: 'bonus',
  defaults: { type: 'bonus', points: 1, cap: 3 },
  name: { zh: '加分项', en: 'bonus' },
  formula: {
    zh: '加分项：每次加“每次分值”，此项最多加到“封顶”；本路径加分合计不超过其加分封顶；填次数（不小于 0 的整数）。',
    en: "Bonus, capped: min(cap, points × c); the path's bonuses together at most its bonusCap. Input: a whole c ≥ 0.",
  },
  params: { properties: { points: POSITIVE, cap: POSITIVE }, required: ['points', 'cap'] },
  check: () => [],
  input: () => ({ kind: 'count', integer: true, min: 0, unit: { zh: '次', en: 'times' } }),
  maxPoints: (rule) => rule.cap,
  compile: (rule) => compileCapped(rule.points, rule.cap),
  validate: (input, _calc, fail) => void checkNumber(input, fail, { integer: true, max: VALUE_MAX.times }),
  points: (calc, input) => lookup(calc.byCount, input as number),
  explain(calc, input, raw, { counted }) {
    const c = input as number;
    const base = {
      zh: `${c} 次 × ${fmt(calc.k)} 分（单项封顶 ${fmt(calc.cap)}），加 ${fmt(raw)} 分`,
      en: `${timesOf(c)} × ${pointsOf(calc.k)} (item cap ${fmt(calc.cap)}): +${pointsOf(raw)}`,
    };
    if (compare(counted, raw) === 0) return base;
    return {
      zh: `${base.zh}；受路径加分封顶限制，计 ${fmt(counted)} 分`,
      en: `${base.en}; path bonus cap reached: +${pointsOf(counted)} counted`,
    };
  },
  sample: (_rule, q, random) => (random() < q * 0.45 ? intBetween(random, 1, 3) : 0),
});
