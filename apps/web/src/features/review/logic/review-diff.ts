import type { IndicatorInput } from '@pathboard/scoring';
import {
  type Entries,
  entriesFromStored,
  sameValue,
} from '../../../shared/assessment-form/form/edit-session';
import type { FieldSpec } from '../../../shared/assessment-form/form/field-spec';
import {
  type FormValue,
  toFormValue,
  toIndicatorInput,
} from '../../../shared/assessment-form/form/form-values';

/** One indicator as the API stores it: the branch's value and the reviewer's, if any. */
export interface StoredPair {
  indicatorCode: string;
  selfValue?: unknown;
  reviewedValue?: unknown;
  /** Why the reviewer's value differs from the branch's (调整理由). */
  reviewReason?: string | null;
  evidence?: string | null;
}

/** The reviewer's reasons by indicator code, as typed (调整理由). */
export type Reasons = Readonly<Record<string, string>>;

const byCode = (stored: readonly StoredPair[]) => new Map(stored.map((s) => [s.indicatorCode, s]));
const input = (value: unknown) => (value ?? null) as IndicatorInput;

/**
 * What the reviewer's form starts from: the official value of each indicator (the reviewed value
 * where one is stored, else the branch's own). Evidence is the branch's and not edited on review.
 */
export function reviewEntries(specs: FieldSpec[], stored: readonly StoredPair[]): Entries {
  return entriesFromStored(
    specs,
    stored.map((s) => ({
      indicatorCode: s.indicatorCode,
      value: s.reviewedValue ?? s.selfValue ?? null,
      evidence: null,
    })),
  );
}

/** The reasons stored with the adjustments, where the reviewer's form starts from. */
export function storedReasons(stored: readonly StoredPair[]): Reasons {
  return Object.fromEntries(
    stored.filter((s) => s.reviewReason).map((s) => [s.indicatorCode, s.reviewReason!]),
  );
}

/**
 * The adjusted indicators without a reason, in form order: the API refuses a decision while any is
 * left (every reviewed value needs one), so the screen points at them first.
 */
export function unexplainedAdjustments(rows: readonly ReviewRow[], reasons: Reasons): ReviewRow[] {
  return rows.filter((row) => row.adjusted && !reasons[row.spec.code]?.trim());
}

/** The branch's own value of an indicator, as a form value (for "back to the branch's value"). */
export function selfFormValue(spec: FieldSpec, stored: readonly StoredPair[]): FormValue {
  return toFormValue(spec, input(byCode(stored).get(spec.code)?.selfValue));
}

export interface ReviewRow {
  spec: FieldSpec;
  /** The branch's value. */
  self: IndicatorInput;
  /** The value that will count: the reviewer's form value. */
  official: IndicatorInput;
  /** The reviewer's value differs from the branch's (审核调整). */
  adjusted: boolean;
  /** The branch's evidence note. */
  evidence: string | null;
}

/** Per indicator: the branch's value next to the reviewer's, and whether the reviewer adjusted it. */
export function reviewRows(specs: FieldSpec[], stored: readonly StoredPair[], current: Entries): ReviewRow[] {
  const pairs = byCode(stored);
  return specs.map((spec) => {
    const pair = pairs.get(spec.code);
    const selfValue = toFormValue(spec, input(pair?.selfValue));
    const value = current[spec.code]?.value ?? null;
    return {
      spec,
      self: toIndicatorInput(spec, selfValue),
      official: toIndicatorInput(spec, value),
      adjusted: !sameValue(spec, selfValue, value),
      evidence: pair?.evidence ?? null,
    };
  });
}

export interface ReviewedValue {
  indicatorCode: string;
  /** null: no adjustment (the branch's value counts). */
  value: IndicatorInput;
  /** With a value: why it differs from the branch's. */
  reason?: string;
}

/**
 * The reviewedValues of reviewAssessment: only indicators whose official value or reason the
 * reviewer changes. A value equal to the branch's, or an emptied field, is sent as null, i.e. "no
 * adjustment": a reviewer cannot make an answered indicator count as missing by accident.
 */
export function reviewedValuesPayload(
  specs: FieldSpec[],
  stored: readonly StoredPair[],
  current: Entries,
  reasons: Reasons = storedReasons(stored),
): ReviewedValue[] {
  const pairs = byCode(stored);
  const payload: ReviewedValue[] = [];
  for (const spec of specs) {
    const pair = pairs.get(spec.code);
    const selfValue = toFormValue(spec, input(pair?.selfValue));
    const storedReviewed =
      pair?.reviewedValue === null || pair?.reviewedValue === undefined
        ? null
        : toFormValue(spec, input(pair.reviewedValue));
    const value = current[spec.code]?.value ?? null;
    const wanted = toIndicatorInput(spec, value) === null || sameValue(spec, value, selfValue) ? null : value;
    const reason = reasons[spec.code]?.trim() ?? '';
    const unchanged =
      wanted === null
        ? storedReviewed === null
        : storedReviewed !== null &&
          sameValue(spec, wanted, storedReviewed) &&
          reason === (pair?.reviewReason ?? '');
    if (unchanged) continue;
    payload.push(
      wanted === null
        ? { indicatorCode: spec.code, value: null }
        : { indicatorCode: spec.code, value: toIndicatorInput(spec, wanted), reason },
    );
  }
  return payload;
}
