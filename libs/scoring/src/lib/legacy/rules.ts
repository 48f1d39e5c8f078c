/**
 * Points of one indicator by its rule as written (before sector rescaling), for an input that
 * validation has accepted. Most rules answer from a precomputed table: no decimal arithmetic.
 */
import type { IndicatorInput, RatioInput } from './types';
import type { Calc, CompiledIndicator, CountTable } from './compile';
import { constant, Dec, ZERO } from './decimal';

/**
 * Raw points: positive for base rules and bonuses (bonus before the path cap), the deducted
 * amount (positive) for deductions, 0 for vetoes.
 */
export function rawPoints(ci: CompiledIndicator, input: NonNullable<IndicatorInput>): Dec {
  const calc = ci.calc;
  switch (calc.type) {
    case 'ratio':
      return ratioPoints(ci.m, calc, input as RatioInput);
    case 'count': {
      const c = input as number;
      if (c >= calc.target) return ci.m;
      if (c === 0) return ZERO;
      const key = Number.isInteger(c) && c < KEY_PART ? c : -1;
      return (key >= 0 && calc.memo.get(key)) || remember(calc.memo, key, ci.m.times(c).div(calc.target));
    }
    case 'shortfall':
    case 'penalty':
    case 'bonus':
    case 'deduction':
      return lookup(calc.byCount, input as number);
    case 'threshold_step': {
      const r = input as number;
      return r >= calc.t ? ci.m : lookup(calc.bySteps, stepsBelow(calc, r));
    }
    case 'rating':
      return calc.byLabel.get(input as string)?.points ?? ZERO;
    case 'banded': {
      const band = bandIndex(calc, input as number);
      return band < 0 ? ZERO : calc.points[band];
    }
    case 'checklist':
      return checklistPoints(ci.m, calc, input as string[]);
    case 'boolean':
      return input === true ? ci.m : ZERO;
    case 'veto':
      return ZERO;
  }
}

function lookup(counts: CountTable, count: number): Dec {
  return count < counts.table.length ? counts.table[count] : counts.beyond(count);
}

/**
 * Computed points of a ratio or count are memoized per indicator (the same 11 of 12 recurs across
 * branches), as constants: shown values and rescaling are then cached too. Keys are small whole
 * numbers only, and each memo is bounded.
 */
const MEMO_LIMIT = 4096;
const KEY_PART = 1 << 20;

/** Keeps computed points under `key` (−1: not memoizable) while the memo has room. */
function remember(memo: Map<number, Dec>, key: number, points: Dec): Dec {
  if (key < 0 || memo.size >= MEMO_LIMIT) return points;
  const fixed = constant(points);
  memo.set(key, fixed);
  return fixed;
}

function ratioPoints(
  m: Dec,
  calc: Extract<Calc, { type: 'ratio' }>,
  { numerator: n, denominator: d }: RatioInput,
): Dec {
  if (n === 0) return ZERO;
  if (calc.targetIsOne && n === d) return m;
  // n ≤ d < 2²⁰, so n × 2²⁰ + d is a unique safe integer key.
  const smallWhole = Number.isInteger(n) && Number.isInteger(d) && d < KEY_PART;
  const key = smallWhole ? n * KEY_PART + d : -1;
  const known = smallWhole ? calc.memo.get(key) : undefined;
  if (known) return known;
  let points: Dec;
  if (calc.targetIsOne) {
    // M × n is one exact integer when both are whole: one decimal division instead of two operations.
    const product = calc.mNum * n;
    points =
      Number.isSafeInteger(product) && smallWhole && Number.isInteger(calc.mNum)
        ? new Dec(product).div(d)
        : m.times(n).div(d);
  } else {
    // (n/d) / target ≥ 1 ⇔ n ≥ d × target, decided exactly.
    const needed = calc.target.times(d);
    points = needed.lte(n) ? m : m.times(n).div(needed);
  }
  return remember(calc.memo, key, points);
}

/**
 * ceil((t − r) / s) for r < t. The float quotient decides when it is clearly away from an integer;
 * near an integer (0.9 − 0.8 = 0.09999999999999998 in floats) the exact decimal quotient decides.
 */
export function stepsBelow(calc: Extract<Calc, { type: 'threshold_step' }>, r: number): number {
  const q = (calc.t - r) / calc.s;
  const nearest = Math.round(q);
  if (Math.abs(q - nearest) > 1e-9 * Math.max(1, Math.abs(q))) return Math.ceil(q);
  return calc.tDec.minus(r).div(calc.sDec).ceil().toNumber();
}

/** The band with the greatest lower bound ≤ x, or −1 below every band. */
export function bandIndex(calc: Extract<Calc, { type: 'banded' }>, x: number): number {
  const mins = calc.mins;
  let i = mins.length - 1;
  while (i >= 0 && x < mins[i]) i--;
  return i;
}

function checklistPoints(m: Dec, calc: Extract<Calc, { type: 'checklist' }>, present: string[]): Dec {
  const codes = calc.codes;
  if (calc.byMask) {
    let mask = 0;
    for (let i = 0; i < codes.length; i++) if (present.includes(codes[i])) mask |= 1 << i;
    return calc.byMask[mask];
  }
  let points = m;
  for (let i = 0; i < codes.length; i++)
    if (!present.includes(codes[i])) points = points.minus(calc.deductions[i]);
  return points.isNegative() ? ZERO : points;
}

/** Checklist items missing from the input, in the framework's order. */
export function missingItems(calc: Extract<Calc, { type: 'checklist' }>, present: string[]): number[] {
  const missing: number[] = [];
  calc.codes.forEach((code, i) => {
    if (!present.includes(code)) missing.push(i);
  });
  return missing;
}
