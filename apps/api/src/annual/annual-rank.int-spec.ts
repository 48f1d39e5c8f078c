import { randomUUID } from 'node:crypto';
import { defaultFramework } from '@pathboard/frameworks';
import type { AnnualResult } from '@pathboard/scoring';
import { createUserFixture, seedOrgTree } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { AnnualInputRow } from '../analytics/sql/annual.sql';
import {
  seedDefaultFramework,
  seedPeriod,
  seedScores,
  type ScoreSpec,
} from '../analytics/testing/analytics-fixtures';
import { Role } from '../auth/role.enum';
import { computeYear, rankYear, rankYears, underUnit, type BranchYear } from './annual-figures';

/** A branch's year with only what ranking reads (its code orders ties, its total is ranked). */
function year(code: string, total: number, path = '/d/s/'): BranchYear & { code: string } {
  return {
    branchId: randomUUID(),
    code,
    name: `${code}支部`,
    path: `${path}${code}/`,
    parentId: null,
    pathPercents: [],
    result: { total } as AnnualResult,
  };
}

/**
 * The annual ranks come from PostgreSQL (analytics/sql/annual.sql.ts ANNUAL_RANK_SQL, THE competition
 * rank), every figure here computed by hand: ties on the shown (cent) total rank 1, 2, 2, 4, as the
 * quarters' ranks do.
 */
