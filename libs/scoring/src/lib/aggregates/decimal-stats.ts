import Decimal from 'decimal.js';

/** Round half up to 2 places (only at output, as DOMAIN.md requires) and return a plain number. */
export function roundOut(value: Decimal, places = 2): number {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();
}

export function sumOf(values: readonly Decimal[]): Decimal {
  let sum = new Decimal(0);
  for (const value of values) sum = sum.plus(value);
  return sum;
}

export function meanOf(values: readonly Decimal[]): Decimal | null {
  return values.length === 0 ? null : sumOf(values).dividedBy(values.length);
}

/**
 * PostgreSQL `percentile_cont(fraction)` (= Excel QUARTILE.INC): linear interpolation between the
 * two closest ranks at position fraction × (n − 1) of the ascending values. The API computes the
 * same figures in SQL, so the definition must match exactly, not just "a" quartile method.
 */
export function percentileCont(sortedAscending: readonly Decimal[], fraction: number): Decimal | null {
  const n = sortedAscending.length;
  if (n === 0) return null;
  const position = new Decimal(fraction).times(n - 1);
  const lowerIndex = position.floor().toNumber();
  const upperIndex = position.ceil().toNumber();
  const lower = sortedAscending[lowerIndex];
  const upper = sortedAscending[upperIndex];
  return lower.plus(upper.minus(lower).times(position.minus(lowerIndex)));
}
