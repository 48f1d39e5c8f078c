/** The zh/en sentences of the data-check flags, each with its figures (full-width punctuation in zh). */
import { fmt, fmtPercent, type Fraction } from '../engine/fraction';
import type { Indicator, LocalizedText } from '../types';
import { OPERATORS } from './operators';
import { inputKind, toNumber } from './quantity';
import type { ValidationRule, ValueFlag, ValueFlagCode } from './types';

type Figures = Record<string, Fraction>;
type Show = (x: Fraction) => string;
type Words = (indicator: Indicator, code: ValueFlagCode, figures: Figures, show: Show) => LocalizedText;

/** A flag about one indicator; figures rounded to 2 places. */
export function indicatorFlag(
  indicator: Indicator,
  code: ValueFlagCode,
  figures: Figures,
  words: Words,
): ValueFlag {
  const kind = inputKind(indicator);
  // Rates read as percents, as the form shows them; counts and numbers as they are.
  const show: Show = kind === 'fraction' || kind === 'percent' ? fmtPercent : fmt;
  return {
    code,
    indicator: indicator.code,
    indicators: [indicator.code],
    severity: 'warning',
    figures: Object.fromEntries(Object.entries(figures).map(([key, x]) => [key, x.shown])),
    message: words(indicator, code, figures, show),
  };
}

export function ruleMessage(rule: ValidationRule, left: Fraction, right: Fraction): LocalizedText {
  const { words, symbol } = OPERATORS[rule.operator];
  return {
    zh: `未满足校验规则「${rule.name.zh}」：${fmt(left)} 应${words.zh} ${fmt(right)}（${symbol}）。`,
    en: `Validation rule "${rule.name.en}" not met: ${fmt(left)} should be ${words.en} ${fmt(right)} (${symbol}).`,
  };
}

export const rangeMessage: Words = ({ name }, code, { value, min, max }, show) =>
  code === 'BELOW_EXPECTED_RANGE'
    ? {
        zh: `${name.zh}为 ${show(value)}，低于预期下限 ${show(min)}，请核对。`,
        en: `${name.en} is ${show(value)}, below the expected minimum ${show(min)}; please check it.`,
      }
    : {
        zh: `${name.zh}为 ${show(value)}，高于预期上限 ${show(max)}，请核对。`,
        en: `${name.en} is ${show(value)}, above the expected maximum ${show(max)}; please check it.`,
      };

export const jumpMessage: Words = ({ name }, _code, { value, previous, share, limit }, show) => {
  const rise = toNumber(value) > toNumber(previous);
  return {
    zh: `${name.zh}由上季度的 ${show(previous)} ${rise ? '升' : '降'}至 ${show(value)}，变化 ${fmtPercent(share)}，超过 ${fmtPercent(limit)}，请核对。`,
    en: `${name.en} went ${rise ? 'up' : 'down'} from ${show(previous)} last quarter to ${show(value)}, a change of ${fmtPercent(share)}, more than ${fmtPercent(limit)}; please check it.`,
  };
};

export const outlierMessage: Words = ({ name }, _code, { value, median, score, limit }, show) => ({
  zh: `${name.zh}为 ${show(value)}，同领域同级支部的中位数为 ${show(median)}，修正 z 分数 ${fmt(score)}（绝对值超过 ${fmt(limit)}），明显偏离，请核对。`,
  en: `${name.en} is ${show(value)} against a peer median of ${show(median)}: modified z-score ${fmt(score)} (beyond ±${fmt(limit)}); please check it.`,
});
