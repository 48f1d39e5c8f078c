import type { AggregateFigures, BranchFigures } from '../types';
import { divide, frac, type Fraction } from '../engine/fraction';
import { exactMean, exactSum, percentileCont, round2Exact, roundOut } from './exact-stats';

/**
 * Committee figures over a set of branches (docs/domain.md "Aggregates for committees"), in exact fractions.
 *
 * - Statistics use every branch with a total (an inactive branch's existing score still counts).
 * - `expected` counts active branches (`active` absent means active); `completion` is the share of
 *   active branches that have a total, so it stays within 0..1. It is rounded to 4 places because
 *   2 places would turn 2/3 into 0.67 before anyone displays it as a percentage.
 * - The member-weighted mean is null when the assessed branches have no members at all.
 * - `pathMeans` only lists paths for which at least one assessed branch has a figure.
 */
export function aggregate(
  branches: readonly BranchFigures[],
  pathCodes: readonly string[],
): AggregateFigures {
  const assessed = branches.filter((branch) => branch.total !== null);
  const activeBranches = branches.filter((branch) => branch.active !== false);
  const activeAssessed = activeBranches.filter((branch) => branch.total !== null).length;

  const totals = assessed.map((branch) => branch.total as number);
  const sorted = Float64Array.from(totals).sort();

  const mean = exactMean(totals);
  const weightedMean = memberWeightedMean(assessed);
  const median = percentileCont(sorted, 0.5);
  const q1 = percentileCont(sorted, 0.25);
  const q3 = percentileCont(sorted, 0.75);

  return {
    assessed: assessed.length,
    expected: activeBranches.length,
    // Stryker disable next-line ConditionalExpression: equivalent, with no active branch none is assessed, and 0/0 would give 0 too (frac of a zero numerator)
    completion: activeBranches.length === 0 ? 0 : roundOut(frac(activeAssessed, activeBranches.length), 4),
    mean: mean && roundOut(mean),
    weightedMean: weightedMean && roundOut(weightedMean),
    median: median && roundOut(median),
    q1: q1 && roundOut(q1),
    q3: q3 && roundOut(q3),
    min: sorted.length ? round2Exact(sorted[0]) : null,
    max: sorted.length ? round2Exact(sorted[sorted.length - 1]) : null,
    gradeCounts: countGrades(assessed),
    pathMeans: pathMeansOf(assessed, pathCodes),
  };
}

function memberWeightedMean(assessed: readonly BranchFigures[]): Fraction | null {
  const members = assessed.map((branch) => Math.max(0, branch.memberCount));
  if (members.every((count) => count === 0)) return null;
  return divide(
    exactSum(
      assessed.map((branch) => branch.total as number),
      members,
    ),
    exactSum(members),
  );
}

function countGrades(assessed: readonly BranchFigures[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const branch of assessed) {
    if (branch.gradeCode === null) continue;
    counts[branch.gradeCode] = (counts[branch.gradeCode] ?? 0) + 1;
  }
  return counts;
}

function pathMeansOf(
  assessed: readonly BranchFigures[],
  pathCodes: readonly string[],
): Record<string, number> {
  const means: Record<string, number> = {};
  for (const pathCode of pathCodes) {
    const percents: number[] = [];
    for (const branch of assessed) {
      const percent = branch.paths[pathCode];
      if (typeof percent === 'number') percents.push(percent);
    }
    const mean = exactMean(percents);
    if (mean !== null) means[pathCode] = roundOut(mean);
  }
  return means;
}
