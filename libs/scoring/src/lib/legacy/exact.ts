/**
 * Exact fractions num / den on safe integers, the engine's fast arithmetic: adding ratio terms as
 * 25 × 11/12 + 20 × 7/9 is integer work, and only a figure that is shown goes through decimal.js.
 * Every operation checks that its integers stay safe (|x| < 2⁵³, where doubles are exact); when
 * one would not, the result is INEXACT and the caller scores that path with decimals instead.
 */
import { constant, Dec, microOf } from './decimal';

const MAX = Number.MAX_SAFE_INTEGER;
const INT32_MAX = 0x7fffffff;

export class Exact {
  /** Rounded half up to 2 places by decimal.js on first use; NaN until then. */
  private rounded = NaN;
  /** A fixed fraction's decimal, kept for explanations (see toDec). */
  decimal: Dec | null = null;

  /**
   * Use exact() to build one: it reduces the fraction. `fixed` marks framework constants and memoized
   * points, which recur, so figures derived from them (a rescaled value) may be cached too.
   */
  constructor(
    readonly num: number,
    readonly den: number,
    readonly fixed: boolean,
  ) {}

  get shown(): number {
    let r = this.rounded;
    if (r !== r) r = this.rounded = roundHalfUp(this.num, this.den);
    return r;
  }

  /** False for INEXACT (num and den NaN). */
  get ok(): boolean {
    return this.num === this.num;
  }
}

/** The result of an operation whose integers would not stay safe. */
export const INEXACT = new Exact(NaN, NaN, false);
export const EXACT_ZERO = new Exact(0, 1, true);

/** Greatest common divisor of two non-negative safe integers (Euclid; NaN stops it too). */
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

/** a × b when the exact product is a safe integer, else NaN (a product ≥ 2⁵³ also comes out ≥ 2⁵³). */
export function mul(a: number, b: number): number {
  const p = a * b;
  return p <= MAX && p >= -MAX ? p : NaN;
}

/** a + b when the exact sum is a safe integer, else NaN. */
export function add(a: number, b: number): number {
  const s = a + b;
  return s <= MAX && s >= -MAX ? s : NaN;
}

/** num / den reduced, with den > 0; INEXACT when either is NaN or den is 0. */
export function exact(num: number, den: number, fixed = false): Exact {
  if (num !== num || den !== den || den === 0) return INEXACT;
  if (den < 0) {
    num = -num;
    den = -den;
  }
  if (num === 0) return fixed ? EXACT_ZERO : new Exact(0, 1, false);
  const g = gcd(num < 0 ? -num : num, den);
  return new Exact(num / g, den / g, fixed);
}

export function plus(a: Exact, b: Exact): Exact {
  if (!a.ok || !b.ok) return INEXACT;
  if (a.num === 0) return b;
  if (b.num === 0) return a;
  if (a.den === b.den) return exact(add(a.num, b.num), a.den);
  const g = gcd(a.den, b.den);
  const da = a.den / g;
  const db = b.den / g;
  return exact(add(mul(a.num, db), mul(b.num, da)), mul(a.den, db));
}

export function minus(a: Exact, b: Exact): Exact {
  return b.num === 0 ? a : plus(a, exact(-b.num, b.den));
}

/** a × num / den for safe integers num, den > 0. */
export function times(a: Exact, num: number, den: number): Exact {
  if (!a.ok || num !== num || den !== den) return INEXACT;
  if (a.num === 0 || (num === 1 && den === 1)) return a;
  // Cross-reduce first so the products stay small.
  const g1 = gcd(a.num < 0 ? -a.num : a.num, den);
  const g2 = gcd(num, a.den);
  return exact(mul(a.num / g1, num / g2), mul(a.den / g2, den / g1));
}

