/**
 * The engine's one number type: exact fractions num / den (docs/domain.md, "Arithmetic").
 * Safe integers (|x| < 2⁵³, where doubles are exact) carry nearly every figure; an operation whose
 * integers would leave that range redoes itself in BigInt, so no input can make a score inexact.
 * Rounding half up to 2 places for a shown figure is integer division too: no decimal library.
 */
const MAX = Number.MAX_SAFE_INTEGER;
const INT32_MAX = 0x7fffffff;

export class Fraction {
  /** Rounded half up to 2 places on first use; NaN until then. */
  private rounded = NaN;

  /**
   * Build one with frac()/fromNumber(): they reduce it. In the safe form `big` is null; past 2⁵³
   * `num` and `den` are NaN and `big` holds the BigInt pair. `fixed` marks framework constants and
   * memoized points, which recur, so figures derived from them may be cached too.
   */
  constructor(
    readonly num: number,
    readonly den: number,
    readonly big: BigPair | null,
    readonly fixed: boolean,
  ) {}

  get shown(): number {
    let r = this.rounded;
    if (r !== r) r = this.rounded = this.big === null ? roundHalfUp(this.num, this.den) : roundBig(this.big);
    return r;
  }

  isZero(): boolean {
    return this.num === 0;
  }

  isNegative(): boolean {
    return this.big === null ? this.num < 0 : this.big.num < 0n;
  }

  /** The same value marked fixed (see the constructor). */
  asFixed(): Fraction {
    return this.fixed ? this : new Fraction(this.num, this.den, this.big, true);
  }
}

interface BigPair {
  num: bigint;
  den: bigint;
}

export const ZERO = new Fraction(0, 1, null, true);
export const ONE = new Fraction(1, 1, null, true);

