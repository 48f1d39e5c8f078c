/**
 * The data-check settings' checks a JSON Schema cannot express (docs/framework-format.md, "Data
 * checks"): validation rules name existing indicators that have a quantity, a `part` only of a
 * fraction input, codes used once, at least one indicator per rule; an expected range has
 * min ≤ max and belongs to an indicator with a quantity; a minChange belongs to a measured one (the
 * jump and peer checks it tempers run on nothing else).
 */
import {
  hasQuantity,
  inputKind,
  MEASURED_KINDS,
  type CheckExpression,
  type Framework,
  type Indicator,
} from '@pathboard/scoring';
import { makeIssue, type FrameworkIssue, type Segment } from './issues';

export function dataCheckIssues(framework: Framework): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  const indicators = new Map<string, Indicator>();
  framework.paths.forEach((path, p) =>
    path.indicators.forEach((indicator, i) => {
      indicators.set(indicator.code, indicator);
      if (indicator.expectedRange)
        issues.push(...rangeIssues(indicator, ['paths', p, 'indicators', i, 'expectedRange'], path.code));
      if (indicator.minChange !== undefined && !MEASURED_KINDS.includes(inputKind(indicator)))
        issues.push(
          makeIssue(
            ['paths', p, 'indicators', i, 'minChange'],
            { path: path.code, indicator: indicator.code },
            'MIN_CHANGE_NOT_MEASURED',
            {
              zh: '此指标不是计量数值（完成数/应完成数、次数、比率、数值），不做环比和同类比较，不能设 minChange',
              en: 'this indicator is not a measured amount (n of d, count, rate, number): no jump or peer check runs on it, so it cannot have a minChange',
            },
          ),
        );
    }),
  );

  const seen = new Set<string>();
  (framework.checks?.validationRules ?? []).forEach((rule, r) => {
    const at: Segment[] = ['checks', 'validationRules', r];
    if (seen.has(rule.code))
      issues.push(
        makeIssue([...at, 'code'], {}, 'DUPLICATE_CODE', {
          zh: `校验规则编码 ${rule.code} 重复`,
          en: `validation rule code ${rule.code} is used twice`,
        }),
      );
    seen.add(rule.code);
    if (!rule.left.terms && !rule.right.terms)
      issues.push(
        makeIssue(at, {}, 'RULE_WITHOUT_INDICATOR', {
          zh: `校验规则 ${rule.code} 两边都没有指标，只比较常数`,
          en: `validation rule ${rule.code} names no indicator on either side: it only compares constants`,
        }),
      );
    for (const side of ['left', 'right'] as const)
      issues.push(...termIssues(rule.code, rule[side], [...at, side], indicators));
  });
  return issues;
}

function termIssues(
  ruleCode: string,
  expression: CheckExpression,
  at: Segment[],
  indicators: ReadonlyMap<string, Indicator>,
): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  (expression.terms ?? []).forEach((term, j) => {
    const where: Segment[] = [...at, 'terms', j];
    const indicator = indicators.get(term.indicator);
    if (!indicator) {
      issues.push(
        makeIssue([...where, 'indicator'], {}, 'UNKNOWN_INDICATOR', {
          zh: `校验规则 ${ruleCode} 引用的指标 ${term.indicator} 不存在`,
          en: `validation rule ${ruleCode} names indicator ${term.indicator}, which the framework does not have`,
        }),
      );
      return;
    }
    const kind = inputKind(indicator);
    if (!hasQuantity(kind))
      issues.push(
        makeIssue([...where, 'indicator'], {}, 'NOT_A_QUANTITY', {
          zh: `指标 ${term.indicator} 的输入是档次，不是数值，不能用于校验规则 ${ruleCode}`,
          en: `indicator ${term.indicator} is entered as a band, not a number, so validation rule ${ruleCode} cannot use it`,
        }),
      );
    else if (term.part && kind !== 'fraction')
      issues.push(
        makeIssue([...where, 'part'], {}, 'PART_NOT_APPLICABLE', {
          zh: `指标 ${term.indicator} 的输入不是“完成数/应完成数”，没有 ${term.part}`,
          en: `indicator ${term.indicator} is not entered as n of d, so it has no ${term.part}`,
        }),
      );
  });
  return issues;
}

function rangeIssues(indicator: Indicator, at: Segment[], path: string): FrameworkIssue[] {
  const owner = { path, indicator: indicator.code };
  const { min, max } = indicator.expectedRange ?? {};
  if (!hasQuantity(inputKind(indicator)))
    return [
      makeIssue(at, owner, 'NOT_A_QUANTITY', {
        zh: '此指标的输入是档次，不是数值，不能设预期范围',
        en: 'this indicator is entered as a band, not a number, so it cannot have an expected range',
      }),
    ];
  if (min !== undefined && max !== undefined && min > max)
    return [
      makeIssue([...at, 'min'], owner, 'RANGE_MIN_ABOVE_MAX', {
        zh: `预期范围的下限 ${min} 高于上限 ${max}`,
        en: `the expected range's min ${min} is above its max ${max}`,
      }),
    ];
  return [];
}
