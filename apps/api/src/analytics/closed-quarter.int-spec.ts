import * as XLSX from 'xlsx';
import { createUnitFixture, createUserFixture, seedOrgTree } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { Role } from '../auth/role.enum';
import { OrgUnitKind, Sector } from '../org-units/org-unit.enums';
import { download } from '../reports/testing/report-ops';
import { seedDefaultFramework, seedPeriod, seedScores } from './testing/analytics-fixtures';
import { COMPLETION, PEER_STANDING, SCOREBOARD, TREND } from './testing/analytics-ops';

/**
 * A closed quarter's figures use the units as they were when it closed: editing the tree afterwards
 * (a member count, a move to another street, a sector change, a deactivation) changes open quarters
 * only. Before the fix a memberCount edit moved a closed weighted mean, and moves and sector changes
 * moved closed street figures and peer groups.
 */
describe('closed quarters keep their units as they were', () => {
  let t: TestApp;
  let frameworkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await seedDefaultFramework(t.dataSource);
  });
  afterAll(() => t?.close());

  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const r = await t.gql<T>(query, variables, token);
    expect(r.errors).toBeUndefined();
    return r.data!;
  }

  it('scoreboard, completion, peer standing and the quarterly workbook of a closed quarter do not move with tree edits', async () => {
    const tree = await seedOrgTree(t.dataSource, 'CQ-');
    const [a, b] = tree.streets;
    const [a1, a2, b1, b2] = tree.branches;
    const a3 = await createUnitFixture(t.dataSource, {
      parent: a,
      kind: OrgUnitKind.BRANCH,
      code: 'CQ-B-A3',
      sector: Sector.COMMUNITY,
      memberCount: 30,
    });
    const admin = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id });
    const token = t.signToken(admin.user);
    const ctx = {
      districtId: tree.district.id,
      frameworkId,
      periodId: await seedPeriod(t.dataSource, tree.district.id, '2026Q3', frameworkId),
    };
    await seedScores(t.dataSource, ctx, [
      { branchId: a1.id, spec: { total: 92.4 } },
      { branchId: a2.id, spec: { total: 71.35, status: 'SUBMITTED', onTime: false } },
      { branchId: a3.id, spec: { total: 84.1 } },
      { branchId: b1.id, spec: { total: 66.2 } },
      { branchId: b2.id, spec: { total: 88.05 } },
    ]);
    const closed = await ok<{ closePeriod: { status: string } }>(
      `mutation ($id: ID!) { closePeriod(periodId: $id, force: true) { status } }`,
      { id: ctx.periodId },
      token,
    );
    expect(closed.closePeriod.status).toBe('CLOSED');

    const read = async () => ({
      district: (
        await ok<{ scoreboard: unknown }>(SCOREBOARD, { unitId: tree.district.id, period: '2026Q3' }, token)
      ).scoreboard,
      streetA: (await ok<{ scoreboard: unknown }>(SCOREBOARD, { unitId: a.id, period: '2026Q3' }, token))
        .scoreboard,
      streetB: (await ok<{ scoreboard: unknown }>(SCOREBOARD, { unitId: b.id, period: '2026Q3' }, token))
        .scoreboard,
      completionA: (await ok<{ completion: unknown }>(COMPLETION, { unitId: a.id, period: '2026Q3' }, token))
        .completion,
      peersA1: (
        await ok<{ peerStanding: unknown }>(PEER_STANDING, { branchId: a1.id, period: '2026Q3' }, token)
      ).peerStanding,
      peersB1: (
        await ok<{ peerStanding: unknown }>(PEER_STANDING, { branchId: b1.id, period: '2026Q3' }, token)
      ).peerStanding,
      // The trend's point for the closed quarter reads the same branch set (snapshot) as the scoreboard.
      trendA: (await ok<{ trend: unknown }>(TREND, { unitId: a.id, from: '2026Q3', to: '2026Q3' }, token))
        .trend,
      trendB: (await ok<{ trend: unknown }>(TREND, { unitId: b.id, from: '2026Q3', to: '2026Q3' }, token))
        .trend,
      workbookA: summaryOf(
        (await download(t, `/api/reports/quarterly.xlsx?unitId=${a.id}&period=2026Q3`, token)).body,
      ),
    });
    const before = await read();
    expect(before.district).toMatchObject({ figures: { weightedMean: expect.any(Number) } });
    // By hand: street A holds A1 92.4, A2 71.35, A3 84.1 → mean 82.62, 3 expected, all assessed.
    expect(before.trendA).toEqual([
      expect.objectContaining({ expected: 3, assessed: 3, mean: 82.62, completion: 1 }),
    ]);

    const update = `mutation ($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { id } }`;
    await ok(update, { id: a1.id, input: { memberCount: 400 } }, token);
    await ok(update, { id: b1.id, input: { sector: 'COMMUNITY' } }, token);
    await ok(update, { id: b2.id, input: { active: false } }, token);
    await ok(
      `mutation ($id: ID!, $parentId: ID!) { moveOrgUnit(id: $id, parentId: $parentId) { id } }`,
      { id: a3.id, parentId: b.id },
      token,
    );

    const after = await read();
    // A child row names the unit as it is today (B2 is deactivated now, and says so); every figure,
    // grouping and rank of the quarter is unchanged.
    expect(withoutChildState(after)).toEqual(withoutChildState(before));
    expect(JSON.stringify(after).includes('"active":false')).toBe(true);
  });

  it('an open quarter follows the live tree', async () => {
    const tree = await seedOrgTree(t.dataSource, 'OQ-');
    const [a1] = tree.branches;
    const admin = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id });
    const token = t.signToken(admin.user);
    const ctx = {
      districtId: tree.district.id,
      frameworkId,
      periodId: await seedPeriod(t.dataSource, tree.district.id, '2026Q4', frameworkId),
    };
    await seedScores(
      t.dataSource,
      ctx,
      tree.branches.map((branch, i) => ({ branchId: branch.id, spec: { total: 70 + i * 5 } })),
    );
    const weighted = async () =>
      (
        await ok<{ scoreboard: { figures: { weightedMean: number } } }>(
          SCOREBOARD,
          { unitId: tree.district.id, period: '2026Q4' },
          token,
        )
      ).scoreboard.figures.weightedMean;
    const before = await weighted();
    await ok(
      `mutation ($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { id } }`,
      { id: a1.id, input: { memberCount: 400 } },
      token,
    );
    expect(await weighted()).not.toBe(before);
  });
});

/** The read-outs with each child's present-day `unit.active` left out (not a figure of the quarter). */
function withoutChildState<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (key, v) =>
    key === 'unit' && v && typeof v === 'object' && 'active' in v ? { ...v, active: undefined } : v,
  );
}

function summaryOf(workbook: Buffer): Record<string, unknown> {
  const book = XLSX.read(workbook, { type: 'buffer' });
  const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['汇总'], { header: 1, defval: null });
  const ranking = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['排名'], { header: 1, defval: null });
  // The generation time is the only thing that may differ between two downloads.
  return { summary: rows.filter((row) => row[0] !== '数据截至'), ranking };
}
