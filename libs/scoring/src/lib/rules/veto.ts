/**
 * `veto` (一票否决): no points; yes caps the grade at `capGrade` (default the lowest grade), whatever
 * the total; several vetoes: the lowest cap wins. docs/domain.md#veto. Input: true or false.
 */
import { ZERO } from '../engine/fraction';
import { defineRule } from './rule-module';
import { checkBoolean, CODE } from './shared';

export interface VetoRule {
  type: 'veto';
  capGrade?: string;
}

export const veto = defineRule<VetoRule, { capGradeIndex: number }>({
  type: 'veto',
  role: 'veto',
  defaults: { type: 'veto' },
  name: { zh: '一票否决', en: 'veto' },
  formula: {
    zh: '一票否决：不计分；选“是”时总评等次最高为“等次封顶”所设等次（未设则为最低等次）。',
    en: 'Veto: no points; yes caps the grade at capGrade (default the lowest grade). Input: true/false.',
  },
  params: { properties: { capGrade: CODE }, required: [] },
  check(rule, { gradeCodes }) {
    if (rule.capGrade === undefined || gradeCodes.includes(rule.capGrade)) return [];
    return [
      {
        at: ['capGrade'],
        code: 'UNKNOWN_GRADE',
        message: {
          zh: `capGrade ${rule.capGrade} 不是本方案的等次（${gradeCodes.join('、')}）`,
          en: `capGrade ${rule.capGrade} is not one of the framework's grades (${gradeCodes.join(', ')})`,
        },
      },
    ];
  },
  input: () => ({ kind: 'yesNo', integer: false }),
  maxPoints: () => 0,
  compile(rule, { code, grades }) {
    const capGradeIndex = rule.capGrade === undefined ? grades.lowestIndex : grades.indexOf(rule.capGrade);
    if (capGradeIndex < 0) throw new Error(`Indicator ${code}: unknown capGrade ${rule.capGrade}`);
    return { capGradeIndex };
  },
  validate: (input, _calc, fail) => checkBoolean(input, fail),
  points: () => ZERO,
  vetoCap: (calc, input) => (input === true ? calc.capGradeIndex : -1),
  explain: (_calc, _input, _raw, { capGrade }) =>
    capGrade
      ? { zh: `一票否决：等次封顶为 ${capGrade.name.zh}`, en: `veto: grade capped at ${capGrade.name.en}` }
      : { zh: '未触发一票否决', en: 'veto not triggered' },
  sample: (_rule, q, random) => random() < (1 - q) * 0.02,
});
