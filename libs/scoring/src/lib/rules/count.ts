/**
 * `count`: M × min(1, c / target). docs/domain.md#count. Input: a number c ≥ 0 (hours may have decimals).
 */
import { divide, fromNumber, Fraction, min, ONE, times } from '../engine/fraction';
import { countOf } from '../engine/english';
import type { LocalizedText } from '../types';
import { defineRule } from './rule-module';
import { checkNumber, VALUE_MAX, MAX_POINTS, POSITIVE, remember, TEXT } from './shared';

export interface CountRule {
  type: 'count';
  maxPoints: number;
  target: number;
  unit?: LocalizedText;
}

interface CountCalc {
  target: Fraction;
  targetNumber: number;
  unit: LocalizedText | undefined;
  memo: Map<number, Fraction>;
}

export const count = defineRule<CountRule, CountCalc>({
  type: 'count',
  role: 'base',
  defaults: { type: 'count', maxPoints: 10, target: 2 },
  name: { zh: '数量', en: 'count' },
  formula: {
    zh: '得分 = 满分 × 数量 ÷ 目标，最高为满分；填不小于 0 的数。',
    en: 'M × min(1, c / target). Input: c ≥ 0.',
  },
  params: {
    properties: { maxPoints: MAX_POINTS, target: POSITIVE, unit: TEXT },
    required: ['maxPoints', 'target'],
  },
  check: () => [],
  input: (rule) => ({ kind: 'count', integer: false, min: 0, unit: rule.unit }),
  maxPoints: (rule) => rule.maxPoints,
  compile(rule, { code }) {
    if (!(rule.target > 0)) throw new Error(`Indicator ${code}: count target must be > 0`);
    return {
      target: fromNumber(rule.target),
      targetNumber: rule.target,
      unit: rule.unit,
      memo: new Map(),
    };
  },
  validate: (input, _calc, fail) => void checkNumber(input, fail, { max: VALUE_MAX.count }),
  points(calc, input, m) {
    const c = input as number;
    // Counts recur across branches (0, 1, 2…): each indicator keeps its points by count.
    return calc.memo.get(c) ?? remember(calc.memo, c, times(m, min(ONE, divide(fromNumber(c), calc.target))));
  },
  explain(calc, input) {
    const unit = calc.unit ?? { zh: '', en: '' };
    const t = calc.targetNumber;
    return {
      zh: `完成 ${input}${unit.zh}（目标 ${t}${unit.zh}）`,
      en: unit.en
        ? `${countOf(input as number, unit.en)} (target ${countOf(t, unit.en)})`
        : `${input} (target ${t})`,
    };
  },
  sample(rule, q) {
    const raw = rule.target * (0.2 + 1.1 * q);
    return rule.target >= 4 ? Math.round(raw * 10) / 10 : Math.round(raw);
  },
});
