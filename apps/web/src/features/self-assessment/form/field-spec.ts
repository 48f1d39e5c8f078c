import type { Indicator, LocalizedText, Rule } from '@pathboard/scoring';

/**
 * The input a person fills in for each rule of libs/scoring. Office staff think in "11 of 12
 * meetings" and "87.5%", so rates are entered as percents and ratios as two counts; the
 * converters in form-values.ts turn them into the engine's inputs.
 */
export type InputKind =
  | 'fraction' // ratio: done / required
  | 'count' // count, shortfall, penalty, bonus, deduction
  | 'percent' // threshold_step (a rate), banded over rates
  | 'number' // banded over plain numbers (e.g. absences)
  | 'band' // rating: 好 / 较好 / 一般 / 差
  | 'checklist' // the items present
  | 'yesNo'; // boolean, veto

export interface ChoiceOption {
  value: string;
  label: LocalizedText;
}

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
  role: 'base' | 'bonus' | 'deduction' | 'veto';
  /** Veto only: the grade code a "yes" caps the total at (absent: the lowest grade). */
  capGrade?: string;
}

const TIMES: LocalizedText = { zh: '次', en: 'times' };
const PERCENT: LocalizedText = { zh: '%', en: '%' };

/** Banded rules over rates (every band bound within 0..1, some fractional) are entered as percents. */
export function bandsAreRates(bounds: number[]): boolean {
  return bounds.every((b) => b >= 0 && b <= 1) && bounds.some((b) => !Number.isInteger(b));
}

export function inputKindFor(rule: Rule): InputKind {
  switch (rule.type) {
    case 'ratio':
      return 'fraction';
    case 'count':
    case 'shortfall':
    case 'penalty':
    case 'bonus':
    case 'deduction':
      return 'count';
    case 'threshold_step':
      return 'percent';
    case 'banded':
      return bandsAreRates(rule.bands.map((b) => b.min)) ? 'percent' : 'number';
    case 'rating':
      return 'band';
    case 'checklist':
      return 'checklist';
    case 'boolean':
    case 'veto':
      return 'yesNo';
  }
}

function maxPointsOf(rule: Rule): number {
  switch (rule.type) {
    case 'bonus':
    case 'deduction':
      return rule.cap;
    case 'veto':
      return 0;
    default:
      return rule.maxPoints;
  }
}

export function fieldSpecFor(indicator: Indicator): FieldSpec {
  const { rule } = indicator;
  const kind = inputKindFor(rule);
  const role = rule.type === 'bonus' || rule.type === 'deduction' || rule.type === 'veto' ? rule.type : 'base';
  const spec: FieldSpec = { code: indicator.code, name: indicator.name, kind, integer: false, maxPoints: maxPointsOf(rule), role };
  switch (rule.type) {
    case 'count':
      return { ...spec, min: 0, unit: rule.unit };
    case 'shortfall':
    case 'penalty':
    case 'bonus':
    case 'deduction':
      return { ...spec, integer: true, min: 0, unit: TIMES };
    case 'ratio':
      return { ...spec, integer: false, min: 0 };
    case 'threshold_step':
      return { ...spec, min: 0, max: 100, unit: PERCENT };
    case 'banded':
      return kind === 'percent' ? { ...spec, min: 0, max: 100, unit: PERCENT } : spec;
    case 'rating':
      return { ...spec, options: rule.bands.map((b) => ({ value: b.code, label: b.name })) };
    case 'checklist':
      return { ...spec, options: rule.items.map((i) => ({ value: i.code, label: i.name })) };
    case 'veto':
      return rule.capGrade ? { ...spec, capGrade: rule.capGrade } : spec;
    default:
      return spec;
  }
}
