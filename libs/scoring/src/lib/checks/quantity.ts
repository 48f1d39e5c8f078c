/**
 * The number an entered value stands for, read through its rule module's input kind (never the
 * rule type): a fraction's rate n/d (or one of its counts), a count, a rate, a number, the number
 * of checklist items present, yes 1 / no 0. A band has no quantity. Exact, as the engine computes.
 */
import { divide, fromNumber, type Fraction } from '../engine/fraction';
import { ruleInput } from '../rules/registry';
import type { InputKind } from '../rules/rule-module';
import type { Indicator, IndicatorInput } from '../types';
import type { InputPart } from './types';

/** Kinds whose value is a measured amount, for ranges, jumps and peer outliers. */
export const MEASURED_KINDS: readonly InputKind[] = ['fraction', 'count', 'percent', 'number'];

export function inputKind(indicator: Indicator): InputKind {
  return ruleInput(indicator.rule).kind;
}

/** Whether an expression term or a range may use this kind (a band is a label, not a number). */
export function hasQuantity(kind: InputKind): boolean {
  return kind !== 'band';
}

/**
 * The quantity of `input`, or null when it is missing or not a usable value of its kind (the
 * value validation reports those; a check just skips them).
 */
export function quantityOf(
  indicator: Indicator,
  input: IndicatorInput | undefined,
  part?: InputPart,
): Fraction | null {
  if (input === null || input === undefined) return null;
  const kind = inputKind(indicator);
  if (kind === 'fraction') {
    if (typeof input !== 'object' || Array.isArray(input)) return null;
    const { numerator, denominator } = input;
    if (!finite(numerator) || !finite(denominator)) return null;
    if (part) return fromNumber(input[part]);
    return denominator > 0 ? divide(fromNumber(numerator), fromNumber(denominator)) : null;
  }
  if (part) return null;
  if (kind === 'checklist') return Array.isArray(input) ? fromNumber(new Set(input).size) : null;
  if (kind === 'yesNo') return typeof input === 'boolean' ? fromNumber(input ? 1 : 0) : null;
  if (kind === 'band') return null;
  return finite(input) ? fromNumber(input) : null;
}

/** A quantity as a JS number, for statistics and the flag's figures. */
export function toNumber(x: Fraction): number {
  return x.big === null ? x.num / x.den : Number(x.big.num) / Number(x.big.den);
}

function finite(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}
