import Decimal from 'decimal.js';

/** Round half up to 2 places (only at output, as docs/domain.md requires) and return a plain number. */
export function roundOut(value: Decimal, places = 2): number {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();
}

/**
 * `value` in integer hundredths when its decimal form has at most 2 places (every shown or stored
 * score does), else null. Sums of such integers are exact, which lets a 5,000-branch aggregate avoid
 * one Decimal object per value while staying free of float drift.
 */
export function centsOf(value: number): number | null {
  const cents = Math.round(value * 100);
  return Number.isSafeInteger(cents) && cents / 100 === value ? cents : null;
}

/** A number already on 2 places stays as it is; anything else is rounded half up exactly. */
export function round2Exact(value: number): number {
  return centsOf(value) === null ? roundOut(new Decimal(value)) : value;
}

/** Exact Σ weight × value (weight 1 when absent): integer cents when possible, Decimal otherwise. */
export function exactSum(values: readonly number[], weights?: readonly number[]): Decimal {
  let cents = 0;
  for (let i = 0; i < values.length; i++) {
    const valueCents = centsOf(values[i]);
    const weight = weights ? weights[i] : 1;
    if (valueCents === null || !Number.isSafeInteger(weight)) return decimalSum(values, weights);
    cents += valueCents * weight;
  }
  return Number.isSafeInteger(cents) ? new Decimal(cents).dividedBy(100) : decimalSum(values, weights);
}

function decimalSum(values: readonly number[], weights?: readonly number[]): Decimal {
  let sum = new Decimal(0);
  for (let i = 0; i < values.length; i++) sum = sum.plus(new Decimal(values[i]).times(weights ? weights[i] : 1));
  return sum;
}

export function exactMean(values: readonly number[]): Decimal | null {
  return values.length === 0 ? null : exactSum(values).dividedBy(values.length);
}

/**
 * PostgreSQL `percentile_cont(fraction)` (= Excel QUARTILE.INC): linear interpolation between the
 * two closest ranks at position fraction × (n − 1) of the ascending values. The API computes the
 * same figures in SQL, so the definition must match exactly, not just "a" quartile method.
 * Plain numbers sort exactly (only the interpolation needs decimals).
 */
export function percentileCont(sortedAscending: ArrayLike<number>, fraction: number): Decimal | null {
  const n = sortedAscending.length;
  if (n === 0) return null;
  const position = new Decimal(fraction).times(n - 1);
  const lowerIndex = position.floor().toNumber();
  const lower = new Decimal(sortedAscending[lowerIndex]);
  const upper = new Decimal(sortedAscending[position.ceil().toNumber()]);
  return lower.plus(upper.minus(lower).times(position.minus(lowerIndex)));
}

/** round half up (numerator × 100 / denominator) to 2 places, for non-negative integers, exactly. */
export function percentOf(numerator: number, denominator: number): number {
  return Math.floor((numerator * 20000 + denominator) / (2 * denominator)) / 100;
}
