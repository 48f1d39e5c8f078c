import { aggregate } from '@pathboard/scoring';
import { createUnitFixture, createUserFixture, seedOrgTree } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { Role } from '../auth/role.enum';
import { OrgUnitKind, Sector } from '../org-units/org-unit.enums';
import { PATH_CODES, seedDefaultFramework, seedPeriod, seedScores } from './testing/analytics-fixtures';
import { PEER_STANDING } from './testing/analytics-ops';
import { storedBranchFigures } from './testing/reference';
import { countQueries } from './testing/query-counter';

interface Group {
  peerCount: number;
  median: number | null;
  pathMedians: { code: string; median: number }[];
}

/** peerStanding's per-path medians: the radar of a branch against its peers' median, figures only. */
describe('peerStanding pathMedians (GraphQL over HTTP)', () => {
  let t: TestApp;
  let frameworkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await seedDefaultFramework(t.dataSource);
  });
  afterAll(() => t?.close());

  it("equals libs/scoring's median of the stored path percents of each group's reported peers, in framework order", async () => {
    const tree = await seedOrgTree(t.dataSource, 'PM-');
    const admin = t.signToken(
      (await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id })).user,
    );
    const [a, b] = tree.streets;
    const [a1, a2] = tree.branches; // A1 COMMUNITY, A2 RURAL
    const extra = async (parent: typeof a, code: string) =>
      createUnitFixture(t.dataSource, { parent, kind: OrgUnitKind.BRANCH, code, sector: Sector.COMMUNITY });
    const [a3, a4, a5, b3] = [
      await extra(a, 'PM-A3'),
      await extra(a, 'PM-A4'),
      await extra(a, 'PM-A5'),
      await extra(b, 'PM-B3'),
    ];
    const periodId = await seedPeriod(t.dataSource, tree.district.id, '2026Q4', frameworkId);
    // Even group sizes and percents a cent apart: the median is the mean of the middle two, rounded half up.
    await seedScores(t.dataSource, { districtId: tree.district.id, periodId, frameworkId }, [
      {
        branchId: a1.id,
        spec: {
          total: 80,
          paths: { ORGANIZATION: 70.01, SUPERVISION: 90, INTEGRITY: 55.55, TRAINING: 100.5 },
        },
      },
      {
        branchId: a2.id,
        spec: { total: 75, paths: { ORGANIZATION: 70.02, SUPERVISION: 60, INTEGRITY: 88.88 } },
      },
      {
        branchId: a3.id,
        spec: { total: 90, paths: { ORGANIZATION: 99.99, SUPERVISION: 61.25, TRAINING: 40 } },
      },
      {
        branchId: a4.id,
        spec: { total: 65, status: 'SUBMITTED', paths: { ORGANIZATION: 10, INTEGRITY: 12.5 } },
      },
      {
        branchId: a5.id,
        spec: {
          total: 5,
          status: 'DRAFT',
          paths: { ORGANIZATION: 1, SUPERVISION: 1, INTEGRITY: 1, TRAINING: 1 },
        },
      }, // not reported
      { branchId: b3.id, spec: { total: 85.01, paths: { TRAINING: 77.77 } } },
    ]);
    const r = await t.gql<{ peerStanding: { sameParent: Group; sameSector: Group } }>(
      PEER_STANDING,
      { branchId: a1.id, period: '2026Q4' },
      admin,
    );
    expect(r.errors).toBeUndefined();
    const { sameParent, sameSector } = r.data!.peerStanding;

    // The reference: the same stored figures, the path percent as the "total", through aggregate()'s median.
    const stored = (await storedBranchFigures(t.dataSource, tree.district.id, periodId)).filter(
      (s) => s.total !== null,
    );
    const medians = (ids: string[]) =>
      PATH_CODES.map((code) => ({
        code,
        median: aggregate(
          stored.filter((s) => ids.includes(s.id)).map((s) => ({ ...s, total: s.paths[code] })),
          [],
        ).median!,
      }));
    expect(sameParent.peerCount).toBe(4);
    expect(sameParent.pathMedians).toEqual(medians([a1.id, a2.id, a3.id, a4.id]));
    expect(sameParent.pathMedians[0]).toEqual({ code: 'ORGANIZATION', median: 70.02 }); // (70.01 + 70.02) / 2 = 70.015 → 70.02
    expect(sameSector.peerCount).toBe(4); // A1, A3, A4, B3 (A2 is rural, A5 a draft)
    expect(sameSector.pathMedians).toEqual(medians([a1.id, a3.id, a4.id, b3.id]));

    // A group nobody has reported in: no medians.
    const lone = await createUnitFixture(t.dataSource, {
      parent: tree.district,
      kind: OrgUnitKind.BRANCH,
      code: 'PM-LONE',
      sector: Sector.SOE,
    });
    const none = await t.gql<{ peerStanding: { sameSector: Group } }>(
      PEER_STANDING,
      { branchId: lone.id, period: '2026Q4' },
      admin,
    );
    expect(none.data!.peerStanding.sameSector).toMatchObject({ peerCount: 0, median: null, pathMedians: [] });
  });

  it('adds no statement: the medians come from the standing statement', async () => {
    const tree = await seedOrgTree(t.dataSource, 'PQ-');
    const admin = t.signToken(
      (await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id })).user,
    );
    const periodId = await seedPeriod(t.dataSource, tree.district.id, '2026Q4', frameworkId);
    await seedScores(
      t.dataSource,
      { districtId: tree.district.id, periodId, frameworkId },
      tree.branches.map((u, i) => ({ branchId: u.id, spec: { total: 60 + i } })),
    );
    const counter = countQueries(t.dataSource);
    try {
      const r = await t.gql(PEER_STANDING, { branchId: tree.branches[0].id, period: '2026Q4' }, admin);
      expect(r.errors).toBeUndefined();
      // 2 for the caller (user, scope unit), then the context and the standing.
      expect(counter.statements.length).toBeLessThanOrEqual(4);
    } finally {
      counter.stop();
    }
  });
});
