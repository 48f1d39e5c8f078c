/**
 * Reasons in words for office staff: the input, the rule and the points, in Chinese and English.
 * Built only when `explain` is on; the arithmetic here only re-derives figures for the sentence.
 */
import type { GradeRef, IndicatorInput, LocalizedText, RatioInput } from './types';
import type { Calc, CompiledIndicator } from './compile';
import type { PathScaling } from './scaling';
import { Dec, fmt, fmtPercent, type Dec as DecT } from './decimal';
import { countOf, pointsOf, stepsOf, timesOf } from './english';
import { bandIndex, missingItems, stepsBelow } from './rules';

type Parts = { zh: string; en: string };

export const NO_REASON: LocalizedText = { zh: '', en: '' };
export const MISSING_REASON: LocalizedText = { zh: '未填写,计0分', en: 'not entered: 0 points' };
export const NOT_APPLICABLE_REASON: LocalizedText = {
  zh: '不适用于本支部类型,不计分',
  en: 'does not apply to this sector: not scored',
};

export interface ExplainContext {
  scaling: PathScaling;
  /** Position of the indicator in its path. */
  index: number;
  scaled: DecT;
  /** Bonus: the share left after the path's bonus cap. */
  counted: DecT;
  capGrade?: GradeRef;
}

export function explainIndicator(
  ci: CompiledIndicator,
  input: NonNullable<IndicatorInput>,
  raw: DecT,
  ctx: ExplainContext,
): LocalizedText {
  const calc = ci.calc;
  switch (calc.type) {
    case 'bonus':
      return explainBonus(calc, input as number, raw, ctx.counted);
    case 'deduction':
      return {
        zh: `发现 ${input} 次,每次扣 ${fmt(calc.k)} 分(封顶 ${fmt(calc.cap)}),扣 ${fmt(raw)} 分`,
        en: `found ${timesOf(input as number)}, ${pointsOf(calc.k)} off each (capped at ${fmt(calc.cap)}): −${pointsOf(raw)}`,
      };
    case 'veto':
      return ctx.capGrade
        ? {
            zh: `一票否决:等次封顶为 ${ctx.capGrade.name.zh}`,
            en: `veto: grade capped at ${ctx.capGrade.name.en}`,
          }
        : { zh: '未触发一票否决', en: 'veto not triggered' };
    default: {
      const core = describeBase(ci, calc, input);
      const points = { zh: `得 ${fmt(raw)}/${fmt(ci.m)} 分`, en: `${fmt(raw)} of ${pointsOf(ci.m)}` };
      const reason = { zh: `${core.zh},${points.zh}`, en: `${core.en}: ${points.en}` };
      return ctx.scaling.isOne ? reason : withRescaling(reason, ctx);
    }
  }
}

function withRescaling(reason: Parts, ctx: ExplainContext): LocalizedText {
  const factor = `×${fmt(ctx.scaling.num)}/${fmt(ctx.scaling.den)}`;
  const of = `${fmt(ctx.scaled)}/${fmt(ctx.scaling.scaledMax[ctx.index])}`;
  return {
    zh: `${reason.zh};按适用指标折算 ${factor},计 ${of} 分`,
    en: `${reason.en}; rescaled ${factor} for the applicable indicators: ${fmt(ctx.scaled)} of ${pointsOf(ctx.scaling.scaledMax[ctx.index])}`,
  };
}

