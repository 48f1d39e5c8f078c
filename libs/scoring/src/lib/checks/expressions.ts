/** A validation rule side, Σ factor × quantity + constant, evaluated exactly. */
import { fromNumber, plus, times, type Fraction } from '../engine/fraction';
import type { Indicator, ValueMap } from '../types';
import { quantityOf } from './quantity';
import type { CheckExpression } from './types';

/**
 * The side's value, or null when an indicator it names is missing, not applicable to the branch
 * (absent from `indicators`) or its value unusable: the rule is then skipped.
 */
export function evaluateExpression(
  expression: CheckExpression,
  indicators: ReadonlyMap<string, Indicator>,
  values: ValueMap,
): Fraction | null {
  let total = fromNumber(expression.constant ?? 0);
  for (const term of expression.terms ?? []) {
    const indicator = indicators.get(term.indicator);
    if (!indicator) return null;
    const quantity = quantityOf(indicator, values[term.indicator], term.part);
    if (quantity === null) return null;
    total = plus(total, times(fromNumber(term.factor ?? 1), quantity));
  }
  return total;
}

export function expressionIndicators(expression: CheckExpression): string[] {
  return (expression.terms ?? []).map((term) => term.indicator);
}
