import Decimal from 'decimal.js';
import { aggregate, compareWithPrevious } from '@pathboard/scoring';
import type { Framework, IndicatorValuePair, ScoreResult, Sector } from '@pathboard/scoring';
import type { AssessmentStatus, QuarterlyAggregates, QuarterlyReportData, ReportBranch, ScoreSummary } from './types';

/** A branch as the API has it: its engine results (or none) and the values as entered. */
export interface ScoredBranchInput {
  code: string;
  name: string;
  parentName: string;
  sector: Sector;
  memberCount: number;
  /** Inactive branches are not expected to report (absent: active). */
  active?: boolean;
  status: AssessmentStatus;
  submittedAt: string | null;
  self: ScoreResult | null;
  official: ScoreResult | null;
  values: Record<string, IndicatorValuePair>;
}

export interface QuarterlyReportInput {
  unit: { code: string; name: string };
  period: string;
  previousPeriod: string | null;
  framework: Framework;
  /** ISO timestamp; a submission after it is late. Null: every submission counts as on time. */
  deadline: string | null;
  branches: ScoredBranchInput[];
  /** The previous period's official totals, by branch code. */
  previousTotals: { code: string; total: number | null }[];
  generatedAt?: string;
}

/** Reduce an engine result to the figures a report shows. */
export function summarizeScore(result: ScoreResult): ScoreSummary {
  const paths: Record<string, number> = {};
  const indicators: Record<string, number> = {};
  for (const path of result.paths) {
    paths[path.code] = path.points;
    for (const indicator of path.indicators) if (indicator.applicable) indicators[indicator.code] = indicator.points;
  }
  return { total: result.total, grade: result.grade, paths, indicators };
}

/**
 * Assemble the quarterly report from scored branches: ranks and changes use the scoring library's
 * competition ranking so the workbook, the PDF and the dashboard never disagree about a rank.
 */
export function buildQuarterlyReportData(input: QuarterlyReportInput): QuarterlyReportData {
  const deadline = input.deadline === null ? null : Date.parse(input.deadline);
  const changes = compareWithPrevious(
    input.branches.map((branch) => ({ id: branch.code, total: branch.official?.total ?? null })),
    input.previousTotals.map((entry) => ({ id: entry.code, total: entry.total })),
  );
  const changeById = new Map(changes.map((change) => [change.id, change]));
  const branches: ReportBranch[] = input.branches.map((branch) => {
    const change = changeById.get(branch.code);
    const submitted = branch.submittedAt === null ? null : Date.parse(branch.submittedAt);
    return {
      code: branch.code,
      name: branch.name,
      parentName: branch.parentName,
      sector: branch.sector,
      memberCount: branch.memberCount,
      active: branch.active !== false,
      status: branch.status,
      submittedAt: branch.submittedAt,
      onTime: submitted === null ? null : deadline === null || submitted <= deadline,
      self: branch.self && summarizeScore(branch.self),
      official: branch.official && summarizeScore(branch.official),
      values: branch.values,
      rank: change?.rank ?? null,
      previousRank: change?.previousRank ?? null,
      previousTotal: change?.previousTotal ?? null,
    };
  });
  const previousAssessed = input.previousTotals.filter((entry) => entry.total !== null).map((entry) => entry.total as number);
  return {
    unit: input.unit,
    period: input.period,
    previousPeriod: input.previousPeriod,
    framework: input.framework,
    branches: sortByRank(branches),
    aggregates: computeQuarterlyAggregates(input.framework, branches, previousAssessed),
    generatedAt: input.generatedAt ?? new Date().toISOString(),
  };
}

export function sortByRank(branches: ReportBranch[]): ReportBranch[] {
  return [...branches].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The committee figures of the report; statistics come from libs/scoring's `aggregate`. */
export function computeQuarterlyAggregates(
  framework: Framework,
  branches: readonly ReportBranch[],
  previousTotals: readonly number[],
): QuarterlyAggregates {
  const pathMax = new Map(framework.paths.map((path) => [path.code, path.maxPoints ?? 100]));
  const figures = aggregate(
    branches.map((branch) => ({
      id: branch.code,
      memberCount: branch.memberCount,
      total: branch.official?.total ?? null,
      gradeCode: branch.official?.grade.code ?? null,
      paths: percentOfPaths(branch.official, pathMax),
      active: branch.active,
    })),
    framework.paths.map((path) => path.code),
  );
  const submitted = branches.filter((branch) => branch.onTime !== null);
  const onTime = submitted.filter((branch) => branch.onTime === true).length;
  return {
    assessed: figures.assessed,
    expected: figures.expected,
    completion: figures.completion,
    onTimeRate: submitted.length === 0 ? 0 : round(new Decimal(onTime).dividedBy(submitted.length), 4),
    mean: figures.mean,
    median: figures.median,
    q1: figures.q1,
    q3: figures.q3,
    min: figures.min,
    max: figures.max,
    gradeCounts: figures.gradeCounts,
    pathMeans: figures.pathMeans,
    indicatorMeans: indicatorMeansOf(framework, branches),
    meanGap: meanGapOf(branches),
    previousMean: previousTotals.length === 0 ? null : round(sum(previousTotals).dividedBy(previousTotals.length)),
  };
}

function percentOfPaths(score: ScoreSummary | null, pathMax: Map<string, number>): Record<string, number> {
  const percents: Record<string, number> = {};
  if (!score) return percents;
  for (const [code, points] of Object.entries(score.paths)) {
    percents[code] = round(new Decimal(points).times(100).dividedBy(pathMax.get(code) ?? 100));
  }
  return percents;
}

/** Mean share of each base indicator's maximum, over the branches it applies to. */
function indicatorMeansOf(framework: Framework, branches: readonly ReportBranch[]): Record<string, number> {
  const means: Record<string, number> = {};
  for (const path of framework.paths) {
    for (const indicator of path.indicators) {
      if (!('maxPoints' in indicator.rule) || indicator.rule.maxPoints <= 0) continue;
      const shares: number[] = [];
      for (const branch of branches) {
        const points = branch.official?.indicators[indicator.code];
        // Points are in the path's (rescaled) scale; the share against the rule's M is close enough
        // to rank indicators, which is all this figure is used for.
        if (typeof points === 'number') shares.push((points / indicator.rule.maxPoints) * 100);
      }
      if (shares.length > 0) means[indicator.code] = round(sum(shares).dividedBy(shares.length));
    }
  }
  return means;
}

function meanGapOf(branches: readonly ReportBranch[]): number | null {
  const gaps: number[] = [];
  for (const branch of branches) if (branch.self && branch.official) gaps.push(branch.self.total - branch.official.total);
  return gaps.length === 0 ? null : round(sum(gaps).dividedBy(gaps.length));
}

function sum(values: readonly number[]): Decimal {
  let total = new Decimal(0);
  for (const value of values) total = total.plus(value);
  return total;
}

function round(value: Decimal, places = 2): number {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();
}