function describeBase(ci: CompiledIndicator, calc: Calc, input: NonNullable<IndicatorInput>): Parts {
  switch (calc.type) {
    case 'ratio': {
      const { numerator: n, denominator: d } = input as RatioInput;
      const rate = fmtPercent(new Dec(n).div(d));
      const target = calc.targetIsOne ? null : fmtPercent(calc.target);
      return {
        zh: `${n}/${d} = ${rate}${target ? `(目标 ${target})` : ''}`,
        en: `${n} of ${d} = ${rate}${target ? ` (target ${target})` : ''}`,
      };
    }
    case 'count': {
      const rule = ci.indicator.rule as { unit?: LocalizedText };
      const unit = rule.unit ?? { zh: '', en: '' };
      return {
        zh: `完成 ${input}${unit.zh}(目标 ${calc.target}${unit.zh})`,
        en: unit.en
          ? `${countOf(input as number, unit.en)} (target ${countOf(calc.target, unit.en)})`
          : `${input} (target ${calc.target})`,
      };
    }
    case 'shortfall': {
      const c = input as number;
      const short = Math.max(0, calc.required - c);
      if (short === 0)
        return { zh: `应开展${calc.required}次,实开展${c}次`, en: `required ${timesOf(calc.required)}, held ${timesOf(c)}` };
      return {
        zh: `应开展${calc.required}次,实开展${c}次,少${short}次扣${fmt(calc.k.times(short))}分`,
        en: `required ${timesOf(calc.required)}, held ${timesOf(c)}: ${short} short × ${fmt(calc.k)} = −${pointsOf(calc.k.times(short))}`,
      };
    }
    case 'threshold_step': {
      const r = input as number;
      if (r >= calc.t)
        return {
          zh: `比率 ${fmtPercent(r)} 达到 ${fmtPercent(calc.t)}`,
          en: `rate ${fmtPercent(r)} meets ${fmtPercent(calc.t)}`,
        };
      const steps = stepsBelow(calc, r);
      return {
        zh: `比率 ${fmtPercent(r)} 低于 ${fmtPercent(calc.t)},低 ${steps} 档(每档 ${fmtPercent(calc.s)})扣 ${fmt(calc.k.times(steps))} 分`,
        en: `rate ${fmtPercent(r)} is below ${fmtPercent(calc.t)}: ${stepsOf(steps)} of ${fmtPercent(calc.s)} × ${fmt(calc.k)} = −${pointsOf(calc.k.times(steps))}`,
      };
    }
    case 'rating': {
      const band = bandOf(ci, input as string);
      return { zh: `评定为 ${band.zh}`, en: `rated ${band.en}` };
    }
    case 'banded': {
      const x = input as number;
      const i = bandIndex(calc, x);
      if (i < 0) return { zh: `数值 ${x} 低于所有档次`, en: `value ${x} is below every band` };
      return {
        zh: `数值 ${x} 属于 ≥${calc.mins[i]} 档`,
        en: `value ${x} falls in the band ≥ ${calc.mins[i]}`,
      };
    }
    case 'penalty':
      return { zh: `发现 ${input} 次,每次扣 ${fmt(calc.k)} 分`, en: `found ${timesOf(input as number)}, ${pointsOf(calc.k)} off each` };
    case 'checklist': {
      const missing = missingItems(calc, input as string[]);
      if (missing.length === 0) return { zh: '各项齐全', en: 'every item present' };
      const items = checklistNames(ci);
      return {
        zh: `缺 ${missing.map((i) => `${items[i].zh}(−${fmt(calc.deductions[i])})`).join('、')}`,
        en: `missing ${missing.map((i) => `${items[i].en} (−${fmt(calc.deductions[i])})`).join(', ')}`,
      };
    }
    case 'boolean':
      return input === true ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' };
    default:
      return { zh: '', en: '' };
  }
}

function explainBonus(
  calc: Extract<Calc, { type: 'bonus' }>,
  c: number,
  raw: DecT,
  counted: DecT,
): LocalizedText {
  const base = {
    zh: `${c} 次 × ${fmt(calc.k)} 分(单项封顶 ${fmt(calc.cap)}),加 ${fmt(raw)} 分`,
    en: `${timesOf(c)} × ${pointsOf(calc.k)} (item cap ${fmt(calc.cap)}): +${pointsOf(raw)}`,
  };
  if (counted.eq(raw)) return base;
  return {
    zh: `${base.zh};受路径加分封顶限制,计 ${fmt(counted)} 分`,
    en: `${base.en}; path bonus cap reached: +${pointsOf(counted)} counted`,
  };
}

function bandOf(ci: CompiledIndicator, label: string): LocalizedText {
  const rule = ci.indicator.rule;
  if (rule.type !== 'rating') return { zh: label, en: label };
  const band =
    rule.bands.find((b) => b.code === label) ??
    rule.bands.find((b) => b.name.zh === label || b.name.en === label);
  return band ? band.name : { zh: label, en: label };
}

function checklistNames(ci: CompiledIndicator): LocalizedText[] {
  const rule = ci.indicator.rule;
  return rule.type === 'checklist' ? rule.items.map((item) => item.name) : [];
}

/** The input in words, for a table cell: "11/12", "是", a band's name, the items present. */
export function describeCompiledInput(
  ci: CompiledIndicator,
  input: IndicatorInput | undefined,
): LocalizedText {
  if (input === null || input === undefined) return { zh: '未填写', en: 'not entered' };
  const rule = ci.indicator.rule;
  if (typeof input === 'boolean') return input ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' };
  if (rule.type === 'rating' && typeof input === 'string') return bandOf(ci, input);
  if (rule.type === 'checklist' && Array.isArray(input)) {
    const names = input.map(
      (code) => rule.items.find((item) => item.code === code)?.name ?? { zh: code, en: code },
    );
    return { zh: names.map((n) => n.zh).join('、') || '无', en: names.map((n) => n.en).join(', ') || 'none' };
  }
  if (typeof input === 'object' && !Array.isArray(input))
    return {
      zh: `${input.numerator}/${input.denominator}`,
      en: `${input.numerator} of ${input.denominator}`,
    };
  if (rule.type === 'threshold_step' && typeof input === 'number')
    return { zh: fmtPercent(input), en: fmtPercent(input) };
  return { zh: String(input), en: String(input) };
}
