/**
 * Exact arithmetic for the engine: a private decimal.js clone, so no other code's global
 * Decimal settings can change how scores are computed.
 */
import DecimalJs from 'decimal.js';

export const Dec = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Dec = DecimalJs;

export const ZERO: Dec = new Dec(0);

/**
 * Shown values of decimals built once per framework (M, band points, lookup tables). Scoring
 * mostly returns such constants, so converting them to a rounded JS number is a map hit.
 */
const shownConstants = new WeakMap<Dec, number>();

/** A decimal constant whose rounded (shown) value is cached. */
export function constant(x: DecimalJs.Value): Dec {
  const d = x instanceof Dec ? x : new Dec(x);
  if (!shownConstants.has(d)) shownConstants.set(d, toShown(d));
  return d;
}

export function isConstant(d: Dec): boolean {
  return shownConstants.has(d);
}

function toShown(d: Dec): number {
  return d.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toNumber();
}

/** Round half up to 2 decimals, for a figure that is shown or stored. */
export function shown(d: Dec): number {
  const cached = shownConstants.get(d);
  return cached === undefined ? toShown(d) : cached;
}

/**
 * Round half up to 2 decimals. A JS number is read as its shortest decimal form, so
 * `round2(1.005)` is 1.01 (the number the user typed), not 1.00 (its binary approximation).
 */
export function round2(x: number | Dec): number {
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) return x;
    return toShown(new Dec(x));
  }
  return shown(x);
}

/** A figure for a sentence: rounded to 2 places, no trailing zeros (22.92, 25, 0.5). */
export function fmt(x: number | Dec): string {
  const n = round2(x);
  return Object.is(n, -0) ? '0' : String(n);
}

/** A rate in [0, 1] as a percentage for a sentence: 0.9167 → "91.67%". */
export function fmtPercent(x: number | Dec): string {
  const d = typeof x === 'number' ? new Dec(x) : x;
  return `${fmt(d.times(100))}%`;
}

export function minDec(a: Dec, b: Dec): Dec {
  return a.lte(b) ? a : b;
}

export function maxDec(a: Dec, b: Dec): Dec {
  return a.gte(b) ? a : b;
}
