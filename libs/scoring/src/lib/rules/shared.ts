/** Pieces several rule modules share: input checks, schema fragments, lookup tables, memos. */
import { Fraction, ZERO } from '../engine/fraction';
import { show } from '../engine/issues';
import type { LocalizedText, RatioInput } from '../types';
import type { Fail, JsonSchema, RuleProblem } from './rule-module';

// ---------------------------------------------------------------- parameter schemas

export const POSITIVE: JsonSchema = { type: 'number', exclusiveMinimum: 0 };
export const NON_NEGATIVE: JsonSchema = { type: 'number', minimum: 0 };
export const RATE: JsonSchema = { type: 'number', exclusiveMinimum: 0, maximum: 1 };
export const TEXT: JsonSchema = { $ref: '#/$defs/text' };
export const CODE: JsonSchema = { $ref: '#/$defs/code' };
export const MAX_POINTS: JsonSchema = { type: 'number', exclusiveMinimum: 0 };

/**
 * A non-empty list of `ref`, at most `maxItems` long: the cap keeps a hostile framework file from
 * costing the validator more than a bounded amount of work (see libs/frameworks size-limits.ts).
 */
export function arrayOf(ref: string, maxItems: number): JsonSchema {
  return { type: 'array', minItems: 1, items: { $ref: `#/$defs/${ref}` }, maxItems };
}

/** DUPLICATE_CODE problems for codes listed twice under `field`. */
export function duplicateCodes(codes: readonly string[], field: string, what: string): RuleProblem[] {
  const seen = new Set<string>();
  const problems: RuleProblem[] = [];
  codes.forEach((code, i) => {
    if (seen.has(code))
      problems.push({
        at: [field, i, 'code'],
        code: 'DUPLICATE_CODE',
        message: { zh: `编码 ${code} 重复`, en: `${what} code ${code} is used twice` },
      });
    seen.add(code);
  });
  return problems;
}

// ---------------------------------------------------------------- value checks

/**
 * The largest entered value each kind of input takes (for a signed measure, its size either way):
 * far above anything a branch reports for a quarter, yet small enough that every figure made from it
 * (the form's change from last quarter, sums, the quantities the data checks compare) stays finite and
 * readable. Without it 1e308 was taken as a count and the form showed "变化 Infinity%". The one
 * definition: validateValues applies it, and the browser form and the server both validate through it.
 */
export const VALUE_MAX = {
  /** How many times something happened in a quarter (bonus, deduction, penalty, shortfall). */
  times: 10_000,
  /** A quantity toward a target (meetings, hours, people): the count rule. */
  count: 1_000_000,
  /**
   * A ratio's numerator or denominator (members, people, amounts). Only their quotient (0..1) is ever
   * shown or compared, so size overflows nothing: the bound is where whole numbers stop being exact.
   */
  ratioPart: Number.MAX_SAFE_INTEGER,
  /** A measure graded in bands, of either sign. */
  measure: 1_000_000_000,
} as const;

interface NumberChecks {
  integer?: boolean;
  allowNegative?: boolean;
  /** VALUE_MAX of the input's kind: every rule states it, so no number goes unbounded. */
  max: number;
}

/** True when the value is a usable number; otherwise records why not. */
export function checkNumber(input: unknown, fail: Fail, checks: NumberChecks, field?: string): boolean {
  if (typeof input !== 'number') {
    const isObject = typeof input === 'object' && input !== null;
    if (isObject) fail('WRONG_SHAPE', 'a number', field);
    else fail('NOT_A_NUMBER', show(input), field);
    return false;
  }
  if (!Number.isFinite(input)) {
    fail('NOT_A_NUMBER', String(input), field);
    return false;
  }
  if (Math.abs(input) > checks.max) {
    // Refused alone: "not an integer" or "negative" beside it would only add noise.
    fail(
      'TOO_LARGE',
      input < 0 ? `${show(input)} < -${checks.max}` : `${show(input)} > ${checks.max}`,
      field,
    );
    return false;
  }
  let ok = true;
  if (input < 0 && !checks.allowNegative) {
    fail('NEGATIVE', show(input), field);
    ok = false;
  }
  if (checks.integer && !Number.isInteger(input)) {
    fail('NOT_AN_INTEGER', show(input), field);
    // Stryker disable next-line BooleanLiteral: equivalent, the callers that ask for whole numbers (bonus, deduction, penalty, shortfall) only record the issue and ignore the result
    ok = false;
  }
  return ok;
}

