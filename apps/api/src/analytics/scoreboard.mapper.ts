import { percentileAmong } from '@pathboard/scoring';
import type { AssessmentStatusEnum } from '../assessments/models/assessment.model';
import type { Sector } from '../org-units/org-unit.enums';
import type { UnitPeriod } from './analytics-context';
import type { ScoreboardBranchModel, ScoreboardChildModel } from './models/scoreboard.model';
import type { SubmissionCountsModel, UnitFiguresModel } from './models/unit-figures.model';
import type { SubmissionRow } from './sql/completion.sql';
import type { ScoreboardBranchRow, ScoreboardFiguresRow } from './sql/scoreboard.sql';

/**
 * Rows of the analytics statements → GraphQL models. Figures come from SQL; only what follows from a
 * branch row and its neighbours (changes, percentile, previous rank) is derived here, with libs/scoring.
 */

export function toSubmission(row: SubmissionRow): SubmissionCountsModel {
  return {
    notOpened: row.not_opened,
    draft: row.draft,
    submitted: row.submitted,
    returned: row.returned,
    approved: row.approved,
    reported: row.reported,
    onTime: row.on_time,
    late: row.late,
    notSubmitted: row.not_submitted,
    onTimeRate: row.on_time_rate,
  };
}

/** `{code: value}` → `[{code, ...}]` in the framework's order; codes the framework lacks go last, sorted. */
export function inOrder<T>(
  values: Record<string, number> | null,
  order: readonly string[],
  make: (code: string, value: number) => T,
): T[] {
  if (!values) return [];
  const known = order.filter((code) => code in values);
  const others = Object.keys(values)
    .filter((code) => !order.includes(code))
    .sort();
  return [...known, ...others].map((code) => make(code, values[code]));
}

/** Values aligned with the framework's codes → `[{code, …}]` for the values kept. */
function zipPresent<V, T>(
  codes: readonly { code: string }[],
  values: V[] | null,
  keep: (value: V) => boolean,
  make: (code: string, value: V) => T,
): T[] {
  if (!values) return [];
  const out: T[] = [];
  codes.forEach(({ code }, i) => {
    if (i < values.length && keep(values[i])) out.push(make(code, values[i]));
  });
  return out;
}

export function toUnitFigures(
  row: ScoreboardFiguresRow,
  ctx: Pick<UnitPeriod, 'paths' | 'grades'>,
): UnitFiguresModel {
  return {
    assessed: row.assessed,
    expected: row.expected,
    completion: row.completion,
    mean: row.mean,
    weightedMean: row.weighted_mean,
    median: row.median,
    q1: row.q1,
    q3: row.q3,
    min: row.min,
    max: row.max,
    // Grades no branch reached and paths no reported branch has are left out, as the schema describes.
    gradeCounts: zipPresent(
      ctx.grades,
      row.grade_counts,
      (count) => count > 0,
      (code, count) => ({ code, count }),
    ),
    pathMeans: zipPresent(
      ctx.paths,
      row.path_means,
      (mean) => mean !== null,
      (code, mean) => ({ code, mean: mean as number }),
    ),
    submission: toSubmission(row),
    previousMean: row.previous_mean,
    meanChange: row.mean_change,
  };
}

export function toChild(
  row: ScoreboardFiguresRow,
  ctx: Pick<UnitPeriod, 'paths' | 'grades'>,
): ScoreboardChildModel {
  return {
    unit: { id: row.grp, code: row.code!, name: row.name!, kind: row.kind as never, active: row.active! },
    figures: toUnitFigures(row, ctx),
    rank: row.rank,
    previousRank: row.previous_rank,
    rankChange: row.rank !== null && row.previous_rank !== null ? row.previous_rank - row.rank : null,
  };
}

/**
 * Rows of the branch statement → models: the listed branches (rows with an id) and their percentile
 * among the assessed ones (rows without an id are branches no longer listed: they only held a
 * previous rank, which SQL already counted).
 */
export function toBranches(rows: readonly ScoreboardBranchRow[], pathCount: number): ScoreboardBranchModel[] {
  let assessed = 0;
  for (const row of rows) if (row.total !== null) assessed++;
  const branches: ScoreboardBranchModel[] = [];
  for (const row of rows)
    if (row.id !== null) branches.push(toBranch(row as ListedBranchRow, pathCount, assessed));
  return branches;
}

type ListedBranchRow = ScoreboardBranchRow & { id: string };

/** Ranks come ranked from SQL (branch-set.sql.ts competitionRank); the mapper only subtracts. */
export function toBranch(row: ListedBranchRow, pathCount: number, assessed: number): ScoreboardBranchModel {
  const previousRank = row.previous_total === null ? null : row.previous_rank;
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    parentId: row.parent_id,
    childId: row.child_key,
    sector: row.sector as Sector | null,
    memberCount: row.member_count,
    active: row.active,
    status: row.status as AssessmentStatusEnum | null,
    onTime: row.on_time,
    total: row.total,
    gradeCode: row.grade_code,
    veto: row.veto,
    pathPercents: pathPercents(row, pathCount),
    rank: row.rank,
    percentile: row.at_or_above === null ? null : percentileAmong(assessed, row.at_or_above),
    previousTotal: row.previous_total,
    previousRank,
    totalChange:
      row.total !== null && row.previous_total !== null
        ? centsDifference(row.total, row.previous_total)
        : null,
    rankChange: row.rank !== null && previousRank !== null ? previousRank - row.rank : null,
  };
}

function pathPercents(row: ScoreboardBranchRow, pathCount: number): number[] | null {
  if (pathCount === 0 || row.p1 === null || row.total === null) return null;
  const percents: number[] = new Array(pathCount);
  for (let i = 0; i < pathCount; i++) percents[i] = row[`p${i + 1}`] as number;
  return percents;
}

/**
 * a − b for two stored totals (numeric(8,2), read as the doubles nearest to them): in whole cents,
 * which are exact, then back to the double nearest to the exact difference, as PostgreSQL's
 * `(a − b)::float8` gives. A plain `a − b` would show 85.13 − 80.2 as 4.929999999999993.
 */
export function centsDifference(a: number, b: number): number {
  return (Math.round(a * 100) - Math.round(b * 100)) / 100;
}
