/**
 * `shortfall` (每少一次扣 k 分): max(0, M − k × max(0, required − c)). docs/domain.md#shortfall.
 * Input: a whole count c ≥ 0.
 */
import { fmt, fromNumber, max, minus, times, ZERO } from '../engine/fraction';
import { pointsOf, timesOf } from '../engine/english';
import { defineRule } from './rule-module';
import { checkNumber, VALUE_MAX, countTable, lookup, MAX_POINTS, POSITIVE, type CountTable } from './shared';

export interface ShortfallRule {
  type: 'shortfall';
  maxPoints: number;
  required: number;
  deduction: number;
}

interface ShortfallCalc {
  required: number;
  k: ReturnType<typeof fromNumber>;
  byCount: CountTable;
}

export const shortfall = defineRule<ShortfallRule, ShortfallCalc>({
  type: 'shortfall',
  role: 'base',
  defaults: { type: 'shortfall', maxPoints: 10, required: 3, deduction: 3 },
  name: { zh: '每少一次扣分', en: 'shortfall' },
  formula: {
    zh: '比应开展次数每少一次扣“每次扣分”，此项扣完为止：得分 = 满分 − 每次扣分 × 少开展的次数，最低 0 分；填实际开展的次数（不小于 0 的整数）。',
    en: 'k points off for each time short of required: max(0, M − k × max(0, required − c)). Input: a whole c ≥ 0.',
  },
  params: {
    properties: { maxPoints: MAX_POINTS, required: POSITIVE, deduction: POSITIVE },
    required: ['maxPoints', 'required', 'deduction'],
  },
  check: () => [],
  input: () => ({ kind: 'count', integer: true, min: 0, unit: { zh: '次', en: 'times' } }),
  maxPoints: (rule) => rule.maxPoints,
  compile(rule, { m }) {
    const k = fromNumber(rule.deduction);
    const required = fromNumber(rule.required);
    const pointsFor = (c: number) => max(ZERO, minus(m, times(k, max(ZERO, minus(required, fromNumber(c))))));
    return { required: rule.required, k, byCount: countTable(pointsFor, Math.ceil(rule.required) + 1) };
  },
  validate: (input, _calc, fail) => void checkNumber(input, fail, { integer: true, max: VALUE_MAX.times }),
  points: (calc, input) => lookup(calc.byCount, input as number),
  explain(calc, input) {
    const c = input as number;
    const short = Math.max(0, calc.required - c);
    if (short === 0)
      return {
        zh: `应开展${calc.required}次，实开展${c}次`,
        en: `required ${timesOf(calc.required)}, held ${timesOf(c)}`,
      };
    const off = times(calc.k, fromNumber(short));
    return {
      zh: `应开展${calc.required}次，实开展${c}次，少${short}次扣${fmt(off)}分`,
      en: `required ${timesOf(calc.required)}, held ${timesOf(c)}: ${short} short × ${fmt(calc.k)} = −${pointsOf(off)}`,
    };
  },
  sample: (rule, q) =>
    Math.max(0, Math.min(rule.required + 1, Math.round(rule.required * (0.35 + 0.75 * q)))),
});