/** A rate in [0, 1]. */
export function checkRate(input: unknown, fail: Fail): void {
  // A rate has its own, tighter range: 0..1.
  if (checkNumber(input, fail, { max: Infinity }) && (input as number) > 1)
    fail('RATE_OUT_OF_RANGE', show(input));
}

/** `{ numerator, denominator }` with 0 ≤ n ≤ d, d > 0. */
export function checkRatio(input: unknown, fail: Fail): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    fail('WRONG_SHAPE', '{ numerator, denominator }');
    return;
  }
  const { numerator, denominator } = input as Record<string, unknown>;
  const numeratorOk = checkNumber(numerator, fail, { max: VALUE_MAX.ratioPart }, 'numerator');
  const denominatorOk = checkNumber(denominator, fail, { max: VALUE_MAX.ratioPart }, 'denominator');
  if (!denominatorOk) return;
  if (denominator === 0) fail('ZERO_DENOMINATOR', undefined, 'denominator');
  else if (numeratorOk && (numerator as number) > (denominator as number))
    fail('NUMERATOR_GT_DENOMINATOR', `${show(numerator)} > ${show(denominator)}`, 'numerator');
}

export function checkBoolean(input: unknown, fail: Fail): void {
  if (typeof input !== 'boolean') fail('NOT_A_BOOLEAN', show(input));
}

// ---------------------------------------------------------------- tables and memos

/** Integer counts above this use arithmetic instead of a precomputed table. */
const TABLE_LIMIT = 1000;

/** Points for whole counts 0, 1, 2, …: `table[c]` while c < table.length, else `beyond(c)`. */
export interface CountTable {
  table: Fraction[];
  beyond: (count: number) => Fraction;
}

/**
 * `size` is the count from which the points no longer change (a shortfall made up, a penalty or a
 * bonus at its limit). Past a full table the last entry holds; past a truncated one, compute.
 */
export function countTable(pointsFor: (count: number) => Fraction, size: number): CountTable {
  const length = Math.max(1, Math.min(TABLE_LIMIT, size));
  const table = Array.from({ length }, (_, c) => pointsFor(c).asFixed());
  const last = table[length - 1];
  return size <= TABLE_LIMIT ? { table, beyond: () => last } : { table, beyond: pointsFor };
}

export function lookup(counts: CountTable, count: number): Fraction {
  return count < counts.table.length ? counts.table[count] : counts.beyond(count);
}

/** The count at which `k × c` reaches `limit`, plus one: the table size for a capped product. */
export function exhaustingCount(limit: number, k: number): number {
  if (k <= 0) return 1;
  // +2, not +1: a float quotient a hair under a whole number must not cut the table short.
  return Math.min(TABLE_LIMIT + 1, Math.ceil(limit / k) + 2);
}

/**
 * Computed points recur across branches (the same 11 of 12): each indicator keeps them by input,
 * as fixed fractions (so their rescaled and rounded values are cached too), up to a bound.
 */
const MEMO_LIMIT = 4096;

export function remember(memo: Map<number, Fraction>, key: number, points: Fraction): Fraction {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the bound only limits memory: points not remembered are computed again, the same
  if (memo.size >= MEMO_LIMIT) return points;
  const fixed = points.asFixed();
  memo.set(key, fixed);
  return fixed;
}

const KEY_PART = 1 << 20;

/** A unique small key for a ratio of whole numbers n ≤ d < 2²⁰ (n × 2²⁰ + d), else undefined. */
export function ratioKey({ numerator: n, denominator: d }: RatioInput): number | undefined {
  return Number.isInteger(n) && Number.isInteger(d) && d < KEY_PART ? n * KEY_PART + d : undefined;
}

/** A ratio's points from the memo, else computed, and remembered when the ratio has a key. */
export function memoizedByRatio(
  memo: Map<number, Fraction>,
  input: RatioInput,
  compute: () => Fraction,
): Fraction {
  const key = ratioKey(input);
  // Stryker disable next-line ConditionalExpression: equivalent for `true` (no memo: the same points computed again); its `false` variant, which the tests kill, is set aside with it
  if (key === undefined) return compute();
  return memo.get(key) ?? remember(memo, key, compute());
}

export const NOTHING: LocalizedText = { zh: '', en: '' };
export { ZERO };

// ---------------------------------------------------------------- samples

export const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/** A whole number in [lo, hi]. */
export function intBetween(random: () => number, lo: number, hi: number): number {
  return lo + Math.floor(random() * (hi - lo + 1));
}
