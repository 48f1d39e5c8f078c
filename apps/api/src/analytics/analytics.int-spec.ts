import { readFileSync } from 'node:fs';
import path from 'node:path';
import { aggregate, rankByTotal } from '@pathboard/scoring';
import { createUnitFixture, createUserFixture, seedOrgTree } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { Role } from '../auth/role.enum';
import { findRepoRoot } from '../config/app-config';
import { OrgUnitKind, Sector } from '../org-units/org-unit.enums';
import { PATH_CODES, seedDefaultFramework, seedPeriod, seedScores } from './testing/analytics-fixtures';
import {
  COMPARE,
  COMPLETION,
  PEER_STANDING,
  SCOREBOARD,
  TREND,
  type Scoreboard,
} from './testing/analytics-ops';
import { asAggregate, storedBranchFigures } from './testing/reference';

interface TrendPoint {
  period: string;
  assessed: number;
  expected: number;
  completion: number;
  mean: number | null;
  median: number | null;
  pathMeans: { code: string; mean: number }[];
}
interface Group {
  peerCount: number;
  rank: number | null;
  percentile: number | null;
  median: number | null;
  pathMedians?: { code: string; median: number }[];
}
interface Comparison {
  branchId: string;
  code: string;
  total: number | null;
  gradeCode: string | null;
  status: string | null;
  paths: {
    code: string;
    points: number;
    percent: number;
    indicators: { code: string; points: number; maxPoints: number; applicable: boolean }[];
  }[];
}
interface ScoredAssessment {
  id: string;
  version: number;
  status: string;
  officialScore: {
    total: number;
    gradeCode: string;
    paths: {
      code: string;
      points: number;
      percent: number;
      indicators: { code: string; points: number }[];
    }[];
  } | null;
}

const OPEN_PERIOD = `mutation ($code: String!, $frameworkId: ID!, $deadline: DateTime!) {
  openPeriod(code: $code, frameworkId: $frameworkId, deadline: $deadline) { id } }`;
const ASSESSMENT_FIELDS =
  'id version status officialScore { total gradeCode paths { code points percent indicators { code points } } }';
const GET = `query ($b: ID!, $p: String!) { assessment(branchId: $b, period: $p) { ${ASSESSMENT_FIELDS} } }`;
const SAVE = `mutation ($id: ID!, $v: Int!, $values: [IndicatorValueInput!]!) {
  saveIndicatorValues(assessmentId: $id, expectedVersion: $v, values: $values) { ${ASSESSMENT_FIELDS} } }`;
const SUBMIT = `mutation ($id: ID!, $v: Int!) { submitAssessment(assessmentId: $id, expectedVersion: $v) { ${ASSESSMENT_FIELDS} } }`;
const APPROVE = `mutation ($id: ID!, $v: Int!, $rv: [ReviewedValueInput!]) {
  reviewAssessment(assessmentId: $id, expectedVersion: $v, decision: APPROVE, reviewedValues: $rv) { ${ASSESSMENT_FIELDS} } }`;

