/**
 * Reasons in words for office staff: the input, the rule and the points, in Chinese and English.
 * Built only when `explain` is on. Each rule's module words its own part (rules/*.ts); this file
 * adds what every base rule shares: the points out of M and any rescaling.
 */
import type { GradeRef, IndicatorInput, LocalizedText } from '../types';
import type { CompiledIndicator } from './compile';
import { pointsOf } from './english';
import { fmt, type Fraction } from './fraction';
import type { PathScaling } from './scaling';

export const NO_REASON: LocalizedText = { zh: '', en: '' };
/** An indicator without a value, in a table cell; MISSING_REASON says it with its points. */
export const NOT_ENTERED: LocalizedText = { zh: '未填写', en: 'not entered' };
export const MISSING_REASON: LocalizedText = {
  zh: `${NOT_ENTERED.zh}，计0分`,
  en: `${NOT_ENTERED.en}: 0 points`,
};
export const NOT_APPLICABLE_REASON: LocalizedText = {
  zh: '不适用于本支部类型，不计分',
  en: 'does not apply to this sector: not scored',
};

export interface ExplainContext {
  scaling: PathScaling;
  /** Position of the indicator in its path. */
  index: number;
  /** What counts in the path: a base rule's rescaled points, a bonus's share of the path's cap. */
  counted: Fraction;
  capGrade?: GradeRef;
}

export function explainIndicator(
  ci: CompiledIndicator,
  input: NonNullable<IndicatorInput>,
  raw: Fraction,
  ctx: ExplainContext,
): LocalizedText {
  const own = ci.module.explain(ci.calc, input, raw, {
    m: ci.m,
    counted: ctx.counted,
    capGrade: ctx.capGrade,
  });
  if (ci.role !== 'base') return own;
  const points = { zh: `得 ${fmt(raw)}/${fmt(ci.m)} 分`, en: `${fmt(raw)} of ${pointsOf(ci.m)}` };
  const reason = { zh: `${own.zh}，${points.zh}`, en: `${own.en}: ${points.en}` };
  return ctx.scaling.isOne ? reason : withRescaling(reason, ctx);
}

function withRescaling(reason: LocalizedText, ctx: ExplainContext): LocalizedText {
  const { scaling, index, counted } = ctx;
  const factor = `×${fmt(scaling.num)}/${fmt(scaling.den)}`;
  const of = `${fmt(counted)}/${fmt(scaling.scaledMax[index])}`;
  return {
    zh: `${reason.zh}；按适用指标折算 ${factor}，计 ${of} 分`,
    en: `${reason.en}; rescaled ${factor} for the applicable indicators: ${fmt(counted)} of ${pointsOf(scaling.scaledMax[index])}`,
  };
}

/** The input in words, for a table cell: "11/12", "是", a band's name, the items present. */
export function describeCompiledInput(
  ci: CompiledIndicator,
  input: IndicatorInput | undefined,
): LocalizedText {
  if (input === null || input === undefined) return NOT_ENTERED;
  if (typeof input === 'boolean') return input ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' };
  const own = ci.module.describeInput?.(ci.indicator.rule, input);
  if (own) return own;
  if (typeof input === 'object' && !Array.isArray(input))
    return {
      zh: `${input.numerator}/${input.denominator}`,
      en: `${input.numerator} of ${input.denominator}`,
    };
  return { zh: String(input), en: String(input) };
}
