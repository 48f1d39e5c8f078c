import { seedOrgTree } from '../../../test/fixtures';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { seedDefaultFramework, seedPeriod, seedScores } from '../testing/analytics-fixtures';
import { FiguresSelfInflation1795940000000 } from '../../database/migrations/1795940000000-figures-self-inflation';
import { refreshBranchFigures, refreshDistrictFigures } from './figures-refresh';

const QUARTERS = ['2026Q1', '2026Q2', '2026Q3', '2026Q4', '2027Q1'];

/**
 * The stored self-assessment inflation (self-inflation.ts): the mean self − official gap of the
 * branch's approved quarters among the quarter and the three before it. A write in a quarter
 * rewrites that quarter's and the three after it, not the fifth; the rows always equal a full
 * refresh's. Scores are seeded as the fixture writes them (SELF = OFFICIAL + 3), then moved.
 */
describe('stored self-assessment inflation', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('follows an approval, a moved self score and a reopening through the window, as a full refresh', async () => {
    const frameworkId = await seedDefaultFramework(t.dataSource);
    const tree = await seedOrgTree(t.dataSource, 'SI-');
    const [a1, a2] = tree.branches;
    const d = tree.district.id;
    const periods: Record<string, string> = {};
    for (const code of QUARTERS) periods[code] = await seedPeriod(t.dataSource, d, code, frameworkId);
    const ctx = (code: string) => ({ districtId: d, periodId: periods[code], frameworkId });
    await seedScores(t.dataSource, ctx('2026Q1'), [
      { branchId: a1.id, spec: { status: 'APPROVED', total: 70 } },
    ]);
    await seedScores(t.dataSource, ctx('2026Q2'), [
      { branchId: a1.id, spec: { status: 'APPROVED', total: 80 } },
      // Submitted, not approved: no official total yet, so no inflation.
      { branchId: a2.id, spec: { status: 'SUBMITTED', total: 60 } },
    ]);
    await t.dataSource.transaction((m) => refreshDistrictFigures(m, d, 'all'));

    const stored = async () => {
      const rows: {
        code: string;
        branch_id: string;
        self_inflation: number | null;
        inflation_quarters: number;
      }[] = await t.dataSource.query(
        `SELECT p.code, f.branch_id, f.self_inflation, f.inflation_quarters
             FROM branch_period_figures f JOIN period p ON p.district_id = f.district_id AND p.id = f.period_id
            WHERE f.district_id = $1 AND f.branch_id = ANY($2::uuid[]) ORDER BY p.code, f.branch_id`,
        [d, [a1.id, a2.id]],
      );
      return rows;
    };
    const ofA1 = async () =>
      (await stored())
        .filter((r) => r.branch_id === a1.id)
        .map((r) => [r.code, r.self_inflation, r.inflation_quarters]);
    /** The rows a write's refresh left equal a full refresh's. */
    const expectAsFullRefresh = async (step: string) => {
      const incremental = await stored();
      await t.dataSource.transaction((m) => refreshDistrictFigures(m, d, 'all'));
      expect({ step, rows: incremental }).toEqual({ step, rows: await stored() });
    };
    const refreshA1 = (code: string) =>
      t.dataSource.transaction((m) =>
        refreshBranchFigures(m, [
          { districtId: d, periodId: periods[code], branchId: a1.id, branchPath: a1.path },
        ]),
      );

    // Q1 +3 and Q2 +3; 2027Q1's window is 2026Q2…2027Q1.
    expect(await ofA1()).toEqual([
      ['2026Q1', 3, 1],
      ['2026Q2', 3, 2],
      ['2026Q3', 3, 2],
      ['2026Q4', 3, 2],
      ['2027Q1', 3, 1],
    ]);
    expect(
      (await stored()).filter((r) => r.branch_id === a2.id).every((r) => r.self_inflation === null),
    ).toBe(true);

    // Q1's self total moves to 79 (+9): Q1…Q4 follow, 2027Q1 does not hold Q1 and is not rewritten
    // (a sentinel there survives; the full refresh below puts it right).
    await t.dataSource.query(
      `UPDATE branch_period_figures SET self_inflation = 42 WHERE district_id = $1 AND period_id = $2 AND branch_id = $3`,
      [d, periods['2027Q1'], a1.id],
    );
    await t.dataSource.query(
      `UPDATE assessment_score SET total = 79 WHERE district_id = $1 AND period_id = $2 AND branch_id = $3 AND kind = 'SELF'`,
      [d, periods['2026Q1'], a1.id],
    );
    await refreshA1('2026Q1');
    expect(await ofA1()).toEqual([
      ['2026Q1', 9, 1],
      ['2026Q2', 6, 2],
      ['2026Q3', 6, 2],
      ['2026Q4', 6, 2],
      ['2027Q1', 42, 1],
    ]);
    await t.dataSource.transaction((m) => refreshDistrictFigures(m, d, 'all'));
    expect((await ofA1()).at(-1)).toEqual(['2027Q1', 3, 1]);
    await refreshA1('2026Q1');
    await expectAsFullRefresh('Q1 moved');

    // Q2 reopened: only Q1 is left in the windows that hold it; 2027Q1 has none.
    await t.dataSource.query(
      `UPDATE assessment SET status = 'RETURNED' WHERE district_id = $1 AND period_id = $2 AND branch_id = $3`,
      [d, periods['2026Q2'], a1.id],
    );
    await refreshA1('2026Q2');
    expect(await ofA1()).toEqual([
      ['2026Q1', 9, 1],
      ['2026Q2', 9, 1],
      ['2026Q3', 9, 1],
      ['2026Q4', 9, 1],
      ['2027Q1', null, 0],
    ]);
    await expectAsFullRefresh('Q2 reopened');

    // The migration's backfill over rows already stored: down drops the columns, up fills them again.
    const before = await stored();
    const migration = new FiguresSelfInflation1795940000000();
    const runner = t.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await stored()).toEqual(before);
  });
});
