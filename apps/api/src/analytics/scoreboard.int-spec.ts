import { aggregate, compareWithPrevious, rankByTotal } from '@pathboard/scoring';
import { createUnitFixture, createUserFixture, seedOrgTree } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { Role } from '../auth/role.enum';
import type { OrgUnitEntity } from '../org-units/org-unit.entity';
import { OrgUnitKind, Sector } from '../org-units/org-unit.enums';
import {
  PATH_CODES,
  seedDefaultFramework,
  seedPeriod,
  seedScores,
  type ScoreSpec,
} from './testing/analytics-fixtures';
import { SCOREBOARD, type Scoreboard } from './testing/analytics-ops';
import { asAggregate, storedBranchFigures } from './testing/reference';
import { countQueries } from './testing/query-counter';

describe('scoreboard (GraphQL over HTTP)', () => {
  let t: TestApp;
  let frameworkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await seedDefaultFramework(t.dataSource);
  });
  afterAll(() => t?.close());

  /** A fresh district (unique codes per prefix) with an ADMIN token. */
  async function district(prefix: string) {
    const tree = await seedOrgTree(t.dataSource, prefix);
    const admin = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id });
    return { tree, token: t.signToken(admin.user) };
  }

  async function branch(
    parent: OrgUnitEntity,
    code: string,
    extra: { memberCount?: number; active?: boolean; sector?: Sector } = {},
  ) {
    return createUnitFixture(t.dataSource, {
      parent,
      kind: OrgUnitKind.BRANCH,
      code,
      sector: extra.sector ?? Sector.COMMUNITY,
      memberCount: extra.memberCount ?? 10,
      active: extra.active,
    });
  }

  async function scoreboard(token: string, unitId: string, period: string): Promise<Scoreboard> {
    const r = await t.gql<{ scoreboard: Scoreboard }>(SCOREBOARD, { unitId, period }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.scoreboard;
  }

  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

  it("matches libs/scoring's aggregate and rankByTotal on the stored totals, to the cent, for the unit and every child", async () => {
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

  it('uses competition ranking with ties (1, 2, 2, 4) for branches and children', async () => {
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

  it('counts submissions by status, on-time rate and completion', async () => {
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

  it('answers NOT_FOUND for an unknown unit or period and BAD_USER_INPUT for malformed arguments', async () => {
    const { tree, token } = await district('N-');
    const unknown = await t.gql(
      SCOREBOARD,
      { unitId: '00000000-0000-4000-8000-000000000000', period: '2026Q4' },
      token,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const noPeriod = await t.gql(SCOREBOARD, { unitId: tree.district.id, period: '2031Q1' }, token);
    expect(noPeriod.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const badPeriod = await t.gql(SCOREBOARD, { unitId: tree.district.id, period: '2026-4' }, token);
    expect(badPeriod.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'period' } });
    const badId = await t.gql(SCOREBOARD, { unitId: 'nope', period: '2026Q4' }, token);
    expect(badId.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'unitId' } });
  });

  it('issues the same number of SQL statements for 4 and for 40 branches', async () => {
    async function statementsFor(prefix: string, perStreet: number): Promise<string[]> {
      const { tree, token } = await district(prefix);
      const branches = [...tree.branches];
      for (const street of tree.streets)
        for (let i = 3; i <= perStreet; i++)
          branches.push(await branch(street, `${prefix}${street.code}-${i}`));
      const q3 = await seedPeriod(t.dataSource, tree.district.id, '2026Q3', frameworkId);
      const q4 = await seedPeriod(t.dataSource, tree.district.id, '2026Q4', frameworkId);
      for (const periodId of [q3, q4]) {
        await seedScores(
          t.dataSource,
          { districtId: tree.district.id, periodId, frameworkId },
          branches.map((u, i) => ({ branchId: u.id, spec: { total: 60 + ((i * 7) % 40) } })),
        );
      }
      const counter = countQueries(t.dataSource);
      try {
        const board = await scoreboard(token, tree.district.id, '2026Q4');
        expect(board.branches).toHaveLength(perStreet * 2);
        return [...counter.statements];
      } finally {
        counter.stop();
      }
    }
    const small = await statementsFor('Q4-', 2);
    const large = await statementsFor('Q40-', 20);
    expect(large.length).toBe(small.length);
    // 2 for the caller (user, scope unit), then context, the precomputed figures (none here: the
    // suite inserts its rows directly), the figures statement in their place, and the branch table.
    expect(large.length).toBeLessThanOrEqual(6);
  });
});
