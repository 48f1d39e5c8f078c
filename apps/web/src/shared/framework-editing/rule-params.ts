import { ruleModule, type Rule } from '@pathboard/scoring';

export type ParamLang = 'zh' | 'en';

/**
 * Rule parameters named as office staff say them: the one table the framework view, the framework
 * editor and the what-if form read. `rate`: a share from 0 to 1, shown as a percent.
 */
export const PARAM_WORDS: Readonly<Record<string, { zh: string; en: string; rate?: boolean }>> = {
  maxPoints: { zh: '满分', en: 'full marks' },
  target: { zh: '目标', en: 'target' },
  required: { zh: '应开展次数', en: 'required count' },
  deduction: { zh: '每次扣分', en: 'points off each' },
  points: { zh: '每次分值', en: 'points each' },
  cap: { zh: '封顶', en: 'cap' },
  floor: { zh: '下限', en: 'floor', rate: true },
  threshold: { zh: '阈值', en: 'threshold', rate: true },
  step: { zh: '每档', en: 'step', rate: true },
  capGrade: { zh: '等次封顶', en: 'grade capped at' },
  items: { zh: '清单项', en: 'items' },
  bands: { zh: '分档', en: 'bands' },
};

export function paramLabel(key: string, lang: ParamLang): string {
  return PARAM_WORDS[key]?.[lang] ?? key;
}

/**
 * The rule's numeric parameters, read from its module's parameter schema in the rule registry
 * (libs/scoring), in the schema's order; an optional one (a ratio's target) is offered too.
 */
export function numericParams(rule: Rule): string[] {
  const { properties } = ruleModule(rule.type).params;
  return Object.entries(properties)
    .filter(([, schema]) => schema['type'] === 'number')
    .map(([key]) => key);
}
