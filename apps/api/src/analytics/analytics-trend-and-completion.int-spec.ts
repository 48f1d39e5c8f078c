import { aggregate } from '@pathboard/scoring';
import { createUserFixture } from '../../test/fixtures';
import { Role } from '../auth/role.enum';
import { useAnalyticsSuite } from './analytics.int-fixtures';
import { PATH_CODES, seedPeriod, seedScores } from './testing/analytics-fixtures';
import { COMPLETION, SCOREBOARD, TREND, type Scoreboard } from './testing/analytics-ops';
import { storedBranchFigures } from './testing/reference';

interface TrendPoint {
  period: string;
  assessed: number;
  expected: number;
  completion: number;
  mean: number | null;
  median: number | null;
  pathMeans: { code: string; mean: number }[];
}

// trend over a range of periods, and completion against the scoreboard.
describe('trend, compare, peerStanding, completion (GraphQL over HTTP)', () => {
  const suite = useAnalyticsSuite();

  it('trend gives each existing period of the range the figures aggregate() gives, and a branch its own', async () => {
    const { t, frameworkId, ok, district } = suite;
    const { tree, admin } = await district('TR-');
    const [a1, a2, b1, b2] = tree.branches;
    const periods: Record<string, string> = {};
    for (const code of ['2026Q2', '2026Q3', '2026Q4'])
      periods[code] = await seedPeriod(t.dataSource, tree.district.id, code, frameworkId);
    const ctx = (code: string) => ({ districtId: tree.district.id, periodId: periods[code], frameworkId });
    await seedScores(t.dataSource, ctx('2026Q2'), [
      { branchId: a1.id, spec: { total: 61.11, paths: { ORGANIZATION: 50.05 } } },
    ]);
    await seedScores(t.dataSource, ctx('2026Q3'), [
      { branchId: a1.id, spec: { total: 70.01 } },
      { branchId: a2.id, spec: { total: 80.02 } },
      { branchId: b1.id, spec: { total: 90.04, paths: { TRAINING: 100.01 } } },
    ]);
    await seedScores(t.dataSource, ctx('2026Q4'), [
      { branchId: a1.id, spec: { total: 75 } },
      { branchId: a2.id, spec: { total: null, status: 'DRAFT' } },
      { branchId: b1.id, spec: { total: 88.88 } },
      { branchId: b2.id, spec: { total: 66.67 } },
    ]);
    const { trend } = await ok<{ trend: TrendPoint[] }>(
      TREND,
      { unitId: tree.district.id, from: '2026Q1', to: '2026Q4' },
      admin,
    );
    expect(trend.map((p) => p.period)).toEqual(['2026Q2', '2026Q3', '2026Q4']);
    for (const point of trend) {
      const expected = aggregate(
        await storedBranchFigures(t.dataSource, tree.district.id, periods[point.period]),
        PATH_CODES,
      );
      expect(point).toMatchObject({
        assessed: expected.assessed,
        expected: expected.expected,
        completion: expected.completion,
        mean: expected.mean,
        median: expected.median,
      });
      expect(Object.fromEntries(point.pathMeans.map((p) => [p.code, p.mean]))).toEqual(expected.pathMeans);
      expect(point.pathMeans.map((p) => p.code)).toEqual([...PATH_CODES]);
    }
    const street = await ok<{ trend: TrendPoint[] }>(
      TREND,
      { unitId: tree.streets[0].id, from: '2026Q3', to: '2026Q4' },
      admin,
    );
    expect(street.trend.map((p) => [p.period, p.mean, p.completion])).toEqual([
      ['2026Q3', 75.02, 1],
      ['2026Q4', 75, 0.5],
    ]); // 75.015 → half up

    const branchUser = await createUserFixture(t.dataSource, { role: Role.BRANCH, scopeUnitId: a1.id });
    const own = await ok<{ trend: TrendPoint[] }>(
      TREND,
      { unitId: a1.id, from: '2026Q2', to: '2026Q4' },
      t.signToken(branchUser.user),
    );
    expect(own.trend.map((p) => p.mean)).toEqual([61.11, 70.01, 75]);

    const reversed = await t.gql(TREND, { unitId: tree.district.id, from: '2026Q4', to: '2026Q1' }, admin);
    expect(reversed.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'fromPeriod' },
    });
  });

  it('completion counts match the scoreboard figures', async () => {
    const { t, frameworkId, ok, district } = suite;
    const { tree, admin } = await district('CO-');
    const [a1, a2, b1] = tree.branches;
    const periodId = await seedPeriod(t.dataSource, tree.district.id, '2026Q4', frameworkId);
    await seedScores(t.dataSource, { districtId: tree.district.id, periodId, frameworkId }, [
      { branchId: a1.id, spec: { total: 91, status: 'APPROVED' } },
      { branchId: a2.id, spec: { total: 72, status: 'SUBMITTED', onTime: false } },
      { branchId: b1.id, spec: { total: null, status: 'DRAFT' } },
    ]);
    const { completion } = await ok<{
      completion: {
        unitId: string;
        expected: number;
        assessed: number;
        completion: number;
        submission: object;
      };
    }>(COMPLETION, { unitId: tree.district.id, period: '2026Q4' }, admin);
    const { scoreboard } = await ok<{ scoreboard: Scoreboard }>(
      SCOREBOARD,
      { unitId: tree.district.id, period: '2026Q4' },
      admin,
    );
    expect(completion).toEqual({
      unitId: tree.district.id,
      period: '2026Q4',
      expected: scoreboard.figures.expected,
      assessed: scoreboard.figures.assessed,
      completion: scoreboard.figures.completion,
      submission: scoreboard.figures.submission,
    });
    expect(completion).toMatchObject({
      expected: 4,
      assessed: 2,
      completion: 0.5,
      submission: { notOpened: 1, draft: 1, submitted: 1, approved: 1, onTime: 1, late: 1, onTimeRate: 0.25 },
    });
  });
});