/** Sign of a − b (−1, 0, 1), or NaN when the comparison would leave safe integers. */
export function compare(a: Exact, b: Exact): number {
  const left = mul(a.num, b.den);
  const right = mul(b.num, a.den);
  if (left !== left || right !== right) return NaN;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The decimal of a fraction (40 digits), for explanations and the decimal fallback. A fixed one
 * recurs, so its decimal is kept as a constant: explaining it again costs no division or rounding.
 */
export function toDec(x: Exact): Dec {
  if (x.decimal !== null) return x.decimal;
  const d = x.den === 1 ? new Dec(x.num) : new Dec(x.num).div(x.den);
  if (x.fixed) x.decimal = constant(d);
  return d;
}

/** A decimal constant as a fraction (via its micro-units), or INEXACT when it has more than 6 places. */
export function exactOfDec(d: Dec): Exact {
  const micro = microOf(d);
  return micro === micro ? exact(micro, 1_000_000, true) : INEXACT;
}

const POWERS = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];
/** Below this, doubles are closer than 10⁻⁶ apart (2³² × 2⁻⁵² = 2⁻²⁰ < 10⁻⁶): see exactOfNumber. */
const NUMBER_LIMIT = 2 ** 32;

/**
 * The decimal a JS number stands for (what `new Dec(x)` reads: its shortest form, 0.1 for 0.1) as a
 * fraction r / 10ᵏ with k ≤ 6, or INEXACT. When r / 10ᵏ (one correctly rounded division) gives x
 * back, x is the double nearest to r / 10ᵏ; below 2³² no other decimal of ≤ k places is that close,
 * so the shortest form of x is r / 10ᵏ itself.
 */
export function exactOfNumber(x: number, fixed = false): Exact {
  if (Number.isSafeInteger(x)) return exact(x, 1, fixed);
  if (!(x > -NUMBER_LIMIT && x < NUMBER_LIMIT)) return INEXACT;
  for (let k = 1; k < POWERS.length; k++) {
    const r = Math.round(x * POWERS[k]);
    if (r / POWERS[k] === x) return exact(r, POWERS[k], fixed);
  }
  return INEXACT;
}

/**
 * Truncating division: cutting a quotient's digits never carries it across a rounding boundary
 * (x.xx5 stays at or above it, x.xx4999… stays below), so rounding the truncated 40-digit quotient
 * half up to 2 places is rounding the exact fraction half up. Quotients here are below 2⁵³ < 10¹⁶,
 * which leaves at least 24 places after the point.
 */
const Truncating = Dec.clone({ precision: 40, rounding: Dec.ROUND_DOWN });

/**
 * num / den rounded half up to 2 places, the rounding itself by decimal.js. By the same argument
 * the fraction may first be cut to whole thousandths, which is exact integer division (n − n % den)
 * / den; decimal.js then rounds the thousandths half up to whole cents. A whole number or a figure
 * in cents needs no rounding at all.
 */
export function roundHalfUp(num: number, den: number): number {
  if (num !== num) return NaN;
  if (den === 1) return num;
  // At most 2 places: the correctly rounded division is the double nearest to the figure, as
  // `+toFixed(2)` would give.
  if (100 % den === 0) return num / den;
  const n = mul(num, 1000);
  if (n !== n) return +new Truncating(num).div(den).toFixed(2, Dec.ROUND_HALF_UP) || 0;
  return roundThousandths((n - (n % den)) / den);
}

/**
 * decimal.js's rounding of each thousandths figure, kept once computed. Rounding costs far more
 * than the exact arithmetic, and shown figures fall in a small range that recurs for every branch
 * (0 to 262.143 points is 2¹⁸ entries, 2 MB): the table holds decimal.js's own answers.
 */
const ROUNDED = new Float64Array(1 << 18).fill(NaN);

function roundThousandths(thousandths: number): number {
  if (thousandths < 0 || thousandths >= ROUNDED.length) return centsOf(thousandths);
  let rounded = ROUNDED[thousandths];
  if (rounded !== rounded) rounded = ROUNDED[thousandths] = centsOf(thousandths);
  return rounded;
}

/** decimal.js rounds thousandths half up to whole cents; cents / 100 is the double `+toFixed(2)` gives. */
function centsOf(thousandths: number): number {
  return new Dec(thousandths).div(10).round().toNumber() / 100 || 0;
}