describe('annual ranks (SQL, hand-computed)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('ranks on the shown total: equal totals and a third decimal that rounds to the same cent share a rank', async () => {
    const a = year('A', 95);
    const b = year('B', 88.69);
    const c = year('C', 88.69); // equal annual totals
    const d = year('D', 88.694); // shown 88.69, differs in the third decimal
    const e = year('E', 88.685); // shown 88.69: half up
    const f = year('F', 88.6849); // shown 88.68
    const g = year('G', 80);
    // Last year: H has left the unit since; D, E and F had no year.
    const before = [
      { ...year('A', 70), branchId: a.branchId },
      { ...year('B', 90), branchId: b.branchId },
      { ...year('C', 90.004), branchId: c.branchId }, // shown 90.00: ties B
      { ...year('G', 85), branchId: g.branchId },
      year('H', 99),
    ];
    const ranked = await rankYear(t.dataSource, [g, f, e, d, c, b, a], before);
    // 7 branches: percentile = the others with a lower shown total / 6 × 100, half up to the cent.
    // Last year: H 1; B, C 2 (90.00); G 4; A 5.
    expect(
      ranked.map((r) => [
        r.code,
        r.rank,
        r.percentile,
        r.previousTotal,
        r.previousRank,
        r.totalChange,
        r.rankChange,
      ]),
    ).toEqual([
      ['A', 1, 100, 70, 5, 25, 4],
      ['B', 2, 33.33, 90, 2, -1.31, 0],
      ['C', 2, 33.33, 90, 2, -1.31, 0],
      ['D', 2, 33.33, null, null, null, null],
      ['E', 2, 33.33, null, null, null, null],
      ['F', 6, 16.67, null, null, null, null],
      ['G', 7, 0, 85, 4, -5, -3],
    ]);
    // The total shown stays the engine's.
    expect(ranked.find((r) => r.code === 'D')!.result.total).toBe(88.694);
  });

  it('ranks several peer sets in one statement, a branch in two of them ranked in each', async () => {
    const x1 = year('X1', 90, '/d/s/x/');
    const x2 = year('X2', 92, '/d/s/x/');
    const y1 = year('Y1', 91, '/d/s/y/');
    const all = [x1, x2, y1];
    const [street, x] = await rankYears(t.dataSource, [
      { current: underUnit(all, '/d/s/'), previous: [] },
      {
        current: underUnit(all, '/d/s/x/'),
        previous: [{ ...year('X1', 95, '/d/s/x/'), branchId: x1.branchId }],
      },
    ]);
    expect(street.map((r) => [r.code, r.rank, r.percentile, r.previousRank])).toEqual([
      ['X2', 1, 100, null],
      ['Y1', 2, 50, null],
      ['X1', 3, 0, null],
    ]);
    expect(x.map((r) => [r.code, r.rank, r.percentile, r.previousRank, r.rankChange, r.totalChange])).toEqual(
      [
        ['X2', 1, 100, null, null, null],
        ['X1', 2, 0, 1, -1, -5],
      ],
    );
    expect(await rankYears(t.dataSource, [])).toEqual([]);
    expect(await rankYear(t.dataSource, [], [x1])).toEqual([]);
  });

  it("ranks the engine's annual totals against the previous year", async () => {
    const row = (branch: string, quarter: number, total: number, status = 'APPROVED'): AnnualInputRow => ({
      branch_id: branch,
      code: branch.slice(0, 2),
      name: '支部',
      sector: null,
      quarter,
      status,
      path: `/d/sa/${branch}/`,
      parent_id: 'sa',
      total,
      vetoes: [],
      path_percents: [total, total, total, total],
    });
    const [a1, a2] = [randomUUID(), randomUUID()].map((id, i) => `a${i + 1}${id.slice(2)}`);
    const current = computeYear(defaultFramework, [
      row(a1, 1, 90),
      row(a1, 2, 85.5),
      row(a1, 3, 88.25),
      row(a1, 4, 91),
      row(a2, 1, 80),
      row(a2, 2, 95, 'SUBMITTED'),
    ]);
    const previous = computeYear(defaultFramework, [row(a1, 4, 70), row(a2, 4, 75)]);
    const ranked = await rankYear(t.dataSource, current, previous);
    // a1: 354.75 / 4 = 88.69 (from 70: +18.69, rank 2 → 1); a2: Q2 only submitted, 80 (from 75: +5, 1 → 2).
    expect(ranked.map((r) => [r.code, r.rank, r.percentile, r.totalChange, r.rankChange])).toEqual([
      ['a1', 1, 100, 18.69, 1],
      ['a2', 2, 0, 5, -1],
    ]);
  });

  it('ties equal annual totals on the scoreboard, the branch page and compare, as the quarters do', async () => {
    const frameworkId = await seedDefaultFramework(t.dataSource);
    const tree = await seedOrgTree(t.dataSource, 'AT-');
    const [a1, a2, b1, b2] = tree.branches;
    const districtId = tree.district.id;
    const token = t.signToken(
      (await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: districtId })).user,
    );
    const quarter = async (code: string, specs: [string, ScoreSpec][]) => {
      const periodId = await seedPeriod(t.dataSource, districtId, code, frameworkId);
      await seedScores(
        t.dataSource,
        { districtId, periodId, frameworkId },
        specs.map(([branchId, spec]) => ({ branchId, spec })),
      );
    };
    await quarter('2025Q4', [
      [a1.id, { total: 80 }],
      [a2.id, { total: 85 }],
      [b1.id, { total: 85 }],
      [b2.id, { total: 70 }],
    ]);
    await quarter('2026Q1', [
      [a1.id, { total: 90 }],
      [a2.id, { total: 88 }],
      [b1.id, { total: 80 }],
      [b2.id, { total: 95 }],
    ]);
    await quarter('2026Q2', [
      [a1.id, { total: 86 }],
      [a2.id, { total: null, status: 'DRAFT' }],
      [b1.id, { total: 80 }],
      [b2.id, { total: 95 }],
    ]);
    const gql = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
      const r = await t.gql<T>(query, variables, token);
      expect(r.errors).toBeUndefined();
      return r.data!;
    };
    const FIELDS = 'code total rank peerCount percentile previousTotal previousRank totalChange rankChange';
    const row = (b: Record<string, unknown>) => FIELDS.split(' ').map((f) => b[f]);
    const { annualScoreboard } = await gql<{ annualScoreboard: { branches: Record<string, unknown>[] } }>(
      `query ($u: ID!) { annualScoreboard(unitId: $u, year: 2026) { branches { ${FIELDS} } } }`,
      { u: districtId },
    );
    // 2026, the mean of the approved quarters: a1 (90 + 86) / 2 = 88, a2 88 (Q2 a draft), b1 80, b2 95.
    // 2025: a2 and b1 85 (rank 1), a1 80 (3), b2 70 (4). Percentile: the others lower / 3 × 100.
    expect(annualScoreboard.branches.map(row)).toEqual([
      ['AT-B-B2', 95, 1, 4, 100, 70, 4, 25, 3],
      ['AT-B-A1', 88, 2, 4, 33.33, 80, 3, 8, 1],
      ['AT-B-A2', 88, 2, 4, 33.33, 85, 1, 3, -1],
      ['AT-B-B1', 80, 4, 4, 0, 85, 1, -5, -3],
    ]);
    // Among street A's branches: a1 and a2 tie at 88 (last year a2 1, a1 2).
    const { branchAnnual } = await gql<{ branchAnnual: Record<string, unknown> }>(
      `query ($b: ID!) { branchAnnual(branchId: $b, year: 2026) { ${FIELDS} } }`,
      { b: a1.id },
    );
    expect(row(branchAnnual)).toEqual(['AT-B-A1', 88, 1, 2, 0, 80, 2, 8, 1]);
    // Compare: each among its own street's branches (b1 behind b2 in street B, both years).
    const { annualCompare } = await gql<{ annualCompare: Record<string, unknown>[] }>(
      `query ($ids: [ID!]!) { annualCompare(branchIds: $ids, year: 2026) { ${FIELDS} } }`,
      { ids: [b1.id, a1.id, a2.id] },
    );
    expect(annualCompare.map(row)).toEqual([
      ['AT-B-B1', 80, 2, 2, 0, 85, 1, -5, -1],
      ['AT-B-A1', 88, 1, 2, 0, 80, 2, 8, 1],
      ['AT-B-A2', 88, 1, 2, 0, 85, 1, 3, 0],
    ]);
  });
});
