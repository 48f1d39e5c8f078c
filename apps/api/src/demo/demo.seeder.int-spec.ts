import { createTestApp, type TestApp } from '../../test/test-app';
import { DemoSeeder, DEMO_PASSWORD } from './demo.seeder';

const LIST = `query ($p: String!) { assessments(period: $p) { id status branch { name } officialScore { total gradeCode } } }`;

describe('demo seeding', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('seeds 示范区 once, fast, with every status in the current quarter and working demo users', async () => {
    const seeder = t.app.get(DemoSeeder);
    const started = Date.now();
    const summary = await seeder.seedIfEmpty();
    const ms = Date.now() - started;
    expect(summary).toMatchObject({ branches: 80, periods: 6 });
    // Target < 15 s for the whole first start (about 3 s of it seeding on a quiet machine); the bound
    // here is loose because CI runs suites in parallel on 2 cores.
    expect(ms).toBeLessThan(30_000);
    expect(await seeder.seedIfEmpty()).toBeNull();

    const periods: { code: string; status: string }[] = await t.dataSource.query(
      `SELECT code, status FROM period ORDER BY code`,
    );
    expect(periods.map((p) => p.code)).toEqual(['2025Q3', '2025Q4', '2026Q1', '2026Q2', '2026Q3', '2026Q4']);
    expect(periods.at(-1)!.status).toBe('OPEN');

    const admin = await t.loginAs('admin', DEMO_PASSWORD);
    const current = await t.gql<{ assessments: { status: string }[] }>(LIST, { p: '2026Q4' }, admin);
    expect(current.errors).toBeUndefined();
    expect(new Set(current.data!.assessments.map((a) => a.status))).toEqual(
      new Set(['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED']),
    );
    const earlier = await t.gql<{
      assessments: { status: string; officialScore: { gradeCode: string } | null }[];
    }>(LIST, { p: '2026Q1' }, admin);
    expect(earlier.data!.assessments.every((a) => a.status === 'APPROVED' && a.officialScore)).toBe(true);

    const reviewer = await t.loginAs('reviewer', DEMO_PASSWORD);
    const street = await t.gql<{ assessments: unknown[] }>(LIST, { p: '2026Q4' }, reviewer);
    expect(street.data!.assessments.length).toBe(20);
    const branch = await t.loginAs('branch', DEMO_PASSWORD);
    const own = await t.gql<{ assessments: { status: string; branch: { name: string } }[] }>(
      LIST,
      { p: '2026Q4' },
      branch,
    );
    expect(own.data!.assessments).toHaveLength(1);
    expect(own.data!.assessments[0]).toMatchObject({ status: 'DRAFT' });
    expect(own.data!.assessments[0].branch.name).toMatch(/社区党支部$/);

    const [{ vetoes }] = await t.dataSource.query(
      `SELECT count(*)::int AS vetoes FROM assessment_score WHERE kind = 'OFFICIAL' AND veto`,
    );
    expect(vetoes).toBe(1);
    const [{ adjusted, unexplained }] = await t.dataSource.query(
      `SELECT count(*)::int AS adjusted, count(*) FILTER (WHERE review_reason IS NULL)::int AS unexplained
         FROM indicator_value WHERE reviewed_value IS NOT NULL`,
    );
    expect(adjusted).toBeGreaterThan(20);
    // Every adjustment says why, as the review screen requires of a real reviewer.
    expect(unexplained).toBe(0);

    // 2026 has its four quarters (Q4 open): an annual result for every branch, provisional until Q4
    // closes; the one veto (2026Q2) caps that branch's year.
    const [{ id: districtId }] = await t.dataSource.query(`SELECT id FROM org_unit WHERE parent_id IS NULL`);
    const annual = await t.gql<{
      annualScoreboard: { status: string; branchCount: number; gradeCounts: number[]; cappedCount: number };
    }>(
      `query ($u: ID!) { annualScoreboard(unitId: $u, year: 2026) { status branchCount gradeCounts cappedCount } }`,
      { u: districtId },
      admin,
    );
    expect(annual.errors).toBeUndefined();
    const year = annual.data!.annualScoreboard;
    expect(year).toMatchObject({ status: 'OPEN', branchCount: 80, cappedCount: 1 });
    expect(year.gradeCounts.reduce((a, b) => a + b, 0)).toBe(80);

    // The year's annual items: the 东城 reviewer's queue holds one claim waiting (待审核) and one
    // changed after its review; the admin's also the 西湖 one. Reviewed items count: one 市级表彰
    // (1 × 2 = +2) and two inspection findings (2 × 2 = −4) on the same branch.
    const QUEUE = `{ annualClaimsToReview(year: 2026) { branchName pending changed } }`;
    const queue = async (token: string) =>
      (await t.gql<{ annualClaimsToReview: { pending: number; changed: number }[] }>(QUEUE, {}, token)).data!
        .annualClaimsToReview;
    const waiting = await queue(reviewer);
    expect(waiting.map((w) => [w.pending, w.changed])).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(await queue(admin)).toHaveLength(3);
    const [{ branch_id: inspected }] = await t.dataSource.query(
      `SELECT branch_id FROM annual_value WHERE indicator_code = 'ANNUAL_INSPECTION_FINDINGS'`,
    );
    const items = await t.gql<{
      annualItems: {
        result: { total: number; quarterPoints: number; bonusPoints: number; deductionPoints: number };
      };
    }>(
      `query ($b: ID!) { annualItems(branchId: $b, year: 2026) { result { total quarterPoints bonusPoints deductionPoints } } }`,
      { b: inspected },
      reviewer,
    );
    const r = items.data!.annualItems.result;
    expect([r.bonusPoints, r.deductionPoints]).toEqual([2, 4]);
    expect(r.total).toBeCloseTo(r.quarterPoints + 2 - 4, 2);
    console.log(`demo seeding took ${ms} ms`);
  });

  it('seeds a synthetic district next to the demo one, every assessment of a non-empty draft scored', async () => {
    const seeder = t.app.get(DemoSeeder);
    const summary = await seeder.seedLargeDistrict({
      branches: 250,
      quarters: 3,
      seed: 5,
      now: new Date('2026-11-22T02:00:00Z'),
    });
    expect(summary).toMatchObject({ branches: 250, periods: 3, assessments: 750 });
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM org_unit WHERE district_id = $1 AND kind = 'STREET') AS streets,
              (SELECT count(*)::int FROM assessment WHERE district_id = $1) AS assessments,
              (SELECT count(*)::int FROM assessment a WHERE district_id = $1
                 AND (status <> 'DRAFT' OR EXISTS (SELECT 1 FROM indicator_value v WHERE v.assessment_id = a.id))) AS scorable,
              (SELECT count(*)::int FROM assessment_score WHERE district_id = $1) AS scores,
              (SELECT count(*)::int FROM assessment_path_score WHERE district_id = $1) AS path_scores`,
      [summary.districtId],
    );
    expect(counts.streets).toBe(2);
    expect(counts.assessments).toBe(750);
    expect(counts.scores).toBe(counts.scorable * 2);
    expect(counts.path_scores).toBe(counts.scores * 4);
  });
});
