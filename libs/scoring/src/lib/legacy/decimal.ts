/**
 * Exact arithmetic for the engine: a private decimal.js clone, so no other code's global
 * Decimal settings can change how scores are computed.
 */
import DecimalJs from 'decimal.js';

export const Dec = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Dec = DecimalJs;

/** Micro-units: constants that are whole multiples of 10⁻⁶ are also kept as safe integers of this scale. */
const MICRO = 1_000_000;

interface ConstantInfo {
  /** Rounded half up to 2 places. */
  shown: number;
  /** value × 10⁶ when that is a safe integer, else NaN. */
  micro: number;
}

/**
 * Facts about decimals built once per framework (M, band points, lookup tables). Scoring mostly
 * returns such constants: their shown value is a map hit, and sums of them are integer additions.
 */
const constants = new WeakMap<Dec, ConstantInfo>();

/** A decimal constant whose shown value and micro-units are cached. */
export function constant(x: DecimalJs.Value): Dec {
  const d = x instanceof Dec ? x : new Dec(x);
  if (!constants.has(d)) constants.set(d, { shown: toShown(d), micro: microUnits(d) });
  return d;
}

/** d × 10⁶ as a safe integer (with room to add a thousand of them), else NaN. */
function microUnits(d: Dec): number {
  // decimalPlaces() only reads the digits: a computed 22.9166… is ruled out without arithmetic.
  if (d.decimalPlaces() > 6 || d.abs().gt(MICRO_LIMIT)) return NaN;
  return d.times(MICRO).toNumber();
}

const MICRO_LIMIT = Math.floor(Number.MAX_SAFE_INTEGER / 1000 / MICRO);

export const ZERO: Dec = constant(0);
export const ONE: Dec = constant(1);

export function isConstant(d: Dec): boolean {
  return constants.has(d);
}

/** The constant's value × 10⁶ as a safe integer, or NaN (not a constant, or not a whole number of micro-units). */
export function microOf(d: Dec): number {
  const info = constants.get(d);
  return info === undefined ? NaN : info.micro;
}

/** Sums of constants recur (a full path is 100 for every good branch): remember them, boundedly. */
const fromMicroMemo = new Map<number, Dec>();
const FROM_MICRO_LIMIT = 65536;

/** A sum kept in micro-units back to a decimal constant (exact: the integer is safe and 10⁶ divides exactly). */
export function fromMicro(micro: number): Dec {
  if (micro === 0) return ZERO;
  let d = fromMicroMemo.get(micro);
  if (d === undefined) {
    d = constant(new Dec(micro).div(MICRO));
    if (fromMicroMemo.size < FROM_MICRO_LIMIT) fromMicroMemo.set(micro, d);
  }
  return d;
}

function toShown(d: Dec): number {
  // toFixed rounds with the clone's ROUND_HALF_UP; `|| 0` turns −0 into 0.
  return +d.toFixed(2) || 0;
}

/** Round half up to 2 decimals, for a figure that is shown or stored. */
export function shown(d: Dec): number {
  const info = constants.get(d);
  return info === undefined ? toShown(d) : info.shown;
}

/**
 * Round half up to 2 decimals. A JS number is read as its shortest decimal form, so
 * `round2(1.005)` is 1.01 (the number the user typed), not 1.00 (its binary approximation).
 * Non-finite numbers pass through.
 */
export function round2(x: number): number {
  return Number.isFinite(x) ? toShown(new Dec(x)) : x;
}

/** A figure for a sentence: rounded to 2 places, no trailing zeros (22.92, 25, 0.5). */
export function fmt(x: number | Dec): string {
  return String(typeof x === 'number' ? round2(x) : shown(x));
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
