import { rankByTotal } from '@pathboard/scoring';
import { createUnitFixture, createUserFixture } from '../../test/fixtures';
import { Role } from '../auth/role.enum';
import { OrgUnitKind, Sector } from '../org-units/org-unit.enums';
import { useAnalyticsSuite } from './analytics.int-fixtures';
import { seedPeriod, seedScores } from './testing/analytics-fixtures';
import { PEER_STANDING } from './testing/analytics-ops';

interface Group {
  peerCount: number;
  rank: number | null;
  percentile: number | null;
  median: number | null;
  pathMedians?: { code: string; median: number }[];
}

// peerStanding: a branch among its peers, without anything about them but counts and medians.
describe('trend, compare, peerStanding, completion (GraphQL over HTTP)', () => {
  const suite = useAnalyticsSuite();

  it('peerStanding ranks a branch among same-parent and same-sector peers, with counts and medians only', async () => {
    const { t, frameworkId, ok, district } = suite;
    const { tree, admin } = await district('PS-');
    const [a, b] = tree.streets;
    const [a1, a2, b1, b2] = tree.branches; // A1 COMMUNITY, A2 RURAL, B1 ORGAN, B2 NEW_ORG
    const a3 = await createUnitFixture(t.dataSource, {
      parent: a,
      kind: OrgUnitKind.BRANCH,
      code: 'PS-A3',
      sector: Sector.COMMUNITY,
    });
    const a4 = await createUnitFixture(t.dataSource, {
      parent: a,
      kind: OrgUnitKind.BRANCH,
      code: 'PS-A4',
      sector: Sector.COMMUNITY,
    });
    const b3 = await createUnitFixture(t.dataSource, {
      parent: b,
      kind: OrgUnitKind.BRANCH,
      code: 'PS-B3',
      sector: Sector.COMMUNITY,
    });
    const periodId = await seedPeriod(t.dataSource, tree.district.id, '2026Q4', frameworkId);
    const totals = new Map([
      [a1.id, 80],
      [a2.id, 90],
      [a3.id, 80],
      [a4.id, 70],
      [b1.id, 60],
      [b2.id, 95],
      [b3.id, 85.01],
    ]);
    await seedScores(
      t.dataSource,
      { districtId: tree.district.id, periodId, frameworkId },
      [...totals].map(([branchId, total]) => ({ branchId, spec: { total } })),
    );

    const branchUser = await createUserFixture(t.dataSource, { role: Role.BRANCH, scopeUnitId: a1.id });
    const r = await t.gql<{
      peerStanding: { total: number; sector: string; sameParent: Group; sameSector: Group };
    }>(PEER_STANDING, { branchId: a1.id, period: '2026Q4' }, t.signToken(branchUser.user));
    expect(r.errors).toBeUndefined();
    const standing = r.data!.peerStanding;
    const expectedIn = (ids: string[]) =>
      rankByTotal(ids.map((id) => ({ id, total: totals.get(id)! }))).find((e) => e.id === a1.id)!;
    const parent = expectedIn([a1.id, a2.id, a3.id, a4.id]);
    const sector = expectedIn([a1.id, a3.id, a4.id, b3.id]);
    expect(standing).toMatchObject({ total: 80, sector: 'COMMUNITY' });
    // Every path percent equals the total here: each path's median is the total's (peer-medians.int-spec tests them apart).
    const pathMedians = ['ORGANIZATION', 'SUPERVISION', 'INTEGRITY', 'TRAINING'].map((code) => ({
      code,
      median: 80,
    }));
    expect(standing.sameParent).toEqual({
      peerCount: 4,
      rank: parent.rank,
      percentile: parent.percentile,
      median: 80,
      pathMedians,
    });
    expect(standing.sameSector).toEqual({
      peerCount: 4,
      rank: sector.rank,
      percentile: sector.percentile,
      median: 80,
      pathMedians,
    });
    expect([parent.rank, parent.percentile, sector.rank, sector.percentile]).toEqual([2, 33.33, 2, 33.33]);
    // Nothing about any peer by name, code, id or score: every leaf value of the answer is listed here.
    const leaves = (value: unknown): unknown[] =>
      value !== null && typeof value === 'object' ? Object.values(value).flatMap(leaves) : [value];
    const medianLeaves = pathMedians.flatMap((p) => [p.code, p.median]);
    expect(leaves(r.data).sort()).toEqual(
      [
        a1.id,
        '2026Q4',
        80,
        'COMMUNITY',
        4,
        2,
        33.33,
        80,
        ...medianLeaves,
        4,
        2,
        33.33,
        80,
        ...medianLeaves,
      ].sort(),
    );

    // A lone peer is 100; an unassessed branch has no rank but still sees the group.
    const { peerStanding: lone } = await ok<{ peerStanding: { sameSector: Group; sameParent: Group } }>(
      PEER_STANDING,
      { branchId: b2.id, period: '2026Q4' },
      admin,
    );
    expect(lone.sameSector).toMatchObject({ peerCount: 1, rank: 1, percentile: 100, median: 95 });
    const late = await createUnitFixture(t.dataSource, {
      parent: a,
      kind: OrgUnitKind.BRANCH,
      code: 'PS-A5',
      sector: Sector.COMMUNITY,
    });
    const { peerStanding: none } = await ok<{ peerStanding: { total: number | null; sameParent: Group } }>(
      PEER_STANDING,
      { branchId: late.id, period: '2026Q4' },
      admin,
    );
    expect(none).toMatchObject({
      total: null,
      sameParent: { peerCount: 4, rank: null, percentile: null, median: 80 },
    });
    const street = await t.gql(PEER_STANDING, { branchId: a.id, period: '2026Q4' }, admin);
    expect(street.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'branchId' } });
  });
});
