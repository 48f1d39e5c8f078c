import Decimal from 'decimal.js';
import { meanGap } from '@pathboard/scoring';
import type { Framework, ScoreResult, Sector } from '@pathboard/scoring';
import type {
  AssessmentStatus,
  CommitteeFigures,
  QuarterlyReportData,
  ReportBranch,
  ReportRectification,
  ReportValuePair,
  ScoreSummary,
} from './types';

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
  /** As stored with the assessment: decided by the first submission; null until the branch submits. */
  onTime: boolean | null;
  self: ScoreResult | null;
  official: ScoreResult | null;
  values: Record<string, ReportValuePair>;
  /**
   * As the API ranked it (the overview's branch table ranks, analytics branch-page.sql.ts
   * figuresRankColumns): the competition rank of the official total among the unit's reported
   * branches, the previous quarter's rank and total; null when there is none. Never ranked here.
   */
  rank: number | null;
  previousRank: number | null;
  previousTotal: number | null;
}

export interface QuarterlyReportInput {
  unit: { code: string; name: string };
  period: string;
  previousPeriod: string | null;
  framework: Framework;
  branches: ScoredBranchInput[];
  /** The unit's committee figures as the dashboard reads them (never recomputed here). */
  figures: CommitteeFigures;
  generatedAt?: string;
  /** IANA zone the dates are shown in (the district's; default Asia/Shanghai). */
  timeZone?: string;
  /** Unclosed 整改事项 (any order; the report puts overdue first, then by deadline). */
  rectifications?: ReportRectification[];
}

/** Reduce an engine result to the figures a report shows. */
export function summarizeScore(result: ScoreResult): ScoreSummary {
  const paths: Record<string, number> = {};
  const indicators: Record<string, number> = {};
  for (const path of result.paths) {
    paths[path.code] = path.points;
    for (const indicator of path.indicators)
      if (indicator.applicable) indicators[indicator.code] = indicator.points;
  }
  return { total: result.total, grade: result.grade, paths, indicators };
}

/**
 * Assemble the quarterly report from scored branches and the committee figures: the ranks and the
 * headline figures are the dashboard's (as the API read them), so the workbook, the PDF and the
 * dashboard never disagree.
 */
export function buildQuarterlyReportData(input: QuarterlyReportInput): QuarterlyReportData {
  const branches: ReportBranch[] = input.branches.map((branch) => {
    return {
      code: branch.code,
      name: branch.name,
      parentName: branch.parentName,
      sector: branch.sector,
      memberCount: branch.memberCount,
      active: branch.active !== false,
      status: branch.status,
      submittedAt: branch.submittedAt,
      onTime: branch.onTime,
      self: branch.self && summarizeScore(branch.self),
      official: branch.official && summarizeScore(branch.official),
      values: branch.values,
      rank: branch.rank,
      previousRank: branch.previousRank,
      previousTotal: branch.previousTotal,
    };
  });
  return {
    unit: input.unit,
    period: input.period,
    previousPeriod: input.previousPeriod,
    framework: input.framework,
    branches: sortByRank(branches),
    aggregates: {
      ...input.figures,
      indicatorMeans: indicatorMeansOf(input.framework, branches),
      meanGap: meanGapOf(branches),
    },
    generatedAt: input.generatedAt ?? new Date().toISOString(),
    timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
    rectifications: [...(input.rectifications ?? [])].sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        a.deadline.localeCompare(b.deadline) ||
        a.branchCode.localeCompare(b.branchCode),
    ),
  };
}

/** The district's zone when none is configured (docs/metrics.md "One clock"). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export function sortByRank(branches: ReportBranch[]): ReportBranch[] {
  return [...branches].sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** Mean share of each base indicator's maximum, over the branches it applies to. */
export function indicatorMeansOf(
  framework: Framework,
  branches: readonly ReportBranch[],
): Record<string, number> {
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

export function meanGapOf(branches: readonly ReportBranch[]): number | null {
  return meanGap(
    branches.flatMap((b) =>
      b.self && b.official ? [{ self: b.self.total, official: b.official.total }] : [],
    ),
  );
}

function sum(values: readonly number[]): Decimal {
  let total = new Decimal(0);
  for (const value of values) total = total.plus(value);
  return total;
}

function round(value: Decimal, places = 2): number {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();
}
