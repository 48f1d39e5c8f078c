/** The validation rule operators: how each reads a comparison, and its symbol and words. */
import type { LocalizedText } from '../types';
import type { ComparisonOperator } from './types';

interface OperatorInfo {
  /** Holds for compare(left, right) = c (−1, 0 or 1). */
  holds: (c: number) => boolean;
  symbol: string;
  words: LocalizedText;
}

export const OPERATORS: Record<ComparisonOperator, OperatorInfo> = {
  equal_to: { holds: (c) => c === 0, symbol: '=', words: { zh: '等于', en: 'equal to' } },
  not_equal_to: { holds: (c) => c !== 0, symbol: '≠', words: { zh: '不等于', en: 'not equal to' } },
  greater_than: { holds: (c) => c > 0, symbol: '>', words: { zh: '大于', en: 'greater than' } },
  greater_than_or_equal_to: {
    holds: (c) => c >= 0,
    symbol: '≥',
    words: { zh: '不小于', en: 'at least' },
  },
  less_than: { holds: (c) => c < 0, symbol: '<', words: { zh: '小于', en: 'less than' } },
  less_than_or_equal_to: {
    holds: (c) => c <= 0,
    symbol: '≤',
    words: { zh: '不大于', en: 'at most' },
  },
};

export function operatorHolds(operator: ComparisonOperator, comparison: number): boolean {
  return OPERATORS[operator].holds(comparison);
}
