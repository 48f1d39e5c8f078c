/**
 * The year (年度考评, docs/domain.md#annual): how a framework combines its quarters into the annual
 * verdict, and what that verdict looks like. The framework side is optional (`Framework.annual`);
 * without it ANNUAL_DEFAULTS apply.
 */
import type { Grade, GradeRef, Indicator, IndicatorScore, LocalizedText } from '../types';

/** How the quarters' official totals combine. */
export type QuarterCombination =
  /** 季度平均: the mean of the counted quarters. */
  | { method: 'mean' }
  /** 季度加权: Q1…Q4 weights summing to 100; excluded quarters' weights are shared out among the others. */
  | { method: 'weighted'; weights: [number, number, number, number] }
  /** 积分制: the sum of the counted quarters. */
  | { method: 'sum' };

export type QuarterMethod = QuarterCombination['method'];

/**
 * A quarter without an approved assessment: `exclude` leaves it out (the mean or weights are taken
 * over the others), `zero` counts it as 0.
 */
export type MissingQuarterPolicy = 'exclude' | 'zero';

export interface AnnualRules {
  combine: QuarterCombination;
  /** Default `exclude`. */
  missingQuarter?: MissingQuarterPolicy;
  /** The annual grade list, best first (好/较好/一般/差, 一类…三类, 五星…一星); absent: the framework's grades. */
  grades?: Grade[];
  /**
   * Items scored once a year with the same rule registry as the quarters: 年度加分 (bonus), 年度扣分
   * (deduction), annual vetoes (veto with a `capGrade` of the annual list, e.g. "五星 needs an
   * innovation project" caps at 四星). Base rules are not accepted here (no year-end review yet).
   */
  indicators?: Indicator[];
  /** The annual bonuses together at most this; absent: only each item's own cap limits them. */
  bonusCap?: number;
  /** Whether a veto triggered in an approved quarter caps the annual grade. Default true. */
  quarterVetoesCap?: boolean;
  /**
   * The annual grade a quarter's veto caps at. Absent: the quarter veto's own cap grade when the annual
   * list has that code, else the lowest annual grade.
   */
  quarterVetoCapGrade?: string;
}

export type QuarterNumber = 1 | 2 | 3 | 4;

/** One quarter as the year reads it: its official total as shown (stored) and whether it is approved. */
export interface QuarterOutcome {
  quarter: QuarterNumber;
  /** The official total as shown (2 places); null: no assessment. */
  total: number | null;
  /** Only an approved quarter is official: the others count under `missingQuarter`. */
  approved: boolean;
  /** The quarter's triggered vetoes, as its ScoreResult lists them. */
  vetoes?: { code: string; name: LocalizedText; capGrade: GradeRef }[];
}

/** How a quarter counted: its total, 0 in its place, or left out. */
export type QuarterStatus = 'COUNTED' | 'ZERO' | 'EXCLUDED';

export interface AnnualQuarterLine {
  quarter: QuarterNumber;
  /** The total as given (null when there is none). */
  total: number | null;
  approved: boolean;
  status: QuarterStatus;
  /** The quarter's share of the quarters' part: 1/n for a mean, w/Σw for weights, 1 for a sum, 0 if excluded. Rounded to 4 places. */
  share: number;
  reason: LocalizedText;
}

/** A cap on the annual grade: an annual veto, or a veto of an approved quarter. */
export interface AnnualCap {
  source: 'ANNUAL_VETO' | 'QUARTER_VETO';
  /** The quarter, for a quarter veto. */
  quarter?: QuarterNumber;
  code: string;
  name: LocalizedText;
  capGrade: GradeRef;
}

export interface AnnualResult {
  frameworkCode: string;
  frameworkVersion: number;
  method: QuarterMethod;
  missingQuarter: MissingQuarterPolicy;
  /** Always Q1…Q4 in order. */
  quarters: AnnualQuarterLine[];
  /** How many quarters counted (COUNTED or ZERO). */
  countedQuarters: number;
  /** The quarters combined, rounded to 2 places. */
  quarterPoints: number;
  /** Annual bonuses within `bonusCap`. */
  bonusPoints: number;
  /** Annual deductions, as a positive amount. */
  deductionPoints: number;
  /** max(0, quarters + bonuses − deductions), rounded half up to 2 places; may pass 100. */
  total: number;
  grade: GradeRef;
  /** The grade the shown total alone earns. */
  uncappedGrade: GradeRef;
  /** Every triggered cap. */
  caps: AnnualCap[];
  /** The cap that set the grade (the lowest; the first on a tie), or null when no cap lowered it. */
  cappedBy: AnnualCap | null;
  indicators: IndicatorScore[];
  /** Annual indicators applicable but not entered. */
  missing: string[];
  /** The whole computation in a few sentences: which quarters counted, the formula, the grade and any cap. */
  explanation: LocalizedText;
}
