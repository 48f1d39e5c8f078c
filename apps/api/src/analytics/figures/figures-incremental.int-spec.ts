import { RankCountsAscending1795980000000 } from '../../database/migrations/1795980000000-rank-counts-ascending';
import { defaultFramework } from '@pathboard/frameworks';
import { createUnitFixture, createUserFixture, seedOrgTree } from '../../../test/fixtures';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { Role } from '../../auth/role.enum';
import { OrgUnitKind, Sector } from '../../org-units/org-unit.enums';
import type { OrgUnitEntity } from '../../org-units/org-unit.entity';
import {
  asInputs,
  CLOSE_PERIOD,
  COMMUNITY_VALUES,
  GET_ASSESSMENT,
  IMPORT_FRAMEWORK,
  OPEN_PERIOD,
  REVIEW,
  SAVE,
  SUBMIT,
} from '../../assessments/testing/assessment-ops';
import { toUnitPeriod, type UnitPeriod } from '../analytics-context';
import { branchPageStatement, type BranchPageQuery } from '../branch-page.service';
import { scoreboardStatements } from '../scoreboard.service';
import { branchPageSql } from '../sql/branch-page.sql';
import { UNIT_PERIOD_SQL } from '../sql/context.sql';
import { refreshBranchFigures, refreshDistrictFigures } from './figures-refresh';
import { nameSortKey } from './name-key';
import { WRITE_UNIT_RANK_COUNTS } from './unit-rank-counts.sql';

const FUTURE = '2099-01-10T16:00:00.000Z';
const MOVE = `mutation ($id: ID!, $parentId: ID!) { moveOrgUnit(id: $id, parentId: $parentId) { id } }`;

/**
 * The incremental refresh after assessment writes (refreshBranchFigures: the written branches' rows
 * by one restricted branch statement, their ancestors' figures from the stored branch rows) leaves
 * exactly the rows a full refreshDistrictFigures writes, and the unit rows equal the live figures
 * statement. A tree three levels deep (a 总支 with branches under a street), ties, a street whose
 * only branch is inactive and never assessed, and a batch of two branches in different streets.
 */
