import { aggregate, compareWithPrevious, rankByTotal } from '@pathboard/scoring';
import type { OrgUnitEntity } from '../org-units/org-unit.entity';
import { byId, useScoreboardSuite } from './scoreboard.int-fixtures';
import { seedPeriod, seedScores } from './testing/analytics-fixtures';
import { storedBranchFigures } from './testing/reference';

// Ranks with ties, and the change in total and rank against the previous quarter.
describe('scoreboard (GraphQL over HTTP)', () => {
  const suite = useScoreboardSuite();

  it('uses competition ranking with ties (1, 2, 2, 4) for branches and children', async () => {
    const { t, frameworkId, district, branch, scoreboard } = suite;
    const { tree, token } = await district('T-');
    const [a, b] = tree.streets;
    const [a1, a2, b1, b2] = tree.branches;
    const a3 = await branch(a, 'T-A3');
    const a4 = await branch(a, 'T-A4');
    const periodId = await seedPeriod(t.dataSource, tree.district.id, '2026Q4', frameworkId);
    const totals: [OrgUnitEntity, number][] = [
      [a1, 95],
      [a2, 80],
      [a3, 80],
      [a4, 70],
      [b1, 81.25],
      [b2, 81.25],
    ];
    await seedScores(
      t.dataSource,
      { districtId: tree.district.id, periodId, frameworkId },
      totals.map(([u, total]) => ({ branchId: u.id, spec: { total } })),
    );

    const street = await scoreboard(token, a.id, '2026Q4');
    expect(street.branches.map((x) => [x.total, x.rank, x.percentile])).toEqual([
      [95, 1, 100],
      [80, 2, 33.33],
      [80, 2, 33.33],
      [70, 4, 0],
    ]);
    expect(street.children.map((c) => c.rank)).toEqual([1, 2, 2, 4]);
    const board = await scoreboard(token, tree.district.id, '2026Q4');
    expect(board.branches.map((x) => x.rank)).toEqual([1, 2, 2, 4, 4, 6]);
    const expected = byId(rankByTotal(totals.map(([u, total]) => ({ id: u.id, total }))));
    for (const row of board.branches)
      expect([row.rank, row.percentile]).toEqual([
        expected.get(row.id)!.rank,
        expected.get(row.id)!.percentile,
      ]);
    // Both streets average 81.25: they share rank 1.
    expect(board.children.map((c) => [c.unit.id, c.figures.mean, c.rank]).sort()).toEqual(
      [
        [a.id, 81.25, 1],
        [b.id, 81.25, 1],
      ].sort(),
    );
  });

  it('reports the change in total and rank against the previous quarter like compareWithPrevious', async () => {
    const { t, frameworkId, district, branch, scoreboard } = suite;
    const { tree, token } = await district('P-');
    const [a, b] = tree.streets;
    const [a1, a2, b1, b2] = tree.branches;
    const a3 = await branch(a, 'P-A3');
    const ctx = (periodId: string) => ({ districtId: tree.district.id, periodId, frameworkId });
    const q3 = await seedPeriod(t.dataSource, tree.district.id, '2026Q3', frameworkId);
    const q4 = await seedPeriod(t.dataSource, tree.district.id, '2026Q4', frameworkId);
    await seedScores(t.dataSource, ctx(q3), [
      { branchId: a1.id, spec: { total: 80 } },
      { branchId: a2.id, spec: { total: 90.1 } },
      { branchId: b1.id, spec: { total: 70 } },
      { branchId: b2.id, spec: { total: 60.3 } },
    ]);
    await seedScores(t.dataSource, ctx(q4), [
      { branchId: a1.id, spec: { total: 85.2 } },
      { branchId: a2.id, spec: { total: 88 } },
      { branchId: b1.id, spec: { total: null, status: 'DRAFT' } },
      { branchId: b2.id, spec: { total: 75.4 } },
      { branchId: a3.id, spec: { total: 95 } }, // new this quarter
    ]);
    const board = await scoreboard(token, tree.district.id, '2026Q4');
    expect([board.period, board.previousPeriod]).toEqual(['2026Q4', '2026Q3']);
    const now = await storedBranchFigures(t.dataSource, tree.district.id, q4);
    const before = await storedBranchFigures(t.dataSource, tree.district.id, q3);
    const changes = byId(compareWithPrevious(now, before));
    for (const row of board.branches) {
      const c = changes.get(row.id)!;
      expect({
        total: row.total,
        previousTotal: row.previousTotal,
        totalChange: row.totalChange,
        rank: row.rank,
        previousRank: row.previousRank,
        rankChange: row.rankChange,
      }).toEqual({
        total: c.total,
        previousTotal: c.previousTotal,
        totalChange: c.totalChange,
        rank: c.rank,
        previousRank: c.previousRank,
        rankChange: c.rankChange,
      });
    }
    expect(board.branches.find((x) => x.id === a1.id)).toMatchObject({
      totalChange: 5.2,
      previousRank: 2,
      rank: 3,
      rankChange: -1,
    });
    // Streets: A 85.05 → 89.4 (its new branch has no previous total), B 65.15 → 75.4.
    const street = (id: string) => board.children.find((c) => c.unit.id === id)!;
    expect(street(a.id).figures).toMatchObject({ previousMean: 85.05, mean: 89.4, meanChange: 4.35 });
    expect(street(b.id).figures).toMatchObject({ previousMean: 65.15, mean: 75.4, meanChange: 10.25 });
    expect([street(a.id).rank, street(a.id).previousRank, street(a.id).rankChange]).toEqual([1, 1, 0]);
    expect(board.figures).toMatchObject({
      previousMean: aggregate(before, []).mean,
      mean: aggregate(now, []).mean,
    });
    // The first quarter has nothing to compare with.
    const first = await scoreboard(token, tree.district.id, '2026Q3');
    expect(first.previousPeriod).toBeNull();
    expect(
      first.branches.every(
        (x) => x.previousTotal === null && x.totalChange === null && x.rankChange === null,
      ),
    ).toBe(true);
  });

  it('ranks the previous quarter among every branch reported then, one deactivated since included', async () => {
    const { t, frameworkId, district, branch, scoreboard } = suite;
    const { tree, token } = await district('V-');
    const [a1, a2, b1] = tree.branches;
    const gone = await branch(tree.streets[0], 'V-A9', { active: false }); // reported in Q3, deactivated since
    const ctx = (periodId: string) => ({ districtId: tree.district.id, periodId, frameworkId });
    const q3 = await seedPeriod(t.dataSource, tree.district.id, '2026Q3', frameworkId);
    const q4 = await seedPeriod(t.dataSource, tree.district.id, '2026Q4', frameworkId);
    await seedScores(t.dataSource, ctx(q3), [
      { branchId: gone.id, spec: { total: 99 } },
      { branchId: a1.id, spec: { total: 80 } },
      { branchId: a2.id, spec: { total: 80 } },
      { branchId: b1.id, spec: { total: 70 } },
    ]);
    await seedScores(t.dataSource, ctx(q4), [
      { branchId: a1.id, spec: { total: 90 } },
      { branchId: a2.id, spec: { total: 70 } },
      { branchId: b1.id, spec: { total: 85 } },
    ]);
    const board = await scoreboard(token, tree.district.id, '2026Q4');
    // Q3: 99 (gone), 80, 80, 70 → 1, 2, 2, 4. The deactivated branch is not listed in Q4.
    const row = (id: string) => board.branches.find((x) => x.id === id);
    expect(row(gone.id)).toBeUndefined();
    expect([row(a1.id)?.previousRank, row(a2.id)?.previousRank, row(b1.id)?.previousRank]).toEqual([2, 2, 4]);
    expect([row(a1.id)?.rankChange, row(a2.id)?.rankChange, row(b1.id)?.rankChange]).toEqual([1, -1, 2]);
  });
});
