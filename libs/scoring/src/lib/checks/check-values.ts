/**
 * checkValues: the data checks of docs/domain.md ("Data checks") on one branch's values: the
 * framework's validation rules, each indicator's expected range, the jump from the branch's own
 * previous quarter and the outliers among its peers. Warnings only: nothing here refuses a value,
 * and a value the engine would refuse (n > d, a negative count) is skipped, not flagged twice.
 */
import { compare, fromNumber, minus, times, ZERO, type Fraction } from '../engine/fraction';
import { isApplicable } from '../engine/scaling';
import { validateValues } from '../engine/validate';
import type { Framework, Indicator, ValueMap } from '../types';
import { operatorHolds } from './operators';
import { indicatorFlag, jumpMessage, outlierMessage, rangeMessage, ruleMessage } from './messages';
import { MEASURED_KINDS, inputKind, quantityOf, toNumber } from './quantity';
import { modifiedZScore } from './robust-z';
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
    const figures = { left: toNumber(left), right: toNumber(right) };
    flags.push({
      code: 'VALIDATION_RULE_VIOLATED',
      indicator: involved[0],
      indicators: [...new Set(involved)],
      rule: rule.code,
      severity: 'warning',
      figures: round(figures),
      message: ruleMessage(rule, left, right),
    });
  }

  const jumpShare = fromNumber(framework.checks?.jumpShare ?? DEFAULT_JUMP_SHARE);
  const outlierScore = framework.checks?.outlierScore ?? DEFAULT_OUTLIER_SCORE;
  for (const indicator of indicators.values()) {
    const value = quantityOf(indicator, values[indicator.code]);
    if (value === null) continue;
    const range = indicator.expectedRange;
    if (range?.min !== undefined && compare(value, fromNumber(range.min)) < 0)
      flags.push(
        indicatorFlag(indicator, 'BELOW_EXPECTED_RANGE', { value, min: fromNumber(range.min) }, rangeMessage),
      );
    if (range?.max !== undefined && compare(value, fromNumber(range.max)) > 0)
      flags.push(
        indicatorFlag(indicator, 'ABOVE_EXPECTED_RANGE', { value, max: fromNumber(range.max) }, rangeMessage),
      );
    if (!MEASURED_KINDS.includes(inputKind(indicator))) continue;

    const previous = quantityOf(indicator, context.previous?.[indicator.code]);
    // A share of nothing is undefined: a change from 0 is not a jump by this measure.
    if (previous !== null && compare(previous, ZERO) !== 0) {
      const change = abs(minus(value, previous));
      if (compare(change, times(abs(previous), jumpShare)) > 0) {
        const share = fromNumber(toNumber(change) / Math.abs(toNumber(previous)));
        flags.push(
          indicatorFlag(
            indicator,
            'JUMP_FROM_PREVIOUS_QUARTER',
            { value, previous, share, limit: jumpShare },
            jumpMessage,
          ),
        );
      }
    }

    const peers = (context.peers ?? [])
      .map((peer) => quantityOf(indicator, peer[indicator.code]))
      .filter((q): q is Fraction => q !== null)
      .map(toNumber);
    if (peers.length + 1 < MIN_OUTLIER_SAMPLE) continue;
    const x = toNumber(value);
    const z = modifiedZScore(x, [...peers, x]);
    if (Math.abs(z.score) > outlierScore)
      flags.push(
        indicatorFlag(
          indicator,
          'PEER_OUTLIER',
          {
            value,
            median: fromNumber(z.median),
            mad: fromNumber(z.mad),
            score: fromNumber(z.score),
            limit: fromNumber(outlierScore),
            ...(z.meanAd !== undefined ? { meanAd: fromNumber(z.meanAd) } : {}),
          },
          outlierMessage,
        ),
      );
  }
  return flags;
}

function abs(x: Fraction): Fraction {
  return x.isNegative() ? minus(ZERO, x) : x;
}

function round(figures: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, fromNumber(v).shown]));
}
