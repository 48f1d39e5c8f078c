import {
  divide,
  floor,
  frac,
  fromNumber,
  Fraction,
  minus,
  plus,
  round2,
  roundTo,
  times,
  ZERO,
  ceil,
} from '../engine/fraction';

/** Round half up to 2 places (only at output, as docs/domain.md#arithmetic requires) and return a plain number. */
export function roundOut(value: Fraction, places = 2): number {
  return roundTo(value, places);
}

/**
 * `value` in integer hundredths when its decimal form has at most 2 places (every shown or stored
 * score does), else null. Sums of such integers are exact and cheap, which keeps a 5,000-branch
 * aggregate from building one fraction per value.
 */
export function centsOf(value: number): number | null {
  const cents = Math.round(value * 100);
  return Number.isSafeInteger(cents) && cents / 100 === value ? cents : null;
}

/** A number already on 2 places stays as it is; anything else is rounded half up exactly. */
export function round2Exact(value: number): number {
  return centsOf(value) === null ? round2(value) : value;
}

/** Exact Σ weight × value (weight 1 when absent): integer cents when possible, fractions otherwise. */
export function exactSum(values: readonly number[], weights?: readonly number[]): Fraction {
  let cents = 0;
  for (let i = 0; i < values.length; i++) {
    const valueCents = centsOf(values[i]);
    const weight = weights ? weights[i] : 1;
    if (valueCents === null || !Number.isSafeInteger(weight)) return fractionSum(values, weights);
    cents += valueCents * weight;
  }
  return Number.isSafeInteger(cents) ? frac(cents, 100) : fractionSum(values, weights);
}

function fractionSum(values: readonly number[], weights?: readonly number[]): Fraction {
  let sum = ZERO;
  for (let i = 0; i < values.length; i++)
    sum = plus(sum, times(fromNumber(values[i]), fromNumber(weights ? weights[i] : 1)));
  return sum;
}

export function exactMean(values: readonly number[]): Fraction | null {
  return values.length === 0 ? null : divide(exactSum(values), frac(values.length, 1));
}

/**
 * PostgreSQL `percentile_cont(fraction)` (= Excel QUARTILE.INC): linear interpolation between the
 * two closest ranks at position fraction × (n − 1) of the ascending values. The API computes the
 * same figures in SQL, so the definition must match exactly, not just "a" quartile method.
 */
export function percentileCont(sortedAscending: ArrayLike<number>, fraction: number): Fraction | null {
  const n = sortedAscending.length;
  if (n === 0) return null;
  const position = times(fromNumber(fraction), frac(n - 1, 1));
  const lowerIndex = floor(position);
  const lower = fromNumber(sortedAscending[lowerIndex]);
  const upper = fromNumber(sortedAscending[ceil(position)]);
  return plus(lower, times(minus(upper, lower), minus(position, frac(lowerIndex, 1))));
}

/** round half up (numerator × 100 / denominator) to 2 places, for non-negative integers, exactly. */
export function percentOf(numerator: number, denominator: number): number {
  return Math.floor((numerator * 20000 + denominator) / (2 * denominator)) / 100;
}
