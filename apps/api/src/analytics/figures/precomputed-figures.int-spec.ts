import { defaultFramework } from '@pathboard/frameworks';
import { createUserFixture, seedOrgTree, type OrgTreeFixture } from '../../../test/fixtures';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { toUnitPeriod } from '../analytics-context';
import { Role } from '../../auth/role.enum';
import {
  asInputs,
  CLOSE_PERIOD,
  COMMUNITY_VALUES,
  GET_ASSESSMENT,
  IMPORT_FRAMEWORK,
  OPEN_PERIOD,
  REOPEN,
  REVIEW,
  SAVE,
  SUBMIT,
} from '../../assessments/testing/assessment-ops';
import { scoreboardStatements } from '../scoreboard.service';
import { UNIT_PERIOD_SQL } from '../sql/context.sql';
import { SCOREBOARD, TREND, type Scoreboard } from '../testing/analytics-ops';
import { TREND_SQL, type TrendRow } from '../sql/trend.sql';

const FUTURE = '2099-01-10T16:00:00.000Z';
const PAGE = `query ($unitId: ID!, $period: String!, $limit: Int!, $offset: Int!, $sortBy: String!, $descending: Boolean!) {
  branchPage(unitId: $unitId, period: $period, limit: $limit, offset: $offset, sortBy: $sortBy, descending: $descending) {
    totalCount assessedCount branches { id code status total rank percentile previousTotal previousRank totalChange rankChange pathPercents } } }`;
const UPDATE_UNIT = `mutation ($id: ID!, $m: Int!) { updateOrgUnit(id: $id, input: { memberCount: $m }) { id } }`;
const MOVE = `mutation ($id: ID!, $parentId: ID!) { moveOrgUnit(id: $id, parentId: $parentId) { id } }`;

/**
 * The precomputed figures (figures-refresh.ts) equal the live definition (the scoreboard's
 * statements run now) after every kind of write that changes them, for every unit with children and
 * every quarter; and the paged table read from them equals the full live list.
 */
