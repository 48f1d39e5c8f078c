import {
  CHART_WORDS,
  DEFAULT_GRADES,
  gradeColor,
  gradeForScore,
  type GradeBand,
  type HeatmapRow,
  type LocalizedLabel,
  type PathFigure,
  type PathHeader,
  type RankedUnit,
  type TrendSeries,
} from '@pathboard/charts';
import type { OverviewTrendQuery } from '../../../generated/graphql';
import type { BranchRow, ScoreboardResult } from './branch-rows';

/**
 * The scoreboard (and the trend) mapped to what the cards and the @pathboard/charts builders take.
 * Pure, so every figure on the screen is checked by a spec rather than by looking at a chart.
 */

export type TrendPoint = OverviewTrendQuery['trend'][number];

/** Where a click on a unit leads: deeper into the overview, or to a branch's own page. */
export type DrillTarget = { kind: 'unit'; unitId: string } | { kind: 'branch'; branchId: string };

export interface GradeCard {
  code: string;
  name: LocalizedLabel;
  count: number;
  color: string;
}

export interface SummaryFigures {
  mean: number | null;
  median: number | null;
  weightedMean: number | null;
  meanChange: number | null;
  previousMean: number | null;
  previousPeriod: string | null;
  completion: number;
  assessed: number;
  expected: number;
  onTimeRate: number;
  onTime: number;
  late: number;
  /** Expected branches that have not submitted: onTime + late + notSubmitted = expected. */
  notSubmitted: number;
  /** Returned for correction: submitted (on time or late) but not assessed until resubmitted. */
  returned: number;
  /** Submitted and waiting for review: what a committee has to act on. */
  awaitingReview: number;
  /** Every grade of the framework, best first, zero counts included (the API leaves them out). */
  grades: GradeCard[];
}

export interface ChildBar extends RankedUnit {
  drill: DrillTarget;
}

/** The period framework's grades, or DOMAIN.md's default scale when the API sent none. */
export function gradeBands(scoreboard: ScoreboardResult): GradeBand[] {
  if (scoreboard.grades.length === 0) return DEFAULT_GRADES;
  return scoreboard.grades.map((g) => ({ code: g.code, min: g.min, name: { zh: g.name.zh, en: g.name.en } }));
}

export function pathHeaders(scoreboard: ScoreboardResult): PathHeader[] {
  return scoreboard.paths.map((p) => ({ code: p.code, name: { zh: p.name.zh, en: p.name.en } }));
}

export function summaryFigures(scoreboard: ScoreboardResult): SummaryFigures {
  const { figures } = scoreboard;
  const grades = gradeBands(scoreboard);
  const counts = new Map(figures.gradeCounts.map((g) => [g.code, g.count]));
  return {
    mean: figures.mean,
    median: figures.median,
    weightedMean: figures.weightedMean,
    meanChange: figures.meanChange,
    previousMean: figures.previousMean,
    previousPeriod: scoreboard.previousPeriod,
    completion: figures.completion,
    assessed: figures.assessed,
    expected: figures.expected,
    onTimeRate: figures.submission.onTimeRate,
    onTime: figures.submission.onTime,
    late: figures.submission.late,
    notSubmitted: figures.submission.notSubmitted,
    returned: figures.submission.returned,
    awaitingReview: figures.submission.submitted,
    grades: grades.map((g) => ({
      code: g.code,
      name: g.name,
      count: counts.get(g.code) ?? 0,
      color: gradeColor(g.code, grades),
    })),
  };
}

/** Ids of branches that are leaves of the scoreboard (a 党总支 with sub-branches is not among them). */
function leafBranchIds(scoreboard: ScoreboardResult): Set<string> {
  return new Set(scoreboard.branches.map((b) => b.branchId));
}

/**
 * The direct children as ranking bars. A street is ranked (and coloured) by its mean; a branch child
 * by its own total and grade, which a veto may have capped below what the total alone would earn.
 */
