/**
 * Data checks (docs/domain.md, "Data checks"): warnings about entered values, never refusals.
 * The framework carries the settings (`checks`, each indicator's `expectedRange`); checkValues
 * turns a branch's values into ValueFlags, the same in the browser and on the server.
 */
import type { Indicator, LocalizedText, Sector, ValueMap } from '../types';

/** DHIS2's validation rule operators, by DHIS2's names. */
export const COMPARISON_OPERATORS = [
  'equal_to',
  'not_equal_to',
  'greater_than',
  'greater_than_or_equal_to',
  'less_than',
  'less_than_or_equal_to',
] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

/** The two counts of a fraction input (`{ numerator, denominator }`) a term may name. */
export const INPUT_PARTS = ['numerator', 'denominator'] as const;
export type InputPart = (typeof INPUT_PARTS)[number];

/** factor × the indicator's quantity (or one part of a fraction input). */
export interface CheckTerm {
  indicator: string;
  /** Only for fraction inputs; absent: the rate n/d. */
  part?: InputPart;
  /** Default 1. */
  factor?: number;
}

/** Σ terms + constant: a side of a validation rule. */
export interface CheckExpression {
  terms?: CheckTerm[];
  constant?: number;
}

/** left operator right across indicators, as DHIS2 validation rules have them. */
export interface ValidationRule {
  code: string;
  /** What the rule asks, as the person reads it in the warning. */
  name: LocalizedText;
  left: CheckExpression;
  operator: ComparisonOperator;
  right: CheckExpression;
}

/** The values an indicator's quantity is expected to lie in (engine units: a rate is 0..1). */
export interface ExpectedRange {
  min?: number;
  max?: number;
}

/** A framework's data-check settings; every field optional. */
export interface DataChecks {
  /** Flag a change from the branch's previous quarter by more than this share of it (default 0.5). */
  jumpShare?: number;
  /** Flag a modified z-score among peers above this (default 3.5). */
  outlierScore?: number;
  validationRules?: ValidationRule[];
}

export const DEFAULT_JUMP_SHARE = 0.5;
export const DEFAULT_OUTLIER_SCORE = 3.5;
/** Fewer values than this (the branch and its peers together) make no peer comparison. */
export const MIN_OUTLIER_SAMPLE = 5;

export type ValueFlagCode =
  | 'VALIDATION_RULE_VIOLATED'
  | 'BELOW_EXPECTED_RANGE'
  | 'ABOVE_EXPECTED_RANGE'
  | 'JUMP_FROM_PREVIOUS_QUARTER'
  | 'PEER_OUTLIER';

export interface ValueFlag {
  code: ValueFlagCode;
  /** The indicator the warning is shown beside (a validation rule: its first indicator). */
  indicator: string;
  /** Every indicator the flag is about (a validation rule's, else just `indicator`). */
  indicators: string[];
  /** The validation rule's code, for VALIDATION_RULE_VIOLATED. */
  rule?: string;
  severity: 'warning';
  /**
   * The figures, rounded to 2 places: a rule's left and right; value and min or max; value, previous,
   * share and limit; value, median, mad (meanAd when MAD = 0), score and limit.
   */
  figures: Record<string, number>;
  message: LocalizedText;
}

export interface CheckValuesContext {
  /** The branch's sector: indicators that do not apply are not checked. */
  sector?: Sector;
  /** The branch's own values of the previous quarter. */
  previous?: ValueMap;
  /** Same-sector peers' values in the reviewer's scope, this branch excluded. */
  peers?: readonly ValueMap[];
  /**
   * The outlier check's sample of one indicator: the same peers' values and the branch's own `x`, as
   * numbers sorted ascending (what check-values.ts builds from `peers`), when the caller has it:
   * checkBranchSet sorts each peer group once instead of once per branch. When given, `peers` is not read.
   */
  sampleWith?: (indicator: Indicator, x: number) => readonly number[];
}