describe('precomputed committee figures (GraphQL over HTTP)', () => {
  let t: TestApp;
  let tree: OrgTreeFixture;
  let frameworkId: string;
  const tokens = {} as Record<'admin' | 'reviewer' | 'branch' | 'branch2', string>;

  beforeAll(async () => {
    t = await createTestApp();
    tree = await seedOrgTree(t.dataSource, 'PF-');
    const users = await Promise.all([
      createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id }),
      createUserFixture(t.dataSource, { role: Role.REVIEWER, scopeUnitId: tree.district.id }),
      createUserFixture(t.dataSource, { role: Role.BRANCH, scopeUnitId: tree.branches[0].id }),
      createUserFixture(t.dataSource, { role: Role.BRANCH, scopeUnitId: tree.branches[1].id }),
    ]);
    (['admin', 'reviewer', 'branch', 'branch2'] as const).forEach(
      (k, i) => (tokens[k] = t.signToken(users[i].user)),
    );
    const imported = await t.gql<{ importFramework: { id: string } }>(
      IMPORT_FRAMEWORK,
      { d: defaultFramework },
      tokens.admin,
    );
    expect(imported.errors).toBeUndefined();
    frameworkId = imported.data!.importFramework.id;
  }, 240_000);
  afterAll(() => t?.close());

  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const r = await t.gql<T>(query, variables, token);
    expect(r.errors).toBeUndefined();
    return r.data!;
  }
  const open = (code: string) =>
    ok<{ openPeriod: { id: string } }>(OPEN_PERIOD, { code, frameworkId, deadline: FUTURE }, tokens.admin);
  async function assessment(token: string, branchId: string, period: string) {
    return (
      await ok<{ assessment: { id: string; version: number } }>(GET_ASSESSMENT, { branchId, period }, token)
    ).assessment;
  }
  async function saveAndSubmit(token: string, branchId: string, period: string, values = COMMUNITY_VALUES) {
    let a = await assessment(token, branchId, period);
    await ok(SAVE, { id: a.id, v: a.version, values: asInputs(values) }, token);
    a = await assessment(token, branchId, period);
    await ok(SUBMIT, { id: a.id, v: a.version }, token);
    return assessment(token, branchId, period);
  }

  /** Every stored row equals the live statement's, for every unit with children and every quarter. */
  async function expectCurrent(): Promise<void> {
    const periods: { code: string }[] = await t.dataSource.query(
      `SELECT code FROM period WHERE district_id = $1`,
      [tree.district.id],
    );
    expect(periods.length).toBeGreaterThan(0);
    for (const { code } of periods) {
      for (const unit of [tree.district, ...tree.streets]) {
        const ctx = toUnitPeriod((await t.dataSource.query(UNIT_PERIOD_SQL, [unit.id, code]))[0]);
        const { sql, params } = scoreboardStatements(ctx);
        const live = await t.dataSource.query(sql.figures, params.figures);
        const stored: { figures: unknown }[] = await t.dataSource.query(
          `SELECT figures FROM unit_period_figures WHERE district_id = $1 AND period_id = $2 AND unit_id = $3 ORDER BY ord`,
          [ctx.unit.districtId, ctx.period.id, unit.id],
        );
        expect({ code, unit: unit.code, rows: stored.map((r) => r.figures) }).toEqual({
          code,
          unit: unit.code,
          rows: live,
        });
      }
      // The paged table (precomputed rows, ranks over the unit) against the full live list.
      const full = (
        await ok<{ scoreboard: Scoreboard }>(
          SCOREBOARD,
          { unitId: tree.district.id, period: code },
          tokens.admin,
        )
      ).scoreboard.branches;
      const page = (
        await ok<{ branchPage: { totalCount: number; branches: Record<string, unknown>[] } }>(
          PAGE,
          {
            unitId: tree.district.id,
            period: code,
            limit: 200,
            offset: 0,
            sortBy: 'rank',
            descending: false,
          },
          tokens.admin,
        )
      ).branchPage;
      expect(page.totalCount).toBe(full.length);
      const pick = (b: Record<string, unknown>) => ({
        id: b['id'],
        code: b['code'],
        status: b['status'],
        total: b['total'],
        rank: b['rank'],
        percentile: b['percentile'],
        previousTotal: b['previousTotal'],
        previousRank: b['previousRank'],
        totalChange: b['totalChange'],
        rankChange: b['rankChange'],
        pathPercents: b['pathPercents'],
      });
      const byCode = (a: { code: unknown }, b: { code: unknown }) =>
        String(a.code).localeCompare(String(b.code));
      expect(page.branches.map(pick).sort(byCode)).toEqual(
        full.map((b) => pick(b as unknown as Record<string, unknown>)).sort(byCode),
      );
    }
  }

  it('stay equal to the live definition after open, save, submit, approve, return, reopen, a tree change and close', async () => {
    const [b1, b2, b3] = tree.branches;
    const q3 = (await open('2026Q3')).openPeriod.id;
    await expectCurrent(); // open

    let a = await assessment(tokens.branch, b1.id, '2026Q3');
    await ok(SAVE, { id: a.id, v: a.version, values: asInputs(COMMUNITY_VALUES) }, tokens.branch);
    await expectCurrent(); // save (a draft counts nowhere, but its status does)

    a = await assessment(tokens.branch, b1.id, '2026Q3');
    await ok(SUBMIT, { id: a.id, v: a.version }, tokens.branch);
    await expectCurrent(); // submit
    const [{ n }]: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM branch_period_figures WHERE period_id = $1 AND total IS NOT NULL`,
      [q3],
    );
    expect(n).toBe(1);

    a = await assessment(tokens.admin, b1.id, '2026Q3');
    await ok(REVIEW, { id: a.id, v: a.version, d: 'APPROVE' }, tokens.reviewer);
    await expectCurrent(); // approve

    const lower = { ...COMMUNITY_VALUES, ORG_THEME_DAYS: 0, SUP_SATISFACTION: 0.5 };
    const a2 = await saveAndSubmit(tokens.branch2, b2.id, '2026Q3', lower);
    await ok(REVIEW, { id: a2.id, v: a2.version, d: 'RETURN', c: '请补充记录' }, tokens.reviewer);
    await expectCurrent(); // return

    a = await assessment(tokens.admin, b1.id, '2026Q3');
    await ok(REOPEN, { id: a.id, v: a.version, r: '重新核查' }, tokens.admin);
    await expectCurrent(); // reopen

    await open('2026Q4');
    await saveAndSubmit(tokens.branch, b1.id, '2026Q4');
    await expectCurrent(); // a second quarter: its previous figures read 2026Q3

    await saveAndSubmit(tokens.branch2, b2.id, '2026Q3', lower);
    await ok(UPDATE_UNIT, { id: b2.id, m: 77 }, tokens.admin);
    await expectCurrent(); // a unit edit (member count weights the mean)
    await ok(MOVE, { id: b3.id, parentId: tree.streets[0].id }, tokens.admin);
    await expectCurrent(); // a move (street figures change)

    await ok(CLOSE_PERIOD, { id: q3 }, tokens.admin);
    await expectCurrent(); // close (the quarter reads its snapshot)

    // The trend reads the stored unit figures; with no unit deactivated they equal the live trend statement.
    const trend = (
      await ok<{ trend: Record<string, unknown>[] }>(
        TREND,
        { unitId: tree.district.id, from: '2026Q3', to: '2026Q4' },
        tokens.admin,
      )
    ).trend;
    const live: TrendRow[] = await t.dataSource.query(TREND_SQL, [
      tree.district.id,
      tree.district.path,
      `${tree.district.path}%`,
      ['2026Q3', '2026Q4'],
    ]);
    expect(trend).toEqual(
      live.map((r) => ({
        period: r.period,
        year: r.year,
        quarter: r.quarter,
        assessed: r.assessed,
        expected: r.expected,
        completion: r.completion,
        mean: r.mean,
        median: r.median,
        pathMeans: r.path_means ?? [],
      })),
    );
  }, 240_000);
});