export function childrenRanking(scoreboard: ScoreboardResult): ChildBar[] {
  const grades = gradeBands(scoreboard);
  const leaves = leafBranchIds(scoreboard);
  const branchById = new Map(scoreboard.branches.map((b) => [b.branchId, b]));
  return scoreboard.children.map((child) => {
    const { id, name } = child.unit;
    const total = child.figures.mean;
    const branch = branchById.get(id);
    const gradeCode = branch ? branch.gradeCode : total === null ? null : gradeForScore(total, grades).code;
    // A child that is a branch: on this page of the table, or a branch unit (the page may not show it).
    const drill: DrillTarget =
      leaves.has(id) || child.unit.kind === 'BRANCH'
        ? { kind: 'branch', branchId: id }
        : { kind: 'unit', unitId: id };
    return { id, name, total, gradeCode, drill };
  });
}

/** Every (visible) branch as a ranking bar; a click on one opens the branch page. */
export function branchesRanking(rows: readonly BranchRow[]): RankedUnit[] {
  return rows.map((r) => ({ id: r.id, name: r.name, total: r.total, gradeCode: r.gradeCode }));
}

/** Where a click on a child or branch with this id leads (null: not a unit of this scoreboard). */
export function drillTargetFor(scoreboard: ScoreboardResult, id: string): DrillTarget | null {
  if (leafBranchIds(scoreboard).has(id)) return { kind: 'branch', branchId: id };
  return scoreboard.children.some((c) => c.unit.id === id) ? { kind: 'unit', unitId: id } : null;
}

function figuresFrom(headers: PathHeader[], means: readonly { code: string; mean: number }[]): PathFigure[] {
  const byCode = new Map(means.map((m) => [m.code, m.mean]));
  return headers.map((h) => ({ ...h, percent: byCode.get(h.code) ?? null }));
}

/**
 * Path means this quarter against the previous one. The previous quarter's means come from the trend
 * (same unit, same branches' official scores); null when there is no previous quarter or no figure.
 */
export function radarFigures(
  scoreboard: ScoreboardResult,
  trend: readonly TrendPoint[],
): { current: PathFigure[]; previous: PathFigure[] | null } {
  const headers = pathHeaders(scoreboard);
  const current = figuresFrom(headers, scoreboard.figures.pathMeans);
  const previousPoint = scoreboard.previousPeriod
    ? trend.find((p) => p.period === scoreboard.previousPeriod)
    : undefined;
  const previous =
    previousPoint && previousPoint.pathMeans.length > 0
      ? figuresFrom(headers, previousPoint.pathMeans)
      : null;
  return { current, previous };
}

export function heatmapRows(rows: readonly BranchRow[]): HeatmapRow[] {
  return rows.map((r) => ({ id: r.id, name: r.name, paths: r.paths }));
}

/** Branches per grade code, and the active branches not (yet) assessed, for the distribution chart. */
export function gradeDistribution(scoreboard: ScoreboardResult): {
  counts: Record<string, number>;
  missing: number;
} {
  const counts = Object.fromEntries(gradeBands(scoreboard).map((g) => [g.code, 0]));
  for (const g of scoreboard.figures.gradeCounts) counts[g.code] = g.count;
  // Active branches without an official score: the grey bar that keeps completion in sight.
  // (expected − active assessed, from the unit's figures: the table holds one page, not every branch).
  const { expected, completion } = scoreboard.figures;
  const missing = expected - Math.round(completion * expected);
  return { counts, missing };
}

const MEDIAN_LABEL: LocalizedLabel = { zh: '中位数', en: 'Median' };

/** Mean and median per quarter, oldest first. */
export function trendSeries(trend: readonly TrendPoint[]): { periods: string[]; series: TrendSeries[] } {
  const points = [...trend].sort((a, b) => a.period.localeCompare(b.period));
  return {
    periods: points.map((p) => p.period),
    series: [
      { name: CHART_WORDS.mean, values: points.map((p) => p.mean) },
      { name: MEDIAN_LABEL, values: points.map((p) => p.median) },
    ],
  };
}

/**
 * The trend window: up to `count` quarters of the district ending at the selected one. Quarter codes
 * sort as text (2025Q4 < 2026Q1), so no date parsing is needed.
 */
export function trendRange(
  periodCodes: readonly string[],
  selected: string,
  count = 8,
): { fromPeriod: string; toPeriod: string } | null {
  const upTo = [...new Set(periodCodes)].filter((p) => p <= selected).sort();
  if (upTo.length === 0) return null;
  return { fromPeriod: upTo[Math.max(0, upTo.length - count)], toPeriod: selected };
}