describe('trend, compare, peerStanding, completion (GraphQL over HTTP)', () => {
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

  async function district(prefix: string) {
    const tree = await seedOrgTree(t.dataSource, prefix);
    const admin = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id });
    return { tree, admin: t.signToken(admin.user) };
  }

  it('trend gives each existing period of the range the figures aggregate() gives, and a branch its own', async () => {
    const { tree, admin } = await district('TR-');
    const [a1, a2, b1, b2] = tree.branches;
    const periods: Record<string, string> = {};
    for (const code of ['2026Q2', '2026Q3', '2026Q4'])
      periods[code] = await seedPeriod(t.dataSource, tree.district.id, code, frameworkId);
    const ctx = (code: string) => ({ districtId: tree.district.id, periodId: periods[code], frameworkId });
    await seedScores(t.dataSource, ctx('2026Q2'), [
      { branchId: a1.id, spec: { total: 61.11, paths: { ORGANIZATION: 50.05 } } },
    ]);
    await seedScores(t.dataSource, ctx('2026Q3'), [
      { branchId: a1.id, spec: { total: 70.01 } },
      { branchId: a2.id, spec: { total: 80.02 } },
      { branchId: b1.id, spec: { total: 90.04, paths: { TRAINING: 100.01 } } },
    ]);
    await seedScores(t.dataSource, ctx('2026Q4'), [
      { branchId: a1.id, spec: { total: 75 } },
      { branchId: a2.id, spec: { total: null, status: 'DRAFT' } },
      { branchId: b1.id, spec: { total: 88.88 } },
      { branchId: b2.id, spec: { total: 66.67 } },
    ]);
    const { trend } = await ok<{ trend: TrendPoint[] }>(
      TREND,
      { unitId: tree.district.id, from: '2026Q1', to: '2026Q4' },
      admin,
    );
    expect(trend.map((p) => p.period)).toEqual(['2026Q2', '2026Q3', '2026Q4']);
    for (const point of trend) {
      const expected = aggregate(
        await storedBranchFigures(t.dataSource, tree.district.id, periods[point.period]),
        PATH_CODES,
      );
      expect(point).toMatchObject({
        assessed: expected.assessed,
        expected: expected.expected,
        completion: expected.completion,
        mean: expected.mean,
        median: expected.median,
      });
      expect(Object.fromEntries(point.pathMeans.map((p) => [p.code, p.mean]))).toEqual(expected.pathMeans);
      expect(point.pathMeans.map((p) => p.code)).toEqual([...PATH_CODES]);
    }
    const street = await ok<{ trend: TrendPoint[] }>(
      TREND,
      { unitId: tree.streets[0].id, from: '2026Q3', to: '2026Q4' },
      admin,
    );
    expect(street.trend.map((p) => [p.period, p.mean, p.completion])).toEqual([
      ['2026Q3', 75.02, 1],
      ['2026Q4', 75, 0.5],
    ]); // 75.015 → half up

    const branchUser = await createUserFixture(t.dataSource, { role: Role.BRANCH, scopeUnitId: a1.id });
    const own = await ok<{ trend: TrendPoint[] }>(
      TREND,
      { unitId: a1.id, from: '2026Q2', to: '2026Q4' },
      t.signToken(branchUser.user),
    );
    expect(own.trend.map((p) => p.mean)).toEqual([61.11, 70.01, 75]);

    const reversed = await t.gql(TREND, { unitId: tree.district.id, from: '2026Q4', to: '2026Q1' }, admin);
    expect(reversed.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'fromPeriod' },
    });
  });

  it('peerStanding ranks a branch among same-parent and same-sector peers, with counts and medians only', async () => {
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

  it('completion counts match the scoreboard figures', async () => {
    const { tree, admin } = await district('CO-');
    const [a1, a2, b1] = tree.branches;
    const periodId = await seedPeriod(t.dataSource, tree.district.id, '2026Q4', frameworkId);
    await seedScores(t.dataSource, { districtId: tree.district.id, periodId, frameworkId }, [
      { branchId: a1.id, spec: { total: 91, status: 'APPROVED' } },
      { branchId: a2.id, spec: { total: 72, status: 'SUBMITTED', onTime: false } },
      { branchId: b1.id, spec: { total: null, status: 'DRAFT' } },
    ]);
    const { completion } = await ok<{
      completion: {
        unitId: string;
        expected: number;
        assessed: number;
        completion: number;
        submission: object;
      };
    }>(COMPLETION, { unitId: tree.district.id, period: '2026Q4' }, admin);
    const { scoreboard } = await ok<{ scoreboard: Scoreboard }>(
      SCOREBOARD,
      { unitId: tree.district.id, period: '2026Q4' },
      admin,
    );
    expect(completion).toEqual({
      unitId: tree.district.id,
      period: '2026Q4',
      expected: scoreboard.figures.expected,
      assessed: scoreboard.figures.assessed,
      completion: scoreboard.figures.completion,
      submission: scoreboard.figures.submission,
    });
    expect(completion).toMatchObject({
      expected: 4,
      assessed: 2,
      completion: 0.5,
      submission: { notOpened: 1, draft: 1, submitted: 1, approved: 1, onTime: 1, late: 1, onTimeRate: 0.25 },
    });
  });

  it('through the real workflow: compare shows the stored official path and indicator points, the scoreboard the stored totals', async () => {
    const { tree, admin } = await district('WF-');
    const [a1, , b1] = tree.branches;
    const users = await Promise.all([
      createUserFixture(t.dataSource, { role: Role.BRANCH, scopeUnitId: a1.id }),
      createUserFixture(t.dataSource, { role: Role.BRANCH, scopeUnitId: b1.id }),
    ]);
    const [tokenA1, tokenB1] = users.map((u) => t.signToken(u.user));
    await ok(OPEN_PERIOD, { code: '2026Q4', frameworkId, deadline: '2099-01-10T16:00:00.000Z' }, admin);
    // The sample community branch of libs/frameworks (valid for every sector but RURAL).
    const sample = JSON.parse(
      readFileSync(path.join(findRepoRoot(), 'libs/frameworks/data/sample-values.json'), 'utf8'),
    ) as { values: Record<string, unknown> };
    const values = Object.entries(sample.values).map(([indicatorCode, value]) => ({ indicatorCode, value }));
    for (const [unit, token] of [
      [a1, tokenA1],
      [b1, tokenB1],
    ] as const) {
      let { assessment } = await ok<{ assessment: ScoredAssessment }>(
        GET,
        { b: unit.id, p: '2026Q4' },
        token,
      );
      assessment = (
        await ok<{ saveIndicatorValues: ScoredAssessment }>(
          SAVE,
          { id: assessment.id, v: assessment.version, values },
          token,
        )
      ).saveIndicatorValues;
      assessment = (
        await ok<{ submitAssessment: ScoredAssessment }>(
          SUBMIT,
          { id: assessment.id, v: assessment.version },
          token,
        )
      ).submitAssessment;
      // The reviewer lowers one of B1's values: its official score differs from its self score.
      const rv =
        unit === b1 ? [{ indicatorCode: 'ORG_MEETINGS', value: { numerator: 6, denominator: 12 } }] : [];
      await ok(APPROVE, { id: assessment.id, v: assessment.version, rv }, admin);
    }
    const stored = await Promise.all(
      [a1, b1].map(
        async (u) =>
          (await ok<{ assessment: ScoredAssessment }>(GET, { b: u.id, p: '2026Q4' }, admin)).assessment,
      ),
    );
    expect(stored[0].officialScore!.total).not.toBe(stored[1].officialScore!.total);

    const { compare } = await ok<{ compare: Comparison[] }>(
      COMPARE,
      { ids: [b1.id, a1.id], period: '2026Q4' },
      admin,
    );
    expect(compare.map((c) => c.branchId)).toEqual([b1.id, a1.id]);
    for (const [i, c] of compare.entries()) {
      const official = stored[1 - i].officialScore!;
      expect(c).toMatchObject({ total: official.total, gradeCode: official.gradeCode, status: 'APPROVED' });
      expect(
        c.paths.map((p) => ({
          code: p.code,
          points: p.points,
          percent: p.percent,
          indicators: p.indicators.map((x) => ({ code: x.code, points: x.points })),
        })),
      ).toEqual(
        official.paths.map((p) => ({
          code: p.code,
          points: p.points,
          percent: p.percent,
          indicators: p.indicators.map((x) => ({ code: x.code, points: x.points })),
        })),
      );
    }
    const { scoreboard } = await ok<{ scoreboard: Scoreboard }>(
      SCOREBOARD,
      { unitId: tree.district.id, period: '2026Q4' },
      admin,
    );
    expect(
      scoreboard.branches
        .filter((x) => x.total !== null)
        .map((x) => [x.id, x.total])
        .sort(),
    ).toEqual(
      [
        [a1.id, stored[0].officialScore!.total],
        [b1.id, stored[1].officialScore!.total],
      ].sort(),
    );
    const figures = await storedBranchFigures(
      t.dataSource,
      tree.district.id,
      (await t.dataSource.query(`SELECT id FROM period WHERE district_id = $1`, [tree.district.id]))[0].id,
    );
    expect(asAggregate(scoreboard.figures)).toEqual(aggregate(figures, PATH_CODES));
    expect(scoreboard.figures.submission).toMatchObject({ approved: 2, draft: 2, reported: 2 });

    // compare refuses what is not a pair of branches.
    const one = await t.gql(COMPARE, { ids: [a1.id], period: '2026Q4' }, admin);
    expect(one.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'branchIds' } });
    const street = await t.gql(COMPARE, { ids: [a1.id, tree.streets[0].id], period: '2026Q4' }, admin);
    expect(street.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'branchIds' } });
    const unknown = await t.gql(
      COMPARE,
      { ids: [a1.id, '00000000-0000-4000-8000-000000000000'], period: '2026Q4' },
      admin,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
