import Decimal from 'decimal.js';
import {
  ruleModule,
  ruleRole,
  type Framework,
  type Grade,
  type Indicator,
  type Path,
  type Rule,
  type Sector,
} from '@pathboard/scoring';
import { dataCheckIssues } from './check-semantics';
import { FrameworkIssue, Segment, makeIssue } from './issues';
import { SECTOR_CODES as SECTORS } from './schemas';

const BASE_POINTS_DEFAULT = 100;
export type Emit = (
  segments: Segment[],
  owner: { path?: string; indicator?: string },
  code: string,
  zh: string,
  en: string,
) => void;

/**
 * The checks a JSON Schema cannot express: sums, order, uniqueness and cross-references.
 * Runs only on input that already matches the schema, so the types can be trusted.
 */
export function semanticIssues(framework: Framework): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  const emit: Emit = (segments, owner, code, zh, en) =>
    issues.push(makeIssue(segments, owner, code, { zh, en }));

  checkGrades(framework.grades, ['grades'], emit);
  const weightSum = sum(framework.paths.map((path) => path.weight));
  if (!weightSum.equals(100)) {
    emit(
      ['paths'],
      {},
      'PATH_WEIGHTS_SUM',
      `各路径权重之和为 ${weightSum}，应为 100`,
      `path weights sum to ${weightSum}, not 100`,
    );
  }
  checkDuplicates(
    framework.paths.map((path) => path.code),
    (i) => ['paths', i, 'code'],
    (i) => ({ path: framework.paths[i].code }),
    'path',
    emit,
  );

  const indicatorSeen = new Set<string>();
  const gradeCodes = new Set(framework.grades.map((grade) => grade.code));
  framework.paths.forEach((path, p) => {
    checkPathPoints(path, p, emit);
    path.indicators.forEach((indicator, i) => {
      const at: Segment[] = ['paths', p, 'indicators', i];
      const owner = { path: path.code, indicator: indicator.code };
      if (indicatorSeen.has(indicator.code)) {
        emit(
          [...at, 'code'],
          owner,
          'DUPLICATE_CODE',
          `指标编码 ${indicator.code} 重复`,
          `indicator code ${indicator.code} is used twice`,
        );
      }
      indicatorSeen.add(indicator.code);
      checkRule(indicator.rule, [...at, 'rule'], owner, gradeCodes, emit);
    });
  });
  issues.push(...dataCheckIssues(framework));
  return issues;
}

/** A grade list (the framework's, or the year's at `annual.grades`): unique, best first, lowest ≤ 0. */
export function checkGrades(grades: readonly Grade[], at: Segment[], emit: Emit): void {
  checkDuplicates(
    grades.map((grade) => grade.code),
    (i) => [...at, i, 'code'],
    () => ({}),
    'grade',
    emit,
  );
  for (let i = 1; i < grades.length; i++) {
    if (!(grades[i].min < grades[i - 1].min)) {
      emit(
        [...at, i, 'min'],
        {},
        'GRADES_NOT_DESCENDING',
        `等次须按下限从高到低排列：${grades[i].code} 的下限 ${grades[i].min} 不低于 ${grades[i - 1].code} 的 ${grades[i - 1].min}`,
        `grades must be listed best first with strictly descending min: ${grades[i].code} (${grades[i].min}) is not below ${grades[i - 1].code} (${grades[i - 1].min})`,
      );
    }
  }
  const lowest = grades[grades.length - 1];
  if (lowest.min > 0) {
    emit(
      [...at, grades.length - 1, 'min'],
      {},
      'LOWEST_GRADE_ABOVE_ZERO',
      `最低等次 ${lowest.code} 的下限应为 0（或更低），否则低分无等次可评`,
      `the lowest grade ${lowest.code} must have min 0 or below, or a low total would have no grade`,
    );
  }
}

/**
 * A path's base indicators must add up to its maxPoints. Sector-specific extras (like
 * 乡村振兴 in the default framework: 组织建设 sums to 100 for a community branch, 110 for a rural
 * one) are allowed because sector rescaling brings those sectors back to maxPoints, so the
 * sum must hold for at least one sector; a path without sector restrictions therefore needs
 * ALL its base indicators to sum to maxPoints. Every sector must also have something to score.
 */
function checkPathPoints(path: Path, p: number, emit: Emit): void {
  const maxPoints = path.maxPoints ?? BASE_POINTS_DEFAULT;
  const base = path.indicators.filter((indicator) => isBase(indicator.rule));
  const sums = SECTORS.map((sector) => ({
    sector,
    sum: sum(
      base
        .filter((indicator) => appliesTo(indicator, sector))
        .map((indicator) => baseMaxPoints(indicator.rule)),
    ),
  }));
  const owner = { path: path.code };
  if (!sums.some(({ sum: s }) => s.equals(maxPoints))) {
    const distinct = [...new Set(sums.map(({ sum: s }) => s.toString()))].join(' / ');
    emit(
      ['paths', p, 'maxPoints'],
      owner,
      'PATH_POINTS_MISMATCH',
      `基础指标分值之和为 ${distinct}，应等于路径满分 ${maxPoints}`,
      `the base indicators' maxPoints sum to ${distinct}, not the path's maxPoints ${maxPoints}`,
    );
  }
  const empty = sums.filter(({ sum: s }) => s.isZero()).map(({ sector }) => sector);
  if (empty.length > 0 && empty.length < SECTORS.length) {
    emit(
      ['paths', p, 'indicators'],
      owner,
      'NO_BASE_INDICATOR_FOR_SECTOR',
      `以下领域没有适用的基础指标，无法计分：${empty.join('、')}`,
      `no base indicator applies to these sectors, so the path cannot be scored for them: ${empty.join(', ')}`,
    );
  }
}

/** The rule's own checks (order, sums, references), from its module in the scoring registry. */
export function checkRule(
  rule: Rule,
  at: Segment[],
  owner: { path: string; indicator: string },
  gradeCodes: Set<string>,
  emit: Emit,
): void {
  for (const problem of ruleModule(rule.type).check(rule, { gradeCodes: [...gradeCodes] })) {
    emit([...at, ...problem.at], owner, problem.code, problem.message.zh, problem.message.en);
  }
}

export function checkDuplicates(
  codes: readonly string[],
  locate: (index: number) => Segment[],
  ownerAt: (index: number) => { path?: string; indicator?: string },
  what: string,
  emit: Emit,
): void {
  const seen = new Set<string>();
  codes.forEach((code, i) => {
    if (seen.has(code))
      emit(
        locate(i),
        ownerAt(i),
        'DUPLICATE_CODE',
        `编码 ${code} 重复`,
        `${what} code ${code} is used twice`,
      );
    seen.add(code);
  });
}

function isBase(rule: Rule): rule is Extract<Rule, { maxPoints: number }> {
  return ruleRole(rule) === 'base';
}

function baseMaxPoints(rule: Rule): number {
  return isBase(rule) ? rule.maxPoints : 0;
}

function appliesTo(indicator: Indicator, sector: Sector): boolean {
  return indicator.sectors === undefined || indicator.sectors.includes(sector);
}

function sum(values: readonly number[]): Decimal {
  return values.reduce((acc, value) => acc.plus(value), new Decimal(0));
}
