import Decimal from 'decimal.js';
import { aggregate, type Framework } from '@pathboard/scoring';
import type { CommitteeFigures, ReportBranch } from '../model/types';

/**
 * Committee figures of in-memory branches, for the synthetic inputs of the library's own tests and
 * benchmark only. The product never uses this: the API passes the dashboard's figures
 * (apps/api/src/analytics/sql/branch-set.sql.ts), defined in docs/metrics.md. Written from the
 * definitions, so the report specs can check the builders against an independent reading.
 */
export function referenceFigures(
  framework: Framework,
  branches: readonly Pick<
    ReportBranch,
    'code' | 'memberCount' | 'official' | 'active' | 'status' | 'onTime'
  >[],
  previousTotals: readonly number[],
): CommitteeFigures {
  const figures = aggregate(
    branches.map((b) => ({
      id: b.code,
      memberCount: b.memberCount,
      total: b.official?.total ?? null,
      gradeCode: b.official?.grade.code ?? null,
      paths: percents(b.official?.paths ?? {}, framework),
      active: b.active,
    })),
    framework.paths.map((path) => path.code),
  );
  const expected = branches.filter((b) => b.active);
  const count = (keep: (b: (typeof branches)[number]) => boolean) => branches.filter(keep).length;
  const onTime = expected.filter((b) => b.onTime === true).length;
  const late = expected.filter((b) => b.onTime === false).length;
  return {
    assessed: figures.assessed,
    expected: figures.expected,
    completion: figures.completion,
    onTime,
    late,
    notSubmitted: expected.length - onTime - late,
    onTimeRate:
      expected.length === 0
        ? 0
        : new Decimal(onTime).dividedBy(expected.length).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber(),
    approved: count((b) => b.status === 'APPROVED'),
    provisional: count((b) => b.status === 'SUBMITTED'),
    returned: count((b) => b.status === 'RETURNED'),
    draft: count((b) => b.status === 'DRAFT'),
    notOpened: count((b) => b.active && b.status === 'NOT_STARTED'),
    mean: figures.mean,
    median: figures.median,
    q1: figures.q1,
    q3: figures.q3,
    min: figures.min,
    max: figures.max,
    gradeCounts: figures.gradeCounts,
    pathMeans: figures.pathMeans,
    previousMean:
      previousTotals.length === 0
        ? null
        : Decimal.sum(...previousTotals)
            .dividedBy(previousTotals.length)
            .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
            .toNumber(),
  };
}

function percents(points: Record<string, number>, framework: Framework): Record<string, number> {
  const out: Record<string, number> = {};
  for (const path of framework.paths) {
    if (points[path.code] === undefined) continue;
    out[path.code] = new Decimal(points[path.code])
      .times(100)
      .dividedBy(path.maxPoints ?? 100)
      .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
      .toNumber();
  }
  return out;
}
