import { createTestApp, type TestApp } from '../../test/test-app';
import { seedDefaultFramework } from '../analytics/testing/analytics-fixtures';
import { countQueries } from '../analytics/testing/query-counter';
import { seedQualityFixture } from './quality.int-fixtures';

const ROW = `branchCode status openFlags inflation inflationQuarters selfTotal completeness selfGrade { code name { zh } } submittedAt onTime periodCode sector`;
const QUEUE = `query ($period: String!, $status: AssessmentStatus, $sortBy: ReviewQueueSort, $descending: Boolean, $offset: Int, $limit: Int, $search: String) {
  reviewQueue(period: $period, status: $status, sortBy: $sortBy, descending: $descending, offset: $offset, limit: $limit, search: $search) {
    totalCount offset rows { ${ROW} } } }`;
const RISKS = `query ($period: String!) { reviewRisks(period: $period) { branchCode status openFlags inflation inflationQuarters } }`;

interface Row {
  branchCode: string;
  status: string;
  openFlags: number;
  inflation: number | null;
  inflationQuarters: number;
  selfTotal: number | null;
  completeness: number | null;
  selfGrade: { code: string; name: { zh: string } } | null;
  submittedAt: string | null;
  onTime: boolean | null;
  periodCode: string;
  sector: string | null;
}
type Page = { totalCount: number; offset: number; rows: Row[] };

/**
 * The review queue, paged on the server (quality.int-fixtures.ts: street A's X is a peer outlier and
 * jumped from its previous quarter, A1 reported too few meetings, X and P1 inflate by 3 points).
 */