describe('incremental figures refresh = full refresh (GraphQL over HTTP)', () => {
  let t: TestApp;
  let district: OrgUnitEntity;
  let streets: OrgUnitEntity[];
  let general: OrgUnitEntity;
  let leaves: OrgUnitEntity[]; // b1, b2 (street A), b3 (street B), g1, g2 (the 总支 under street B)
  let frameworkId: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const tree = await seedOrgTree(t.dataSource, 'FI-');
    district = tree.district;
    streets = [...tree.streets];
    general = await createUnitFixture(t.dataSource, {
      parent: streets[1],
      kind: OrgUnitKind.BRANCH,
      code: 'FI-G',
    });
    const g1 = await createUnitFixture(t.dataSource, {
      parent: general,
      kind: OrgUnitKind.BRANCH,
      code: 'FI-G1',
      sector: Sector.COMMUNITY,
      memberCount: 30,
    });
    const g2 = await createUnitFixture(t.dataSource, {
      parent: general,
      kind: OrgUnitKind.BRANCH,
      code: 'FI-G2',
      sector: Sector.COMMUNITY,
      memberCount: 9,
    });
    const quiet = await createUnitFixture(t.dataSource, {
      parent: district,
      kind: OrgUnitKind.STREET,
      code: 'FI-S-C',
    });
    await createUnitFixture(t.dataSource, {
      parent: quiet,
      kind: OrgUnitKind.BRANCH,
      code: 'FI-C1',
      sector: Sector.RURAL,
      active: false,
    });
    leaves = [tree.branches[0], tree.branches[1], tree.branches[2], g1, g2];
    const admin = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: district.id });
    const reviewer = await createUserFixture(t.dataSource, { role: Role.REVIEWER, scopeUnitId: district.id });
    tokens['admin'] = t.signToken(admin.user);
    tokens['reviewer'] = t.signToken(reviewer.user);
    for (const leaf of leaves) {
      const u = await createUserFixture(t.dataSource, { role: Role.BRANCH, scopeUnitId: leaf.id });
      tokens[leaf.id] = t.signToken(u.user);
    }
    frameworkId = (
      await ok<{ importFramework: { id: string } }>(
        IMPORT_FRAMEWORK,
        { d: defaultFramework },
        tokens['admin'],
      )
    ).importFramework.id;
  }, 240_000);
  afterAll(() => t?.close());

  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const r = await t.gql<T>(query, variables, token);
    expect(r.errors).toBeUndefined();
    return r.data!;
  }
  const open = async (code: string) =>
    (
      await ok<{ openPeriod: { id: string } }>(
        OPEN_PERIOD,
        { code, frameworkId, deadline: FUTURE },
        tokens['admin'],
      )
    ).openPeriod.id;
  const assessment = async (leaf: OrgUnitEntity, period: string, token = tokens[leaf.id]) =>
    (
      await ok<{ assessment: { id: string; version: number } }>(
        GET_ASSESSMENT,
        { branchId: leaf.id, period },
        token,
      )
    ).assessment;
  async function save(leaf: OrgUnitEntity, period: string, values = COMMUNITY_VALUES) {
    const a = await assessment(leaf, period);
    await ok(SAVE, { id: a.id, v: a.version, values: asInputs(values) }, tokens[leaf.id]);
  }
  async function submit(leaf: OrgUnitEntity, period: string, values = COMMUNITY_VALUES) {
    await save(leaf, period, values);
    const a = await assessment(leaf, period);
    await ok(SUBMIT, { id: a.id, v: a.version }, tokens[leaf.id]);
  }
  async function review(leaf: OrgUnitEntity, period: string, d: 'APPROVE' | 'RETURN') {
    const a = await assessment(leaf, period, tokens['admin']);
    await ok(
      REVIEW,
      { id: a.id, v: a.version, d, c: d === 'RETURN' ? '请补充记录' : null },
      tokens['reviewer'],
    );
  }

  async function stored() {
    const branchRows = await t.dataSource.query(
      `SELECT period_id, branch_id, listed, path, code, name, parent_id, sector, member_count, active, status,
              on_time, total, grade_code, veto, path_percents, previous_total, score_percents, name_key,
              self_inflation, inflation_quarters, open_flags
         FROM branch_period_figures WHERE district_id = $1 ORDER BY period_id, branch_id`,
      [district.id],
    );
    const unitRows = await t.dataSource.query(
      `SELECT period_id, unit_id, grp, ord, figures FROM unit_period_figures
        WHERE district_id = $1 ORDER BY period_id, unit_id, grp`,
      [district.id],
    );
    const rankCounts = await t.dataSource.query(
      `SELECT period_id, unit_id, basis, totals, ranks, at_or_above, listed FROM unit_period_rank_counts
        WHERE district_id = $1 ORDER BY period_id, unit_id, basis`,
      [district.id],
    );
    return { branchRows, unitRows, rankCounts };
  }

  /** Table pages whose ranks read each basis of the stored counts (rank, rank change, previous rank). */
  const PAGES: BranchPageQuery[] = [false, true].flatMap((reviewedOnly) =>
    (['rank', 'rankChange', 'name'] as const).map((sortBy) => ({
      offset: 0,
      limit: 50,
      sortBy,
      descending: sortBy === 'rankChange',
      reviewedOnly,
    })),
  );
  /**
   * The unfiltered table's shapes (by rank, total, name or change read off the index in its order; by any other key
   * counted from the stored listed count) equal the filtered shape's page, which counts and ranks
   * every row it sorts (every order of both, pages of 2 rows so ties fall across page boundaries).
   */
  async function expectUnfilteredAsFiltered(step: string, ctx: UnitPeriod): Promise<void> {
    for (const sortBy of ['rank', 'total', 'name', 'totalChange', 'rankChange'] as const)
      for (const descending of [false, true])
        for (const offset of [0, 1, 3]) {
          const q = { offset, limit: 2, sortBy, descending, reviewedOnly: false };
          const { sql, params } = branchPageStatement(ctx, q);
          // The shape the service picked: the index's order, or the stored count.
          expect(sql).toContain(
            ['rank', 'total', 'name', 'totalChange'].includes(sortBy) ? 'NOT $14::boolean' : 'k.listed',
          );
          const filtered = branchPageSql(ctx.paths.length, sortBy, descending, [], 'filtered');
          const where = { step, unit: ctx.unit.code, ...q };
          expect({ ...where, rows: await t.dataSource.query(sql, params) }).toEqual({
            ...where,
            rows: await t.dataSource.query(filtered, params),
          });
        }
  }
  /** The table by name lists the branches in the order of their pinyin keys (name-key.ts), computed here. */
  async function expectPinyinOrder(step: string, ctx: UnitPeriod): Promise<void> {
    const q = { offset: 0, limit: 50, sortBy: 'name', descending: false, reviewedOnly: false };
    const { sql, params } = branchPageStatement(ctx, q);
    const names = ((await t.dataSource.query(sql, params)) as { name: string }[]).map((r) => r.name);
    const byKey = [...names].sort((a, b) => (nameSortKey(a) < nameSortKey(b) ? -1 : 1));
    expect({ step, unit: ctx.unit.code, names }).toEqual({ step, unit: ctx.unit.code, names: byKey });
  }
  const pages = (ctx: UnitPeriod) =>
    Promise.all(
      PAGES.map((q) => {
        const { sql, params } = branchPageStatement(ctx, q);
        return t.dataSource.query(sql, params);
      }),
    );

  /** The rows the writes left equal a full refresh's, and each unit's rows the live statement's. */
  async function expectAsFullRefresh(step: string): Promise<void> {
    const incremental = await stored();
    expect(incremental.unitRows.length).toBeGreaterThan(0);
    // Every row carries its branch's pinyin key (the table by name sorts on it).
    expect(incremental.branchRows.filter((r: { name_key: string | null }) => !r.name_key)).toEqual([]);
    const periods: { code: string }[] = await t.dataSource.query(
      `SELECT code FROM period WHERE district_id = $1 ORDER BY code`,
      [district.id],
    );
    for (const { code } of periods) {
      for (const unit of [district, ...streets, general]) {
        const ctx = toUnitPeriod((await t.dataSource.query(UNIT_PERIOD_SQL, [unit.id, code]))[0]);
        const { sql, params } = scoreboardStatements(ctx);
        const live = await t.dataSource.query(sql.figures, params.figures);
        const rows = incremental.unitRows
          .filter(
            (r: { period_id: string; unit_id: string }) =>
              r.period_id === ctx.period.id && r.unit_id === unit.id,
          )
          .sort((a: { ord: number }, b: { ord: number }) => a.ord - b.ord)
          .map((r: { figures: unknown }) => r.figures);
        expect({ step, code, unit: unit.code, rows }).toEqual({ step, code, unit: unit.code, rows: live });
      }
    }
    await t.dataSource.transaction((m) => refreshDistrictFigures(m, district.id, 'all'));
    expect({ step, ...incremental }).toEqual({ step, ...(await stored()) });

    // The table's pages read the same ranks from the stored counts as counted live without them.
    const contexts: UnitPeriod[] = [];
    for (const { code } of periods)
      for (const unit of [district, ...streets, general])
        contexts.push(toUnitPeriod((await t.dataSource.query(UNIT_PERIOD_SQL, [unit.id, code]))[0]));
    const fromStored = [];
    for (const ctx of contexts) {
      fromStored.push(await pages(ctx));
      await expectUnfilteredAsFiltered(step, ctx);
      await expectPinyinOrder(step, ctx);
    }
    for (const ctx of contexts) {
      const own = incremental.rankCounts.filter(
        (r: { period_id: string; unit_id: string }) =>
          r.period_id === ctx.period.id && r.unit_id === ctx.unit.id,
      );
      expect({ step, unit: ctx.unit.code, bases: own.length }).toEqual({
        step,
        unit: ctx.unit.code,
        bases: 3,
      });
    }
    await t.dataSource.query(`DELETE FROM unit_period_rank_counts WHERE district_id = $1`, [district.id]);
    for (const [i, ctx] of contexts.entries())
      expect({ step, unit: ctx.unit.code, pages: await pages(ctx) }).toEqual({
        step,
        unit: ctx.unit.code,
        pages: fromStored[i],
      });
    await t.dataSource.transaction((m) => refreshDistrictFigures(m, district.id, 'all'));
  }

  it('leaves the rows of a full refresh after saves, submits, ties, reviews, returns, a move and a close', async () => {
    const [b1, b2, b3, g1, g2] = leaves;
    const q3 = await open('2026Q3');
    await expectAsFullRefresh('open');

    await save(b1, '2026Q3');
    await expectAsFullRefresh('save (draft)');
    await submit(b1, '2026Q3');
    await submit(g1, '2026Q3'); // the same values: a tie with b1, under three ancestors
    await expectAsFullRefresh('submit, tie');
    const [{ n }]: { n: number }[] = await t.dataSource.query(
      `SELECT count(DISTINCT total)::int AS n FROM branch_period_figures WHERE period_id = $1 AND total IS NOT NULL`,
      [q3],
    );
    expect(n).toBe(1); // the tie is real

    const lower = { ...COMMUNITY_VALUES, ORG_THEME_DAYS: 0, SUP_SATISFACTION: 0.5 };
    await submit(b2, '2026Q3', lower);
    await submit(b3, '2026Q3', lower);
    await review(b1, '2026Q3', 'APPROVE');
    await review(b2, '2026Q3', 'RETURN');
    await expectAsFullRefresh('approve, return');

    await open('2026Q4');
    await submit(b1, '2026Q4', lower);
    await submit(b2, '2026Q3', lower); // a Q3 change refreshes Q4's previous figures too
    await expectAsFullRefresh('second quarter');

    await ok(MOVE, { id: g1.id, parentId: streets[0].id }, tokens['admin']);
    await submit(g2, '2026Q4');
    await expectAsFullRefresh('move, then a save under the old parent');

    // A batch (the refresh queue's group commit): two branches of different streets in one call,
    // after their rows and their ancestors' were spoiled.
    const period4: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM period WHERE district_id = $1 AND code = '2026Q4'`,
      [district.id],
    );
    await t.dataSource.query(
      `UPDATE branch_period_figures SET total = -1, status = 'X', listed = false WHERE district_id = $1 AND branch_id = ANY($2::uuid[])`,
      [district.id, [b1.id, g2.id]],
    );
    await t.dataSource.query(
      `UPDATE unit_period_figures SET figures = '{}' WHERE district_id = $1 AND unit_id = ANY($2::uuid[])`,
      [district.id, [district.id, ...streets.slice(0, 2).map((s) => s.id), general.id]],
    );
    // The rank counts follow the spoiled rows (a refresh writes both together), so the batch must
    // take the spoiled totals out again; street A's are gone, so it must count those whole.
    const spoiledUnits = [district, ...streets, general].map((u) => u.id);
    for (const periodId of [q3, period4[0].id]) {
      await t.dataSource.query(
        `DELETE FROM unit_period_rank_counts WHERE district_id = $1 AND period_id = $2 AND unit_id = ANY($3::uuid[])`,
        [district.id, periodId, spoiledUnits],
      );
      await t.dataSource.query(WRITE_UNIT_RANK_COUNTS, [district.id, periodId, spoiledUnits]);
    }
    await t.dataSource.query(`DELETE FROM unit_period_rank_counts WHERE district_id = $1 AND unit_id = $2`, [
      district.id,
      streets[0].id,
    ]);
    const [p1, p2] = (
      await t.dataSource.query(`SELECT id, path FROM org_unit WHERE id = ANY($1::uuid[]) ORDER BY code`, [
        [b1.id, g2.id],
      ])
    ).map((u: { id: string; path: string }) => ({
      districtId: district.id,
      periodId: q3,
      branchId: u.id,
      branchPath: u.path,
    }));
    await t.dataSource.transaction((m) =>
      refreshBranchFigures(m, [p1, p2, { ...p1, periodId: period4[0].id }]),
    );
    await expectAsFullRefresh('batch of two branches');

    await ok(CLOSE_PERIOD, { id: q3 }, tokens['admin']);
    await submit(b3, '2026Q4');
    await expectAsFullRefresh('close');

    // The stored counts run in ascending total (the table's binary search, rankLookUp); the migration
    // that turned the best-first ones over reverses every array, down and up alike.
    const before = await stored();
    const totals = (before.rankCounts as { totals: number[] }[]).map((c) => c.totals);
    expect(totals.some((t) => t.length > 1)).toBe(true);
    for (const t of totals) expect(t).toEqual([...t].sort((a, b) => a - b));
    const migrate = async (step: 'up' | 'down') => {
      const runner = t.dataSource.createQueryRunner();
      try {
        await new RankCountsAscending1795980000000()[step](runner);
      } finally {
        await runner.release();
      }
    };
    await migrate('down');
    const reversed = (await stored()).rankCounts as { totals: number[] }[];
    expect(reversed.map((c) => c.totals)).toEqual(totals.map((t) => [...t].reverse()));
    await migrate('up');
    expect(await stored()).toEqual(before);
  }, 240_000);
});
