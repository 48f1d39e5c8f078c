/** Value issues: machine codes with bilingual messages that name the indicator and the problem. */
import type { Indicator, LocalizedText, ValueIssue } from '../types';

export type IssueCode =
  | 'NUMERATOR_GT_DENOMINATOR'
  | 'ZERO_DENOMINATOR'
  | 'NEGATIVE'
  | 'NOT_A_NUMBER'
  | 'TOO_LARGE'
  | 'NOT_AN_INTEGER'
  | 'RATE_OUT_OF_RANGE'
  | 'UNKNOWN_BAND'
  | 'UNKNOWN_ITEM'
  | 'DUPLICATE_ITEM'
  | 'NOT_A_BOOLEAN'
  | 'WRONG_SHAPE'
  | 'UNKNOWN_INDICATOR'
  | 'NOT_APPLICABLE';

const FIELD_ZH: Record<string, string> = { numerator: '分子', denominator: '分母' };

/** The expected forms a rule names (WRONG_SHAPE's detail), in Chinese. */
const SHAPE_ZH: Record<string, string> = {
  'a number': '数字',
  '{ numerator, denominator }': '分子和分母',
  'a list of item codes': '清单项编码的列表',
  'item codes (strings)': '清单项编码（文字）',
  'a band code': '档次编码',
};

/** What went wrong, without the indicator: `detail` is the offending value or item. */
const PROBLEMS: Record<IssueCode, (detail: string, field?: string) => LocalizedText> = {
  NUMERATOR_GT_DENOMINATOR: (detail) => ({
    zh: `分子大于分母（${detail}）`,
    en: `numerator is greater than denominator (${detail})`,
  }),
  ZERO_DENOMINATOR: () => ({ zh: '分母不能为0', en: 'denominator must not be 0' }),
  NEGATIVE: (detail, field) => ({
    zh: `${field ? (FIELD_ZH[field] ?? field) : '数值'}不能为负数（${detail}）`,
    en: `${field ?? 'value'} must not be negative (${detail})`,
  }),
  NOT_A_NUMBER: (detail, field) => ({
    zh: `${field ? (FIELD_ZH[field] ?? field) : '数值'}应为有效数字（收到 ${detail}）`,
    en: `${field ?? 'value'} must be a finite number (got ${detail})`,
  }),
  // detail: "1e+308 > 1000000", the value and the bound of its kind (rules/shared.ts VALUE_MAX).
  TOO_LARGE: (detail, field) => ({
    zh: `${field ? (FIELD_ZH[field] ?? field) : '数值'}超出合理范围（${detail}），请核对是否多输了数位`,
    en: `${field ?? 'value'} is beyond any plausible figure (${detail}); check for extra digits`,
  }),
  NOT_AN_INTEGER: (detail) => ({
    zh: `次数应为整数（收到 ${detail}）`,
    en: `a count must be a whole number (got ${detail})`,
  }),
  RATE_OUT_OF_RANGE: (detail) => ({
    zh: `比率应在0到1之间（收到 ${detail}）`,
    en: `a rate must be between 0 and 1 (got ${detail})`,
  }),
  UNKNOWN_BAND: (detail) => ({ zh: `未知的评定档次 ${detail}`, en: `unknown rating band ${detail}` }),
  UNKNOWN_ITEM: (detail) => ({ zh: `未知的清单项 ${detail}`, en: `unknown checklist item ${detail}` }),
  DUPLICATE_ITEM: (detail) => ({ zh: `清单项重复 ${detail}`, en: `checklist item listed twice: ${detail}` }),
  NOT_A_BOOLEAN: (detail) => ({
    zh: `应为“是”或“否”（收到 ${detail}）`,
    en: `must be yes or no (got ${detail})`,
  }),
  WRONG_SHAPE: (detail) => ({
    zh: `填写格式不符（应为${SHAPE_ZH[detail] ?? detail}）`,
    en: `wrong form of value (expected ${detail})`,
  }),
  UNKNOWN_INDICATOR: () => ({ zh: '考核方案中没有该指标', en: 'no such indicator in the framework' }),
  NOT_APPLICABLE: () => ({
    zh: '该指标不适用于本支部类型，不应填写',
    en: 'this indicator does not apply to the branch sector and takes no value',
  }),
};

export function issue(
  indicator: Indicator | string,
  code: IssueCode,
  detail = '',
  field?: string,
): ValueIssue {
  const problem = PROBLEMS[code](detail, field);
  const label =
    typeof indicator === 'string'
      ? { zh: `指标 ${indicator}`, en: `Indicator ${indicator}` }
      : {
          zh: `指标 ${indicator.code}（${indicator.name.zh}）`,
          en: `Indicator ${indicator.code} (${indicator.name.en})`,
        };
  const message = { zh: `${label.zh}：${problem.zh}`, en: `${label.en}: ${problem.en}` };
  const codeOf = typeof indicator === 'string' ? indicator : indicator.code;
  return field === undefined
    ? { indicator: codeOf, code, message }
    : { indicator: codeOf, field, code, message };
}

/** A value as it appears in a message: strings quoted, objects as JSON. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Thrown by scoreAssessment when any value is invalid; no partial result exists. */
export class ValueValidationError extends Error {
  readonly issues: ValueIssue[];

  constructor(issues: ValueIssue[]) {
    const lines = issues.map(
      (i) => `${i.indicator}${i.field ? `.${i.field}` : ''} ${i.code}: ${i.message.en} / ${i.message.zh}`,
    );
    super(`${issues.length} invalid value(s): ${lines.join('; ')}`);
    this.name = 'ValueValidationError';
    this.issues = issues;
  }
}