describe('review queue (GraphQL over HTTP)', () => {
  let t: TestApp;
  let frameworkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await seedDefaultFramework(t.dataSource);
  });
  afterAll(() => t?.close());

  async function seed(prefix: string) {
    const s = await seedQualityFixture(t, frameworkId, prefix);
    // Self scores of the two submitted branches of street A (the fixture scores only past quarters).
    for (const [unit, total, grade] of [
      [s.x, 66, { code: 'FAIR', name: { zh: '一般', en: 'Fair' } }],
      [s.a1, 91, { code: 'EXCELLENT', name: { zh: '优秀', en: 'Excellent' } }],
    ] as const)
      await t.dataSource.query(
        `INSERT INTO assessment_score (assessment_id, kind, district_id, period_id, branch_id, total, grade_code, veto, completeness, explanation, path_percents)
         SELECT a.id, 'SELF', a.district_id, a.period_id, a.branch_id, $3, $4, false, 0.5, $5::jsonb, '{}'::numeric[]
           FROM assessment a WHERE a.branch_id = $1 AND a.period_id = $2`,
        [unit.id, s.periods['2026Q4'], total, grade.code, JSON.stringify({ paths: [], grade })],
      );
    const queue = async (token: string, vars: Record<string, unknown> = {}) =>
      t.gql<{ reviewQueue: Page }>(QUEUE, { period: '2026Q4', ...vars }, token);
    return { ...s, queue };
  }

  /** X returned by street A's reviewer: a returned assessment, listed with its stored count. */
  async function returnX(s: Awaited<ReturnType<typeof seed>>): Promise<void> {
    const [x]: { id: string; version: number }[] = await t.dataSource.query(
      `SELECT id, version FROM assessment WHERE branch_id = $1 AND period_id = $2`,
      [s.x.id, s.periods['2026Q4']],
    );
    const returned = await t.gql(
      `mutation ($id: ID!, $v: Int!) { reviewAssessment(assessmentId: $id, expectedVersion: $v, decision: RETURN, comment: "重填") { status } }`,
      { id: x.id, v: x.version },
      s.reviewerA,
    );
    expect(returned.errors).toBeUndefined();
  }

  it('orders by risk like reviewRisks, pages, and sends only the page', async () => {
    const s = await seed('Q-');
    const risks = (await t.gql<{ reviewRisks: Row[] }>(RISKS, { period: '2026Q4' }, s.reviewerA)).data!
      .reviewRisks;
    const counter = countQueries(t.dataSource);
    const all = await s.queue(s.reviewerA, { sortBy: 'RISK' });
    counter.stop();
    expect(all.errors).toBeUndefined();
    // Two readers of one definition: the queue's risk order and figures are reviewRisks'.
    const pick = (r: Row) => [r.branchCode, r.status, r.openFlags, r.inflation, r.inflationQuarters];
    expect(all.data!.reviewQueue.rows.map(pick)).toEqual(risks.map(pick));
    expect(all.data!.reviewQueue.rows.map(pick)).toEqual([
      ['Q-X', 'SUBMITTED', 2, 3, 2],
      ['Q-B-A1', 'SUBMITTED', 1, null, 0],
      ['Q-P1', 'APPROVED', 0, 3, 1],
      ['Q-P2', 'APPROVED', 0, null, 0],
      ['Q-P3', 'APPROVED', 0, null, 0],
    ]);
    expect(all.data!.reviewQueue.totalCount).toBe(5);
    const x = all.data!.reviewQueue.rows[0];
    expect(x).toMatchObject({
      selfTotal: 66,
      completeness: 0.5,
      selfGrade: { code: 'FAIR', name: { zh: '一般' } },
      onTime: true,
      periodCode: '2026Q4',
      sector: 'COMMUNITY',
    });
    expect(x.submittedAt).not.toBeNull();
    // Set-based: auth, period, the page's rows with their stored risk (no check runs: every row is
    // reported and has its count stored).
    expect(counter.statements.length).toBeLessThanOrEqual(4);
    expect(counter.statements.some((q) => q.includes('members AS MATERIALIZED'))).toBe(false);

    const page = (await s.queue(s.reviewerA, { sortBy: 'RISK', offset: 2, limit: 2 })).data!.reviewQueue;
    expect([page.totalCount, page.offset, page.rows.map((r) => r.branchCode)]).toEqual([
      5,
      2,
      ['Q-P1', 'Q-P2'],
    ]);
    // Reversed, the least risky first; P2 and P3 tie and stay in code order.
    const least = (await s.queue(s.reviewerA, { sortBy: 'RISK', descending: true, limit: 2 })).data!
      .reviewQueue;
    expect(least.rows.map((r) => r.branchCode)).toEqual(['Q-P2', 'Q-P3']);
    const waiting = (await s.queue(s.reviewerA, { sortBy: 'RISK', status: 'SUBMITTED' })).data!.reviewQueue;
    expect([waiting.totalCount, waiting.rows.map((r) => r.branchCode)]).toEqual([2, ['Q-X', 'Q-B-A1']]);
  });

  it('orders by risk in SQL with a returned assessment listed: its count is stored too', async () => {
    const s = await seed('T-');
    await returnX(s);
    const risks = (await t.gql<{ reviewRisks: Row[] }>(RISKS, { period: '2026Q4' }, s.reviewerA)).data!
      .reviewRisks;
    const counter = countQueries(t.dataSource);
    const all = (await s.queue(s.reviewerA, { sortBy: 'RISK' })).data!.reviewQueue;
    counter.stop();
    const pick = (r: Row) => [r.branchCode, r.status, r.openFlags];
    expect(all.rows.map(pick)).toEqual(risks.map(pick));
    expect(all.rows.map(pick)[0]).toEqual(['T-X', 'RETURNED', 2]);
    // No assessment's values were read: every listed row has its count stored.
    expect(counter.statements.some((q) => q.includes('members AS MATERIALIZED'))).toBe(false);
  });

  it('orders by risk on the open flags the refresh stored, and checks live where one is missing', async () => {
    const s = await seed('R-');
    const order = async () =>
      (await s.queue(s.reviewerA, { sortBy: 'RISK' })).data!.reviewQueue.rows.map((r) => [
        r.branchCode,
        r.openFlags,
      ]);
    const store = (count: number | null) =>
      t.dataSource.query(
        `UPDATE branch_period_figures SET open_flags = $1 WHERE branch_id = $2 AND period_id = $3`,
        [count, s.a1.id, s.periods['2026Q4']],
      );
    const rest = [
      ['R-P1', 0],
      ['R-P2', 0],
      ['R-P3', 0],
    ];
    expect(await order()).toEqual([['R-X', 2], ['R-B-A1', 1], ...rest]);
    // The order and the row read the stored count (A1's made 5 by hand).
    await store(5);
    expect(await order()).toEqual([['R-B-A1', 5], ['R-X', 2], ...rest]);
    // A listed row with none stored (by hand here; a row the refresh has not reached): every row live.
    await store(null);
    expect(await order()).toEqual([['R-X', 2], ['R-B-A1', 1], ...rest]);
  });

  it("orders in SQL and still checks a row against its whole peer group, not just the page's rows", async () => {
    const s = await seed('S-');
    const byCode = (await s.queue(s.reviewerA, { sortBy: 'BRANCH' })).data!.reviewQueue;
    expect(byCode.rows.map((r) => r.branchCode)).toEqual(['S-B-A1', 'S-P1', 'S-P2', 'S-P3', 'S-X']);
    // X alone on its page: its peer outlier flag needs P1–P3's values, which are not on the page.
    const last = (await s.queue(s.reviewerA, { sortBy: 'BRANCH', offset: 4, limit: 1 })).data!.reviewQueue;
    expect(last.rows.map((r) => [r.branchCode, r.openFlags, r.inflation])).toEqual([['S-X', 2, 3]]);
    expect(last.totalCount).toBe(5);
    // The same with no count stored (not checked yet): checked live, against the whole group.
    await t.dataSource.query(`UPDATE branch_period_figures SET open_flags = NULL WHERE district_id = $1`, [
      s.districtId,
    ]);
    const counter = countQueries(t.dataSource);
    const unstored = (await s.queue(s.reviewerA, { sortBy: 'BRANCH', offset: 4, limit: 1 })).data!
      .reviewQueue;
    counter.stop();
    expect(unstored.rows.map((r) => [r.branchCode, r.openFlags, r.inflation])).toEqual([['S-X', 2, 3]]);
    // The quality set's statement (quality-set.sql.ts), which reads the group's values.
    expect(counter.statements.some((q) => q.includes('members AS MATERIALIZED'))).toBe(true);
    const reversed = (await s.queue(s.reviewerA, { sortBy: 'BRANCH', descending: true, limit: 2 })).data!
      .reviewQueue;
    expect(reversed.rows.map((r) => r.branchCode)).toEqual(['S-X', 'S-P3']);
    // Totals: the highest first, the unscored last whichever way.
    const byTotal = (await s.queue(s.reviewerA, { sortBy: 'SELF_TOTAL', descending: true })).data!
      .reviewQueue;
    expect(byTotal.rows.map((r) => [r.branchCode, r.selfTotal])).toEqual([
      ['S-B-A1', 91],
      ['S-X', 66],
      ['S-P1', null],
      ['S-P2', null],
      ['S-P3', null],
    ]);
    // Past the end: no rows, and still the count.
    const beyond = (await s.queue(s.reviewerA, { sortBy: 'SUBMITTED_AT', offset: 40 })).data!.reviewQueue;
    expect([beyond.totalCount, beyond.rows]).toEqual([5, []]);
    // Search by name or code, literally (a % is not a wildcard).
    const found = (await s.queue(s.reviewerA, { search: 's-p1' })).data!.reviewQueue;
    expect(found.rows.map((r) => r.branchCode)).toEqual(['S-P1']);
    expect((await s.queue(s.reviewerA, { search: '%' })).data!.reviewQueue.totalCount).toBe(0);
  });

  it('searches the pinyin of the name too, full or initials, in either case, for a search of letters', async () => {
    const s = await seed('Y-');
    const rename = async (id: string, name: string) => {
      const r = await t.gql(
        `mutation ($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { id } }`,
        { id, input: { name } },
        s.admin,
      );
      expect(r.errors).toBeUndefined();
    };
    // Renamed through the API: the rename clears the unit's pinyin, the refresh it runs writes it again.
    const [p1] = await t.dataSource.query(`SELECT id FROM org_unit WHERE code = 'Y-P1'`);
    await rename(p1.id, '和平社区党支部');
    await rename(s.x.id, '光明村党支部');
    const codes = async (search: string) =>
      (await s.queue(s.reviewerA, { search, sortBy: 'BRANCH' })).data!.reviewQueue.rows.map(
        (r) => r.branchCode,
      );
    for (const search of ['hp', 'HP', 'heping', 'HePing', 'hepingshequ', 'hpsq', 'pingshe', '和平'])
      expect({ search, found: await codes(search) }).toEqual({ search, found: ['Y-P1'] });
    expect(await codes('dangzhibu')).toEqual(['Y-P1', 'Y-X']);
    expect(await codes('gmc')).toEqual(['Y-X']);
    // Codes as before; no match across the full reading and the initials, nor of signs or digits.
    expect(await codes('y-p1')).toEqual(['Y-P1']);
    for (const search of ['bu hp', 'buhp', 'he ping', 'hp1', 'hepingx'])
      expect({ search, found: await codes(search) }).toEqual({ search, found: [] });
    // Renamed again: the old reading no longer finds it.
    await rename(p1.id, '安定社区党支部');
    expect(await codes('heping')).toEqual([]);
    expect(await codes('adsq')).toEqual(['Y-P1']);
  });

  it("orders the whole district by risk off the stored figures' index like reviewRisks, drafts included", async () => {
    const s = await seed('W-');
    await returnX(s);
    const pick = (r: Row) => [r.branchCode, r.status, r.openFlags, r.inflation];
    const risks = (await t.gql<{ reviewRisks: Row[] }>(RISKS, { period: '2026Q4' }, s.admin)).data!
      .reviewRisks;
    const order = async (vars: Record<string, unknown> = {}) =>
      (await s.queue(s.admin, { sortBy: 'RISK', limit: 50, ...vars })).data!.reviewQueue;
    const all = await order();
    expect([all.totalCount, all.rows.map(pick)]).toEqual([6, risks.map(pick)]);
    expect(all.rows.map(pick)[0]).toEqual(['W-X', 'RETURNED', 2, 3]);
    const submitted = await order({ status: 'SUBMITTED' });
    expect(submitted.rows.map(pick)).toEqual(risks.filter((r) => r.status === 'SUBMITTED').map(pick));
    // A row no one has checked yet (by hand here; in the SQL order it would come first): the page
    // counts it and orders every row live.
    await t.dataSource.query(
      `UPDATE branch_period_figures SET open_flags = NULL WHERE district_id = $1 AND branch_id = $2`,
      [s.districtId, s.a1.id],
    );
    const live = await order();
    expect(live.rows.map(pick)).toEqual(risks.map(pick));
  });

  it('pages every order without a row lost or repeated, the pages in the order of the whole list', async () => {
    const s = await seed('P-');
    const codes = async (vars: Record<string, unknown>) =>
      (await s.queue(s.admin, vars)).data!.reviewQueue.rows.map((r) => r.branchCode);
    for (const sortBy of ['SUBMITTED_AT', 'BRANCH', 'SELF_TOTAL', 'RISK'])
      for (const descending of [false, true]) {
        const whole = await codes({ sortBy, descending, limit: 50 });
        const paged: string[] = [];
        for (let offset = 0; offset < whole.length; offset += 2)
          paged.push(...(await codes({ sortBy, descending, offset, limit: 2 })));
        expect({ sortBy, descending, paged }).toEqual({ sortBy, descending, paged: whole });
      }
    // The whole list is the quarter's six assessments; by code it is the codes' order.
    const byCode = await codes({ sortBy: 'BRANCH', limit: 50 });
    expect(byCode).toHaveLength(6);
    expect(byCode).toEqual([...byCode].sort());
    expect(await codes({ sortBy: 'BRANCH', descending: true, limit: 50 })).toEqual([...byCode].reverse());
    // The admin's count (the whole district: counted off the index, without the units) is the rows
    // listed, for every status; and each status's rows are all of that status.
    let listed = 0;
    for (const status of ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED']) {
      const page = (await s.queue(s.admin, { status, limit: 50 })).data!.reviewQueue;
      expect({ status, count: page.totalCount }).toEqual({ status, count: page.rows.length });
      expect(page.rows.every((r) => r.status === status)).toBe(true);
      listed += page.totalCount;
    }
    expect(listed).toBe(6);
  });

  it('keeps to the scope, refuses a branch and names a bad argument', async () => {
    const s = await seed('A-');
    const b = (await s.queue(s.reviewerB, { sortBy: 'RISK' })).data!.reviewQueue;
    expect([b.totalCount, b.rows.map((r) => r.branchCode)]).toEqual([1, ['A-B3']]);
    const bySql = (await s.queue(s.reviewerB, { status: null })).data!.reviewQueue;
    expect([bySql.totalCount, bySql.rows.map((r) => r.branchCode)]).toEqual([1, ['A-B3']]);
    const admin = (await s.queue(s.admin, { limit: 100 })).data!.reviewQueue;
    expect(admin.totalCount).toBe(6);
    expect((await s.queue(s.branchX)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const [vars, message] of [
      [{ limit: 0 }, 'limit must be at least 1'],
      [{ limit: 101 }, 'limit must be at most 100'],
      [{ offset: -1 }, 'offset must be 0 or more'],
      [{ search: 'x'.repeat(101) }, 'search must be at most 100 characters'],
    ] as const) {
      const bad = await s.queue(s.admin, vars);
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(bad.errors)).toContain(message);
    }
    expect((await s.queue(s.admin, { sortBy: 'NAME' })).errors?.[0].message).toContain('ReviewQueueSort');
    expect((await s.queue(s.admin, { period: '2031Q1' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
