import { aggregate, rankByTotal } from '@pathboard/scoring';
import { createUnitFixture } from '../../test/fixtures';
import type { OrgUnitEntity } from '../org-units/org-unit.entity';
import { OrgUnitKind, Sector } from '../org-units/org-unit.enums';
import { byId, useScoreboardSuite } from './scoreboard.int-fixtures';
import { PATH_CODES, seedPeriod, seedScores, type ScoreSpec } from './testing/analytics-fixtures';
import { asAggregate, storedBranchFigures } from './testing/reference';

// The figures of the unit, its children and its branches: aggregates, submissions, path percents.
describe('scoreboard (GraphQL over HTTP)', () => {
  const suite = useScoreboardSuite();

  it("matches libs/scoring's aggregate and rankByTotal on the stored totals, to the cent, for the unit and every child", async () => {
    const { t, frameworkId, district, branch, scoreboard } = suite;
    const { tree, token } = await district('F-');
    const [a, b] = tree.streets;
    const [a1, a2, b1, b2] = tree.branches;
    const a3 = await branch(a, 'F-A3', { memberCount: 33 });
    const a4 = await branch(a, 'F-A4', { memberCount: 7 });
    const a5 = await branch(a, 'F-A5'); // a draft without any value: no score
    await branch(a, 'F-A6'); // added after the period opened: no assessment
    const b3 = await branch(b, 'F-B3', { memberCount: 21 });
    const b4 = await branch(b, 'F-B4', { active: false, memberCount: 9 }); // deactivated, but scored this quarter
    await branch(b, 'F-B5', { active: false }); // deactivated, nothing
    // A general branch (党总支): not itself assessed, it aggregates its own branches.
    const g = await createUnitFixture(t.dataSource, {
      parent: b,
      kind: OrgUnitKind.BRANCH,
      code: 'F-G',
      sector: Sector.SOE,
    });
    const g1 = await branch(g, 'F-G1', { memberCount: 15, sector: Sector.SOE });
    const g2 = await branch(g, 'F-G2', { memberCount: 4, sector: Sector.SOE });
    const periodId = await seedPeriod(t.dataSource, tree.district.id, '2026Q4', frameworkId);
    // Ten district totals whose q1 (position 2.25) falls a quarter of the way from 70.00 to 70.02: 70.005 must round
    // up to 70.01 (in float8 on the raw totals it is 70.00499…).
    const specs: [OrgUnitEntity, ScoreSpec][] = [
      [
        a1,
        { total: 70, paths: { ORGANIZATION: 66.67, SUPERVISION: 71.25, INTEGRITY: 70.01, TRAINING: 72.5 } },
      ],
      [a2, { total: 70.02, paths: { ORGANIZATION: 66.66, SUPERVISION: 70, INTEGRITY: 70.02 } }],
      [a3, { total: 85.5 }],
      [a4, { total: 91.25, gradeCode: 'PASS', veto: true }],
      [a5, { total: null, status: 'DRAFT' }],
      [b1, { total: 58.01 }],
      [b2, { total: 99.99, paths: { ORGANIZATION: 100.5 } }],
      [b3, { total: 70.02 }],
      [b4, { total: 72.22 }],
      [g1, { total: 80.1 }],
      [g2, { total: 64.33 }],
    ];
    await seedScores(
      t.dataSource,
      { districtId: tree.district.id, periodId, frameworkId },
      specs.map(([u, spec]) => ({ branchId: u.id, spec })),
    );

    const board = await scoreboard(token, tree.district.id, '2026Q4');
    const stored = await storedBranchFigures(t.dataSource, tree.district.id, periodId);
    expect(asAggregate(board.figures)).toEqual(aggregate(stored, PATH_CODES));
    expect(board.figures.q1).toBe(70.01);
    expect([board.figures.assessed, board.figures.expected]).toEqual([10, 11]);

    // Each street: its own subset of branches, nested ones included.
    expect(board.children.map((c) => c.unit.code)).toEqual(expect.arrayContaining(['F-S-A', 'F-S-B']));
    for (const child of board.children) {
      const subset = await storedBranchFigures(t.dataSource, child.unit.id, periodId);
      expect(asAggregate(child.figures)).toEqual(aggregate(subset, PATH_CODES));
    }
    const childRanks = rankByTotal(board.children.map((c) => ({ id: c.unit.id, total: c.figures.mean! })));
    for (const r of childRanks) expect(board.children.find((c) => c.unit.id === r.id)!.rank).toBe(r.rank);

    // The branch table: every active or assessed branch, ranked among all of the district's.
    const ranked = byId(
      rankByTotal(stored.filter((s) => s.total !== null).map((s) => ({ id: s.id, total: s.total! }))),
    );
    const listed = ['B-A1', 'B-A2', 'B-B1', 'B-B2', 'A3', 'A4', 'A5', 'A6', 'B3', 'B4', 'G1', 'G2'].map(
      (c) => `F-${c}`,
    );
    expect(board.branches.map((x) => x.code).sort()).toEqual(listed.sort());
    for (const row of board.branches) {
      const expected = ranked.get(row.id);
      expect([row.rank, row.percentile]).toEqual(
        expected ? [expected.rank, expected.percentile] : [null, null],
      );
      expect(row.total).toBe(stored.find((s) => s.id === row.id)!.total);
    }
    const a1Row = board.branches.find((x) => x.id === a1.id)!;
    expect(a1Row.pathPercents).toEqual([66.67, 71.25, 70.01, 72.5]);
    expect(board.paths.map((p) => p.code)).toEqual([...PATH_CODES]);
    expect(board.branches.find((x) => x.id === a4.id)).toMatchObject({
      gradeCode: 'PASS',
      veto: true,
      status: 'APPROVED',
    });
    expect(board.branches.find((x) => x.code === 'F-A6')).toMatchObject({
      status: null,
      total: null,
      pathPercents: null,
    });
    expect(board.branches.find((x) => x.id === g1.id)).toMatchObject({ parentId: g.id, childId: b.id });
  });

  it("gives a street's figures, and a general branch child's, over exactly their branches", async () => {
    const { t, frameworkId, district, branch, scoreboard } = suite;
    const { tree, token } = await district('S-');
    const [, b] = tree.streets;
    const [, , b1, b2] = tree.branches;
    const g = await createUnitFixture(t.dataSource, {
      parent: b,
      kind: OrgUnitKind.BRANCH,
      code: 'S-G',
      sector: Sector.SOE,
    });
    const g1 = await branch(g, 'S-G1', { memberCount: 30 });
    const g2 = await branch(g, 'S-G2', { memberCount: 0 });
    const periodId = await seedPeriod(t.dataSource, tree.district.id, '2026Q4', frameworkId);
    const ctx = { districtId: tree.district.id, periodId, frameworkId };
    await seedScores(t.dataSource, ctx, [
      { branchId: tree.branches[0].id, spec: { total: 99 } }, // street A: must not leak into street B's figures
      { branchId: b1.id, spec: { total: 77.77 } },
      { branchId: b2.id, spec: { total: 88.88 } },
      { branchId: g1.id, spec: { total: 60.01 } },
      { branchId: g2.id, spec: { total: 60.02 } },
    ]);
    const district_ = await scoreboard(token, tree.district.id, '2026Q4');
    const street = await scoreboard(token, b.id, '2026Q4');
    const stored = await storedBranchFigures(t.dataSource, b.id, periodId);
    expect(asAggregate(street.figures)).toEqual(aggregate(stored, PATH_CODES));
    // The district scoreboard's child entry for the street is the street's own scoreboard figures.
    expect(district_.children.find((c) => c.unit.id === b.id)!.figures).toEqual(street.figures);
    expect(street.branches.map((x) => x.code).sort()).toEqual(['S-B-B1', 'S-B-B2', 'S-G1', 'S-G2']);
    // Children of the street: two branches (each itself) and the general branch (its two branches).
    const kids = new Map(street.children.map((c) => [c.unit.code, c]));
    expect([...kids.keys()].sort()).toEqual(['S-B-B1', 'S-B-B2', 'S-G']);
    expect(asAggregate(kids.get('S-G')!.figures)).toEqual(
      aggregate(
        stored.filter((s) => s.parentId === g.id),
        PATH_CODES,
      ),
    );
    expect(kids.get('S-G')!.figures).toMatchObject({
      mean: 60.02,
      median: 60.02,
      weightedMean: 60.01,
      assessed: 2,
    }); // 60.015 → half up
    expect(kids.get('S-B-B1')!.figures).toMatchObject({
      mean: 77.77,
      median: 77.77,
      assessed: 1,
      expected: 1,
      completion: 1,
    });
    expect(street.children.map((c) => [c.unit.code, c.rank])).toEqual([
      ['S-B-B2', 1],
      ['S-B-B1', 2],
      ['S-G', 3],
    ]);
    // Branch ranks are within the scoreboard's unit.
    expect(street.branches.map((x) => [x.code, x.rank, x.percentile])).toEqual([
      ['S-B-B2', 1, 100],
      ['S-B-B1', 2, 66.67],
      ['S-G2', 3, 33.33],
      ['S-G1', 4, 0],
    ]);
  });

  it('counts submissions by status, on-time rate and completion', async () => {
    const { t, frameworkId, district, branch, scoreboard } = suite;
    const { tree, token } = await district('C-');
    const [a1, a2, b1, b2] = tree.branches;
    await branch(tree.streets[1], 'C-B3'); // no assessment yet
    const periodId = await seedPeriod(t.dataSource, tree.district.id, '2026Q4', frameworkId);
    await seedScores(t.dataSource, { districtId: tree.district.id, periodId, frameworkId }, [
      { branchId: a1.id, spec: { total: 90, status: 'APPROVED', onTime: true } },
      { branchId: a2.id, spec: { total: 80, status: 'SUBMITTED', onTime: false } },
      { branchId: b1.id, spec: { total: 70, status: 'RETURNED', onTime: true } },
      { branchId: b2.id, spec: { total: 65, status: 'DRAFT' } }, // a draft with values has a score
    ]);
    const board = await scoreboard(token, tree.district.id, '2026Q4');
    // Assessed = reported: the returned and the draft assessments' scores do not count.
    expect(board.figures).toMatchObject({ assessed: 2, expected: 5, completion: 0.4, mean: 85 });
    expect(board.figures.submission).toEqual({
      notOpened: 1,
      draft: 1,
      submitted: 1,
      returned: 1,
      approved: 1,
      reported: 3,
      onTime: 2,
      late: 1,
      notSubmitted: 2,
      onTimeRate: 0.4,
    });
    expect(board.branches.find((x) => x.id === a2.id)).toMatchObject({ status: 'SUBMITTED', onTime: false });
  });

  it('gives a branch missing a path score no path percents rather than a partial list', async () => {
    const { t, frameworkId, district, scoreboard } = suite;
    const { tree, token } = await district('M-');
    const [a1, a2] = tree.branches;
    const periodId = await seedPeriod(t.dataSource, tree.district.id, '2026Q4', frameworkId);
    await seedScores(t.dataSource, { districtId: tree.district.id, periodId, frameworkId }, [
      { branchId: a1.id, spec: { total: 80, paths: { INTEGRITY: 55.5 } } },
      { branchId: a2.id, spec: { total: 70 } },
    ]);
    // A lost path score: its row and its element of the score row's array (INTEGRITY is the third path).
    await t.dataSource.query(
      `DELETE FROM assessment_path_score WHERE branch_id = $1 AND path_code = 'INTEGRITY'`,
      [a1.id],
    );
    await t.dataSource.query(`UPDATE assessment_score SET path_percents[3] = NULL WHERE branch_id = $1`, [
      a1.id,
    ]);
    const board = await scoreboard(token, tree.district.id, '2026Q4');
    expect(board.branches.filter((x) => x.total !== null).map((x) => [x.id, x.pathPercents])).toEqual([
      [a1.id, null],
      [a2.id, [70, 70, 70, 70]],
    ]);
    expect(asAggregate(board.figures)).toEqual(
      aggregate(await storedBranchFigures(t.dataSource, tree.district.id, periodId), PATH_CODES),
    );
  });
});