/** Greatest common divisor of two non-negative safe integers (Euclid). */
export function gcd(a: number, b: number): number {
  // Most fractions here are small: int32 remainders are much cheaper than double ones (fmod).
  if (a <= INT32_MAX && b <= INT32_MAX) {
    let x = a | 0;
    let y = b | 0;
    while (y > 0) {
      const t = x % y;
      x = y;
      y = t;
    }
    return x;
  }
  while (b > 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function bigGcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b > 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** a × b when the exact product is a safe integer, else NaN. */
function mul(a: number, b: number): number {
  const p = a * b;
  return p <= MAX && p >= -MAX ? p : NaN;
}

function add(a: number, b: number): number {
  const s = a + b;
  return s <= MAX && s >= -MAX ? s : NaN;
}

/** num / den (safe integers, den ≠ 0) reduced, den > 0. */
export function frac(num: number, den: number, fixed = false): Fraction {
  if (num !== num || den !== den) throw new Error('frac: not an integer');
  if (den < 0) {
    num = -num;
    den = -den;
  }
  if (num === 0) return ZERO;
  const g = gcd(num < 0 ? -num : num, den);
  return new Fraction(num / g, den / g, null, fixed);
}

/** A BigInt num / den reduced, back in the safe form when it fits. */
function fromBig(num: bigint, den: bigint, fixed = false): Fraction {
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  if (num === 0n) return ZERO;
  const g = bigGcd(num, den);
  if (g !== 1n) {
    num /= g;
    den /= g;
  }
  const maxBig = BigInt(MAX);
  if (num <= maxBig && num >= -maxBig && den <= maxBig)
    return new Fraction(Number(num), Number(den), null, fixed);
  return new Fraction(NaN, NaN, { num, den }, fixed);
}

function bigOf(x: Fraction): BigPair {
  return x.big ?? { num: BigInt(x.num), den: BigInt(x.den) };
}

export function plus(a: Fraction, b: Fraction): Fraction {
  if (a.num === 0) return b;
  if (b.num === 0) return a;
  if (a.big === null && b.big === null) {
    if (a.den === b.den) {
      const s = add(a.num, b.num);
      if (s === s) return s === 0 ? ZERO : frac(s, a.den);
    } else {
      const g = gcd(a.den, b.den);
      const da = a.den / g;
      const db = b.den / g;
      const s = add(mul(a.num, db), mul(b.num, da));
      const d = mul(a.den, db);
      if (s === s && d === d) return s === 0 ? ZERO : frac(s, d);
    }
  }
  const x = bigOf(a);
  const y = bigOf(b);
  return fromBig(x.num * y.den + y.num * x.den, x.den * y.den);
}

export function minus(a: Fraction, b: Fraction): Fraction {
  return b.num === 0 ? a : plus(a, negate(b));
}

export function negate(a: Fraction): Fraction {
  return a.big === null
    ? new Fraction(-a.num, a.den, null, false)
    : new Fraction(NaN, NaN, { num: -a.big.num, den: a.big.den }, false);
}

export function times(a: Fraction, b: Fraction): Fraction {
  if (a.num === 0 || b.num === 0) return ZERO;
  if (a.big === null && b.big === null) {
    if (b.num === 1 && b.den === 1) return a;
    // Cross-reduce first so the products stay small.
    const g1 = gcd(a.num < 0 ? -a.num : a.num, b.den);
    const g2 = gcd(b.num < 0 ? -b.num : b.num, a.den);
    const n = mul(a.num / g1, b.num / g2);
    const d = mul(a.den / g2, b.den / g1);
    if (n === n && d === d) return new Fraction(n, d, null, false);
  }
  const x = bigOf(a);
  const y = bigOf(b);
  return fromBig(x.num * y.num, x.den * y.den);
}

/** a / b for b ≠ 0. */
export function divide(a: Fraction, b: Fraction): Fraction {
  if (b.big === null) {
    if (b.num === 0) throw new Error('divide by zero');
    return times(a, b.num < 0 ? frac(-b.den, -b.num) : new Fraction(b.den, b.num, null, false));
  }
  return times(a, fromBig(b.big.den, b.big.num));
}

/** Sign of a − b: −1, 0 or 1. */
export function compare(a: Fraction, b: Fraction): number {
  if (a.big === null && b.big === null) {
    const left = mul(a.num, b.den);
    const right = mul(b.num, a.den);
    if (left === left && right === right) return left < right ? -1 : left > right ? 1 : 0;
  }
  const x = bigOf(a);
  const y = bigOf(b);
  const l = x.num * y.den;
  const r = y.num * x.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function min(a: Fraction, b: Fraction): Fraction {
  return compare(a, b) <= 0 ? a : b;
}

export function max(a: Fraction, b: Fraction): Fraction {
  return compare(a, b) >= 0 ? a : b;
}

/** The smallest integer ≥ x, as a JS number (callers use it for counts of steps). */
export function ceil(x: Fraction): number {
  if (x.big === null) {
    const r = x.num % x.den;
    const q = (x.num - r) / x.den;
    return r > 0 ? q + 1 : q;
  }
  const { num, den } = x.big;
  const q = num / den;
  return Number(num % den > 0n ? q + 1n : q);
}

const POWERS = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];
/** Below this, doubles are closer than 10⁻⁶ apart (2³² × 2⁻⁵² = 2⁻²⁰ < 10⁻⁶): see fromNumber. */
const NUMBER_LIMIT = 2 ** 32;

/**
 * The decimal a JS number stands for: its shortest form, 0.1 for 0.1 (what the person typed), not
 * its binary neighbour. Fast path: r / 10ᵏ with k ≤ 6 gives x back, and below 2³² no other decimal
 * of ≤ k places is that close to x. Otherwise the shortest form is read from String(x) in BigInt.
 */
export function fromNumber(x: number, fixed = false): Fraction {
  if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  if (Number.isSafeInteger(x)) return x === 0 ? ZERO : new Fraction(x, 1, null, fixed);
  if (x > -NUMBER_LIMIT && x < NUMBER_LIMIT) {
    for (let k = 1; k < POWERS.length; k++) {
      const r = Math.round(x * POWERS[k]);
      if (r / POWERS[k] === x) return frac(r, POWERS[k], fixed);
    }
  }
  return fromDecimalString(String(x), fixed);
}

/** "1.5e-7", "-12.25", "1e+21" as an exact fraction. */
function fromDecimalString(text: string, fixed: boolean): Fraction {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!match) throw new Error(`not a decimal: ${text}`);
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  let num = BigInt(whole + fraction);
  let den = 10n ** BigInt(fraction.length);
  const e = Number(exponent);
  if (e > 0) num *= 10n ** BigInt(e);
  else if (e < 0) den *= 10n ** BigInt(-e);
  return fromBig(sign ? -num : num, den, fixed);
}

/**
 * num / den rounded half up (away from zero on a tie) to 2 places, as the double nearest to that
 * 2-place decimal (what `+x.toFixed(2)` of the exact value would give). With a = |num|:
 * cents = floor((200a + den) / 2den), integer division done as (x − x mod y) / y, which is exact.
 */
export function roundHalfUp(num: number, den: number): number {
  if (den === 1) return num;
  // At most 2 places: the correctly rounded division is that nearest double already.
  if (100 % den === 0) return num / den;
  const a = num < 0 ? -num : num;
  const x = add(mul(a, 200), den);
  const y = 2 * den;
  if (x !== x || y > MAX) return roundBig({ num: BigInt(num), den: BigInt(den) });
  const cents = (x - (x % y)) / y;
  return (num < 0 ? -cents : cents) / 100 || 0;
}

function roundBig({ num, den }: BigPair): number {
  const a = num < 0n ? -num : num;
  const cents = (a * 200n + den) / (2n * den);
  const whole = cents / 100n;
  const rest = cents % 100n;
  // Through the decimal string, so a figure past 2⁵³ still gives the double nearest to it.
  const text = `${num < 0n ? '-' : ''}${whole}.${rest.toString().padStart(2, '0')}`;
  return Number(text) || 0;
}

/** A figure for a sentence: rounded to 2 places, no trailing zeros (22.92, 25, 0.5). */
export function fmt(x: Fraction | number): string {
  return String(typeof x === 'number' ? fromNumber(x).shown : x.shown);
}

const HUNDRED = new Fraction(100, 1, null, true);

/** A rate as a percentage for a sentence: 0.9167 → "91.67%". */
export function fmtPercent(x: Fraction | number): string {
  return `${fmt(times(typeof x === 'number' ? fromNumber(x) : x, HUNDRED))}%`;
}

/** Round half up to 2 decimals, reading a JS number as its shortest decimal form (1.005 → 1.01). */
export function round2(x: number): number {
  return Number.isFinite(x) ? fromNumber(x).shown : x;
}

/** x rounded half up (away from zero) to `places` decimals, as the nearest double; roundTo(x, 2) is x.shown. */
export function roundTo(x: Fraction, places: number): number {
  if (places === 2) return x.shown;
  const { num, den } = x.big ?? { num: BigInt(x.num), den: BigInt(x.den) };
  const scale = 10n ** BigInt(places);
  const a = num < 0n ? -num : num;
  const units = (2n * a * scale + den) / (2n * den);
  const digits = units.toString().padStart(places + 1, '0');
  const text = `${num < 0n ? '-' : ''}${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`;
  return Number(text) || 0;
}

/** The largest integer ≤ x, as a JS number. */
export function floor(x: Fraction): number {
  return -ceil(negate(x));
}
