/** `boolean`: yes M, no 0. docs/domain.md#boolean. Input: true or false. */
import { ZERO } from '../engine/fraction';
import { defineRule } from './rule-module';
import { checkBoolean, MAX_POINTS } from './shared';

export interface BooleanRule {
  type: 'boolean';
  maxPoints: number;
}

export const boolean = defineRule<BooleanRule, null>({
  type: 'boolean',
  role: 'base',
  defaults: { type: 'boolean', maxPoints: 10 },
  name: { zh: '是否', en: 'yes / no' },
  formula: {
    zh: '选“是”得满分，选“否”得 0 分。',
    en: 'Yes: M, no: 0. Input: true/false.',
  },
  params: { properties: { maxPoints: MAX_POINTS }, required: ['maxPoints'] },
  check: () => [],
  input: () => ({ kind: 'yesNo', integer: false }),
  maxPoints: (rule) => rule.maxPoints,
  compile: () => null,
  validate: (input, _calc, fail) => checkBoolean(input, fail),
  points: (_calc, input, m) => (input === true ? m : ZERO),
  explain: (_calc, input) => (input === true ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' }),
  sample: (_rule, q, random) => random() < 0.35 + 0.7 * q,
});
