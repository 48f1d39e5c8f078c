import { createUserFixture, seedOrgTree } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { Role } from '../auth/role.enum';
import { refreshDistrictFigures } from './figures/figures-refresh';
import { seedDefaultFramework, seedPeriod, seedScores } from './testing/analytics-fixtures';

const PAGE = `query ($unitId: ID!, $period: String!, $reviewedOnly: Boolean) {
  branchPage(unitId: $unitId, period: $period, limit: 50, offset: 0, sortBy: "rank", descending: false, reviewedOnly: $reviewedOnly) {
    assessedCount branches { code status total rank percentile } } }`;

interface Page {
  branchPage: {
    assessedCount: number;
    branches: { code: string; status: string; total: number | null; rank: number | null }[];
  };
}

/**
 * "Rank only reviewed branches" (docs/metrics.md "Provisional"): the paged table ranks the APPROVED
 * totals only, on the server, over the whole unit (not over the page on screen). Ranks by hand.
 */
describe('branchPage: rank only reviewed (GraphQL over HTTP)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('ranks 90, 90, 70 approved as 1, 1, 3 and leaves the submitted 95 unranked; all four ranked otherwise', async () => {
    const frameworkId = await seedDefaultFramework(t.dataSource);
    const tree = await seedOrgTree(t.dataSource, 'RO-');
    const admin = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id });
    const token = t.signToken(admin.user);
    const periodId = await seedPeriod(t.dataSource, tree.district.id, '2026Q4', frameworkId);
    const [b1, b2, b3, b4] = tree.branches;
    await seedScores(t.dataSource, { districtId: tree.district.id, periodId, frameworkId }, [
      { branchId: b1.id, spec: { total: 95, status: 'SUBMITTED' } },
      { branchId: b2.id, spec: { total: 90, status: 'APPROVED' } },
      { branchId: b3.id, spec: { total: 90, status: 'APPROVED' } },
      { branchId: b4.id, spec: { total: 70, status: 'APPROVED' } },
    ]);
    // The fixtures write scores directly: bring the stored figures up to date as a writer would.
    await t.dataSource.transaction((m) => refreshDistrictFigures(m, tree.district.id, 'all'));

    const ranks = async (reviewedOnly: boolean) => {
      const r = await t.gql<Page>(PAGE, { unitId: tree.district.id, period: '2026Q4', reviewedOnly }, token);
      expect(r.errors).toBeUndefined();
      const page = r.data!.branchPage;
      const byCode = new Map(page.branches.map((b) => [b.code, b.rank]));
      return { assessed: page.assessedCount, ranks: [b1, b2, b3, b4].map((b) => byCode.get(b.code)) };
    };
    expect(await ranks(false)).toEqual({ assessed: 4, ranks: [1, 2, 2, 4] });
    expect(await ranks(true)).toEqual({ assessed: 3, ranks: [null, 1, 1, 3] });
  });
});
