/**
 * rawPoints (rules.ts) as exact fractions: table rules answer from the compiled fraction tables,
 * ratio and count compute M × n / d in safe integers. INEXACT means "score this path with decimals"
 * (an input with more than 6 decimal places, a count past a truncated table, products past 2⁵³).
 */
import type { IndicatorInput, RatioInput } from './types';
import type { Calc, CompiledIndicator, CountTable } from './compile';
import { EXACT_ZERO, exactOfNumber, Exact, INEXACT, mul, times } from './exact';
import { bandIndex, stepsBelow } from './rules';

export function exactRawPoints(ci: CompiledIndicator, input: NonNullable<IndicatorInput>): Exact {
  const calc = ci.calc;
  switch (calc.type) {
    case 'ratio':
      return ratioPoints(ci.exactM, calc, input as RatioInput);
    case 'count':
      return countPoints(ci.exactM, calc, input as number);
    case 'shortfall':
    case 'penalty':
    case 'bonus':
    case 'deduction':
      return lookup(calc.byCount, input as number);
    case 'threshold_step': {
      const r = input as number;
      return r >= calc.t ? ci.exactM : lookup(calc.bySteps, stepsBelow(calc, r));
    }
    case 'rating':
      return calc.byLabel.get(input as string)?.exact ?? EXACT_ZERO;
    case 'banded': {
      const band = bandIndex(calc, input as number);
      return band < 0 ? EXACT_ZERO : calc.exactPoints[band];
    }
    case 'checklist':
      return checklistPoints(calc, input as string[]);
    case 'boolean':
      return input === true ? ci.exactM : EXACT_ZERO;
    case 'veto':
      return EXACT_ZERO;
  }
}

function lookup(counts: CountTable, count: number): Exact {
  return count < counts.exact.length ? counts.exact[count] : counts.exactBeyond;
}

/** As rules.ts: small whole-number keys, a bounded memo per indicator. */
const MEMO_LIMIT = 4096;
const KEY_PART = 1 << 20;

/** Keeps computed points under `key` (−1: not memoizable), marked fixed, while the memo has room. */
function remember(memo: Map<number, Exact>, key: number, points: Exact): Exact {
  if (key < 0 || memo.size >= MEMO_LIMIT || !points.ok) return points;
  const fixed = points.fixed ? points : new Exact(points.num, points.den, true);
  memo.set(key, fixed);
  return fixed;
}

/** M × min(1, q) for q = qNum / qDen > 0 (safe integers, or NaN). */
function capped(m: Exact, qNum: number, qDen: number): Exact {
  if (qNum !== qNum || qDen !== qDen) return INEXACT;
  return qNum >= qDen ? m : times(m, qNum, qDen);
}

function ratioPoints(m: Exact, calc: Extract<Calc, { type: 'ratio' }>, input: RatioInput): Exact {
  const { numerator: n, denominator: d } = input;
  if (n === 0) return EXACT_ZERO;
  if (calc.targetIsOne && n === d) return m;
  // n ≤ d < 2²⁰, so n × 2²⁰ + d is a unique safe integer key.
  const key = Number.isInteger(n) && Number.isInteger(d) && d < KEY_PART ? n * KEY_PART + d : -1;
  const known = key < 0 ? undefined : calc.exactMemo.get(key);
  if (known) return known;
  const nf = exactOfNumber(n);
  const df = exactOfNumber(d);
  const t = calc.exactTarget;
  if (!nf.ok || !df.ok || !t.ok || !m.ok) return INEXACT;
  // (n / d) / target as one fraction: (nN × dD × tD) / (nD × dN × tN).
  const q = capped(m, mul(mul(nf.num, df.den), t.den), mul(mul(nf.den, df.num), t.num));
  return remember(calc.exactMemo, key, q);
}

function countPoints(m: Exact, calc: Extract<Calc, { type: 'count' }>, c: number): Exact {
  if (c === 0) return EXACT_ZERO;
  // Counts are often whole or in hundredths (7.5 hours): c × 100 < 2²⁰ is then a unique key.
  const hundredths = Math.round(c * 100);
  const key = hundredths / 100 === c && hundredths < KEY_PART ? hundredths : -1;
  const known = key < 0 ? undefined : calc.exactMemo.get(key);
  if (known) return known;
  const cf = exactOfNumber(c);
  const t = calc.exactTarget;
  if (!cf.ok || !t.ok || !m.ok) return INEXACT;
  // c / target = (cN × tD) / (cD × tN).
  const points = capped(m, mul(cf.num, t.den), mul(cf.den, t.num));
  return remember(calc.exactMemo, key, points);
}

function checklistPoints(calc: Extract<Calc, { type: 'checklist' }>, present: string[]): Exact {
  const table = calc.exactByMask;
  if (!table) return INEXACT;
  const codes = calc.codes;
  let mask = 0;
  for (let i = 0; i < codes.length; i++) if (present.includes(codes[i])) mask |= 1 << i;
  return table[mask];
}
