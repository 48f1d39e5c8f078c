/**
 * The checks of a framework's `annual` section (docs/framework-format.md#annual) that its JSON Schema
 * cannot express: the annual grade list, quarter weights summing to 100, annual item codes unique
 * across the whole framework, rules the year can score, and grade references into the annual list.
 */
import Decimal from 'decimal.js';
import { ruleRole, type Framework } from '@pathboard/scoring';
import { FrameworkIssue, makeIssue } from './issues';
import { checkDuplicates, checkGrades, checkRule, type Emit } from './semantic-checks';

export function annualIssues(framework: Framework): FrameworkIssue[] {
  const annual = framework.annual;
  if (!annual) return [];
  const issues: FrameworkIssue[] = [];
  const emit: Emit = (segments, owner, code, zh, en) =>
    issues.push(makeIssue(segments, owner, code, { zh, en }));

  const grades = annual.grades ?? framework.grades;
  if (annual.grades) checkGrades(annual.grades, ['annual', 'grades'], emit);
  const gradeCodes = new Set(grades.map((grade) => grade.code));

  if (annual.combine.method === 'weighted') {
    const sum = annual.combine.weights.reduce((acc, w) => acc.plus(w), new Decimal(0));
    if (!sum.equals(100))
      emit(
        ['annual', 'combine', 'weights'],
        {},
        'QUARTER_WEIGHTS_SUM',
        `各季度权重之和为 ${sum}，应为 100`,
        `the quarter weights sum to ${sum}, not 100`,
      );
  }

  if (annual.quarterVetoCapGrade !== undefined && !gradeCodes.has(annual.quarterVetoCapGrade))
    emit(
      ['annual', 'quarterVetoCapGrade'],
      {},
      'UNKNOWN_GRADE',
      `quarterVetoCapGrade ${annual.quarterVetoCapGrade} 不是年度等次（${[...gradeCodes].join('、')}）`,
      `quarterVetoCapGrade ${annual.quarterVetoCapGrade} is not one of the annual grades (${[...gradeCodes].join(', ')})`,
    );

  const indicators = annual.indicators ?? [];
  const quarterly = new Set(
    framework.paths.flatMap((path) => path.indicators.map((indicator) => indicator.code)),
  );
  checkDuplicates(
    indicators.map((indicator) => indicator.code),
    (i) => ['annual', 'indicators', i, 'code'],
    (i) => ({ indicator: indicators[i].code }),
    'annual indicator',
    emit,
  );
  indicators.forEach((indicator, i) => {
    const at = ['annual', 'indicators', i];
    const owner = { indicator: indicator.code };
    if (quarterly.has(indicator.code))
      emit(
        [...at, 'code'],
        owner,
        'DUPLICATE_CODE',
        `年度指标编码 ${indicator.code} 与季度指标重复`,
        `annual indicator code ${indicator.code} is also a quarterly indicator's`,
      );
    if (ruleRole(indicator.rule) === 'base')
      emit(
        [...at, 'rule', 'type'],
        owner,
        'ANNUAL_BASE_RULE',
        `年度指标只能是加分、扣分或否决规则，${indicator.rule.type} 是计入基础分的规则`,
        `an annual indicator takes a bonus, deduction or veto rule; ${indicator.rule.type} is a base rule`,
      );
    checkRule(
      indicator.rule,
      [...at, 'rule'],
      { path: 'annual', indicator: indicator.code },
      gradeCodes,
      emit,
    );
  });
  return issues;
}
