/**
 * checkValues: the data checks of docs/domain.md ("Data checks") on one branch's values: the
 * framework's validation rules, each indicator's expected range, the jump from the branch's own
 * previous quarter and the outliers among its peers. Warnings only: nothing here refuses a value,
 * and a value the engine would refuse (n > d, a negative count) is skipped, not flagged twice.
 */
import { compare, divide, fromNumber, minus, times, ZERO, type Fraction } from '../engine/fraction';
import { isApplicable } from '../engine/scaling';
import { validateValues } from '../engine/validate';
import type { Framework, Indicator, ValueMap } from '../types';
import { operatorHolds } from './operators';
import { indicatorFlag, jumpMessage, outlierMessage, rangeMessage, ruleMessage } from './messages';
import { MEASURED_KINDS, inputKind, quantityOf, toNumber } from './quantity';
import { modifiedZScoreOfSorted, withSorted } from './robust-z';
import { evaluateExpression, expressionIndicators } from './expressions';
import {
  DEFAULT_JUMP_SHARE,
  DEFAULT_OUTLIER_SCORE,
  MIN_OUTLIER_SAMPLE,
  type CheckValuesContext,
  type ValueFlag,
} from './types';

export function checkValues(
  framework: Framework,
  values: ValueMap,
  context: CheckValuesContext = {},
): ValueFlag[] {
  const indicators = new Map<string, Indicator>();
  for (const path of framework.paths)
    for (const indicator of path.indicators)
      if (isApplicable(indicator, context.sector)) indicators.set(indicator.code, indicator);

  // A value the engine refuses (n > d, a negative count) has its own error: no warnings on top.
  for (const issue of validateValues(framework, values, { sector: context.sector }))
    indicators.delete(issue.indicator);

  const flags: ValueFlag[] = [];
  for (const rule of framework.checks?.validationRules ?? []) {
    const left = evaluateExpression(rule.left, indicators, values);
    const right = evaluateExpression(rule.right, indicators, values);
    // DHIS2's default missing-value strategy: a rule with a missing value is skipped.
    if (left === null || right === null || operatorHolds(rule.operator, compare(left, right))) continue;
    const involved = [...expressionIndicators(rule.left), ...expressionIndicators(rule.right)];
    flags.push({
      code: 'VALIDATION_RULE_VIOLATED',
      indicator: involved[0],
      indicators: [...new Set(involved)],
      rule: rule.code,
      severity: 'warning',
      figures: { left: left.shown, right: right.shown },
      message: ruleMessage(rule, left, right),
    });
  }

  const jumpShare = fromNumber(framework.checks?.jumpShare ?? DEFAULT_JUMP_SHARE);
  const outlierScore = fromNumber(framework.checks?.outlierScore ?? DEFAULT_OUTLIER_SCORE);
  for (const indicator of indicators.values()) {
    const value = quantityOf(indicator, values[indicator.code]);
    if (value === null) continue;
    flags.push(...rangeFlags(indicator, value));
    if (!MEASURED_KINDS.includes(inputKind(indicator))) continue;
    const previous = quantityOf(indicator, context.previous?.[indicator.code]);
    const jump = previous === null ? null : jumpFlag(indicator, value, previous, jumpShare);
    if (jump) flags.push(jump);
    const x = toNumber(value);
    const sample =
      context.sampleWith?.(indicator, x) ?? withSorted(peerSampleOf(indicator, context.peers ?? []), x);
    const outlier = outlierFlag(indicator, value, sample, outlierScore);
    if (outlier) flags.push(outlier);
  }
  return flags;
}

function rangeFlags(indicator: Indicator, value: Fraction): ValueFlag[] {
  const flags: ValueFlag[] = [];
  const { min, max } = indicator.expectedRange ?? {};
  if (min !== undefined && compare(value, fromNumber(min)) < 0)
    flags.push(
      indicatorFlag(indicator, 'BELOW_EXPECTED_RANGE', { value, min: fromNumber(min) }, rangeMessage),
    );
  if (max !== undefined && compare(value, fromNumber(max)) > 0)
    flags.push(
      indicatorFlag(indicator, 'ABOVE_EXPECTED_RANGE', { value, max: fromNumber(max) }, rangeMessage),
    );
  return flags;
}

/** |value − previous| > share × |previous| and > the indicator's minChange, exactly. */
function jumpFlag(
  indicator: Indicator,
  value: Fraction,
  previous: Fraction,
  limit: Fraction,
): ValueFlag | null {
  // A share of nothing is undefined: a change from 0 is not a jump by this measure.
  if (compare(previous, ZERO) === 0) return null;
  const change = abs(minus(value, previous));
  if (compare(change, times(abs(previous), limit)) <= 0) return null;
  if (withinMinChange(indicator, change)) return null;
  const share = divide(change, abs(previous));
  return indicatorFlag(
    indicator,
    'JUMP_FROM_PREVIOUS_QUARTER',
    { value, previous, share, limit },
    jumpMessage,
  );
}

/** The peers' values of `indicator` as numbers, sorted ascending (an empty value is left out). */
export function peerSampleOf(indicator: Indicator, peers: readonly ValueMap[]): number[] {
  const sample: number[] = [];
  for (const peer of peers) {
    const quantity = quantityOf(indicator, peer[indicator.code]);
    if (quantity !== null) sample.push(toNumber(quantity));
  }
  return sample.sort((a, b) => a - b);
}

/**
 * |modified z-score| within `sample` (the peers' values and the branch's, sorted ascending) > limit;
 * none with fewer than MIN_OUTLIER_SAMPLE values, or when the value lies within the indicator's
 * minChange of the median.
 */
function outlierFlag(
  indicator: Indicator,
  value: Fraction,
  sample: readonly number[],
  limit: Fraction,
): ValueFlag | null {
  if (sample.length < MIN_OUTLIER_SAMPLE) return null;
  const z = modifiedZScoreOfSorted(toNumber(value), sample);
  if (!(Math.abs(z.score) > toNumber(limit))) return null;
  if (withinMinChange(indicator, abs(minus(value, fromNumber(z.median))))) return null;
  const figures = {
    value,
    median: fromNumber(z.median),
    mad: fromNumber(z.mad),
    score: fromNumber(z.score),
    limit,
    ...(z.meanAd !== undefined ? { meanAd: fromNumber(z.meanAd) } : {}),
  };
  return indicatorFlag(indicator, 'PEER_OUTLIER', figures, outlierMessage);
}

/** A difference the framework does not count as notable for this indicator (minChange). */
function withinMinChange(indicator: Indicator, difference: Fraction): boolean {
  return indicator.minChange !== undefined && compare(difference, fromNumber(indicator.minChange)) <= 0;
}

function abs(x: Fraction): Fraction {
  return x.isNegative() ? minus(ZERO, x) : x;
}
