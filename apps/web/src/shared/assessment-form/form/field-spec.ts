import {
  bandsAreRates,
  ruleInput,
  ruleMaxPoints,
  ruleRole,
  type ChoiceOption,
  type Indicator,
  type InputKind,
  type LocalizedText,
  type Rule,
  type RuleRole,
} from '@pathboard/scoring';

/**
 * The input a person fills in for each rule of libs/scoring, as the rule's module says
 * (`ruleInput`: fraction, count, percent, number, band, checklist, yesNo). Office staff think in
 * "11 of 12 meetings" and "87.5%", so rates are entered as percents and ratios as two counts; the
 * converters in form-values.ts turn them into the engine's inputs.
 */
export type { InputKind, ChoiceOption };

export interface FieldSpec {
  code: string;
  name: LocalizedText;
  kind: InputKind;
  /** Whole numbers only (occurrence counts); hours and people-averages may have decimals. */
  integer: boolean;
  min?: number;
  max?: number;
  unit?: LocalizedText;
  /** Band or checklist options, in the framework's order. */
  options?: ChoiceOption[];
  /** The most the indicator can earn (bonus: its cap; deduction: its cap, as a loss; veto: 0). */
  maxPoints: number;
  /** How the indicator counts: in the path's base points, as a capped bonus or deduction, or as a veto. */
  role: RuleRole;
  /** Veto only: the grade code a "yes" caps the total at (absent: the lowest grade). */
  capGrade?: string;
}

const PERCENT: LocalizedText = { zh: '%', en: '%' };

/** Banded rules over rates (every band bound within 0..1, some fractional) are entered as percents. */
export { bandsAreRates };

export function inputKindFor(rule: Rule): InputKind {
  return ruleInput(rule).kind;
}

export function fieldSpecFor(indicator: Indicator): FieldSpec {
  const { rule } = indicator;
  const input = ruleInput(rule);
  const spec: FieldSpec = {
    code: indicator.code,
    name: indicator.name,
    kind: input.kind,
    integer: input.integer,
    maxPoints: ruleMaxPoints(rule),
    role: ruleRole(rule),
  };
  if (input.kind === 'percent') {
    // The engine takes a rate in [0, 1]; the form shows it as a percent.
    return { ...spec, min: (input.min ?? 0) * 100, max: (input.max ?? 1) * 100, unit: PERCENT };
  }
  if (input.min !== undefined) spec.min = input.min;
  if (input.max !== undefined) spec.max = input.max;
  if (input.unit) spec.unit = input.unit;
  if (input.options) spec.options = input.options;
  if ('capGrade' in rule && rule.capGrade) spec.capGrade = rule.capGrade;
  return spec;
}

/**
 * A percent field holding a value in (0, 1), such as 0.73: almost always a rate typed where the
 * percent was meant (73). Said beside the field, not refused: 0.5% can be a real value.
 */
export function looksLikeARate(spec: Pick<FieldSpec, 'kind'>, value: unknown): boolean {
  return spec.kind === 'percent' && typeof value === 'number' && value > 0 && value < 1;
}
