import { readFileSync } from 'node:fs';
import path from 'node:path';
import { aggregate, compareWithPrevious, rankByTotal } from '@pathboard/scoring';
import { createUnitFixture, createUserFixture, seedOrgTree } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { Role } from '../auth/role.enum';
import { findRepoRoot } from '../config/app-config';
import { OrgUnitKind, Sector } from '../org-units/org-unit.enums';
import {
  PATH_CODES,
  seedDefaultFramework,
  seedPeriod,
  seedScores,
  type ScoreSpec,
} from './testing/analytics-fixtures';
import {
  COMPLETION,
  PEER_STANDING,
  SCOREBOARD,
  TREND,
  type Figures,
  type Scoreboard,
} from './testing/analytics-ops';
import { asAggregate, storedBranchFigures } from './testing/reference';

/**
 * "Assessed" in committee figures means reported: SUBMITTED or APPROVED. A DRAFT (every save writes a
 * provisional OFFICIAL score) and a RETURNED assessment (being corrected) have scores in the
 * database, but no committee figure may count them, in the period or as the previous quarter.
 */
describe('assessed = reported (SUBMITTED or APPROVED) in every committee figure', () => {
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

  /**
   * Street A: A1 APPROVED 90, A2 SUBMITTED 80, A3 RETURNED 30, A4 DRAFT 20; street B: B1 APPROVED 70,
   * B2 DRAFT 10. The quarter before: A1 APPROVED 60, A2 DRAFT 99, A3 APPROVED 50, B1 RETURNED 95,
   * B2 SUBMITTED 40. Every one of them has a stored OFFICIAL score.
   */
  async function seedMixed(prefix: string) {
    const tree = await seedOrgTree(t.dataSource, prefix);
    const admin = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id });
    const [a] = tree.streets;
    const [a1, a2, b1, b2] = tree.branches;
    const a3 = await createUnitFixture(t.dataSource, {
      parent: a,
      kind: OrgUnitKind.BRANCH,
      code: `${prefix}A3`,
      sector: Sector.COMMUNITY,
    });
    const a4 = await createUnitFixture(t.dataSource, {
      parent: a,
      kind: OrgUnitKind.BRANCH,
      code: `${prefix}A4`,
      sector: Sector.COMMUNITY,
    });
    const q3 = await seedPeriod(t.dataSource, tree.district.id, '2026Q3', frameworkId);
    const q4 = await seedPeriod(t.dataSource, tree.district.id, '2026Q4', frameworkId);
    const ctx = (periodId: string) => ({ districtId: tree.district.id, periodId, frameworkId });
    const spec = (total: number, status: ScoreSpec['status']): ScoreSpec => ({
      total,
      status,
      paths: { ORGANIZATION: total - 5, TRAINING: total + 2 },
    });
    await seedScores(t.dataSource, ctx(q3), [
      { branchId: a1.id, spec: spec(60, 'APPROVED') },
      { branchId: a2.id, spec: spec(99, 'DRAFT') },
      { branchId: a3.id, spec: spec(50, 'APPROVED') },
      { branchId: b1.id, spec: spec(95, 'RETURNED') },
      { branchId: b2.id, spec: spec(40, 'SUBMITTED') },
    ]);
    await seedScores(t.dataSource, ctx(q4), [
      { branchId: a1.id, spec: spec(90, 'APPROVED') },
      { branchId: a2.id, spec: spec(80, 'SUBMITTED') },
      { branchId: a3.id, spec: spec(30, 'RETURNED') },
      { branchId: a4.id, spec: spec(20, 'DRAFT') },
      { branchId: b1.id, spec: spec(70, 'APPROVED') },
      { branchId: b2.id, spec: spec(10, 'DRAFT') },
    ]);
    return { tree, token: t.signToken(admin.user), q3, q4, branches: { a1, a2, a3, a4, b1, b2 } };
  }

  it('scoreboard: unit and child figures, branch ranks and the previous quarter count only SUBMITTED and APPROVED', async () => {
    const { tree, token, q3, q4, branches: u } = await seedMixed('AS-');
    const { scoreboard: board } = await ok<{ scoreboard: Scoreboard }>(
      SCOREBOARD,
      { unitId: tree.district.id, period: '2026Q4' },
      token,
    );

    const now = await storedBranchFigures(t.dataSource, tree.district.id, q4);
    const before = await storedBranchFigures(t.dataSource, tree.district.id, q3);
    expect(asAggregate(board.figures)).toEqual(aggregate(now, PATH_CODES));
    expect(board.figures).toMatchObject({
      assessed: 3,
      expected: 6,
      completion: 0.5,
      mean: 80,
      median: 80,
      min: 70,
      max: 90,
      previousMean: 50,
      meanChange: 30,
    });
    expect(board.figures.pathMeans).toEqual([
      { code: 'ORGANIZATION', mean: 75 },
      { code: 'SUPERVISION', mean: 80 },
      { code: 'INTEGRITY', mean: 80 },
      { code: 'TRAINING', mean: 82 },
    ]);
    // Submission counts still see every status.
    expect(board.figures.submission).toMatchObject({ draft: 2, submitted: 1, returned: 1, approved: 2 });

    const child = (code: string): Figures => board.children.find((c) => c.unit.code === code)!.figures;
    expect(child('AS-S-A')).toMatchObject({
      assessed: 2,
      expected: 4,
      completion: 0.5,
      mean: 85,
      previousMean: 55,
    });
    expect(child('AS-S-B')).toMatchObject({
      assessed: 1,
      expected: 2,
      completion: 0.5,
      mean: 70,
      previousMean: 40,
    });
    for (const c of board.children) {
      expect(asAggregate(c.figures)).toEqual(
        aggregate(await storedBranchFigures(t.dataSource, c.unit.id, q4), PATH_CODES),
      );
    }

    // Drafts and returned assessments are listed with their status, without figures or rank.
    const row = (id: string) => board.branches.find((x) => x.id === id)!;
    for (const [unit, status] of [
      [u.a3, 'RETURNED'],
      [u.a4, 'DRAFT'],
      [u.b2, 'DRAFT'],
    ] as const) {
      expect(row(unit.id)).toMatchObject({
        status,
        total: null,
        gradeCode: null,
        veto: null,
        pathPercents: null,
        rank: null,
        percentile: null,
        totalChange: null,
        rankChange: null,
      });
    }
    const ranked = new Map(
      rankByTotal(now.filter((b) => b.total !== null).map((b) => ({ id: b.id, total: b.total! }))).map(
        (r) => [r.id, r],
      ),
    );
    const changes = new Map(compareWithPrevious(now, before).map((c) => [c.id, c]));
    for (const x of board.branches) {
      expect([x.rank, x.percentile]).toEqual(
        ranked.has(x.id) ? [ranked.get(x.id)!.rank, ranked.get(x.id)!.percentile] : [null, null],
      );
      const c = changes.get(x.id)!;
      expect([x.total, x.previousTotal, x.previousRank, x.totalChange, x.rankChange]).toEqual([
        c.total,
        c.previousTotal,
        c.previousRank,
        c.totalChange,
        c.rankChange,
      ]);
    }
    expect(row(u.a1.id)).toMatchObject({
      total: 90,
      rank: 1,
      percentile: 100,
      previousTotal: 60,
      previousRank: 1,
      rankChange: 0,
    });
    // A2's previous score was a draft, B1's returned: no previous figures for them.
    expect(row(u.a2.id)).toMatchObject({ total: 80, rank: 2, previousTotal: null, previousRank: null });
    expect(row(u.b1.id)).toMatchObject({ total: 70, rank: 3, previousTotal: null, previousRank: null });
    // A3 reported last quarter (rank 2 of 3) but is being corrected now.
    expect(row(u.a3.id)).toMatchObject({ previousTotal: 50, previousRank: 2 });
  });

  it('trend and completion: a period counts its reported branches only', async () => {
    const { tree, token, q3, q4 } = await seedMixed('AT-');
    const { trend } = await ok<{
      trend: {
        period: string;
        assessed: number;
        completion: number;
        mean: number;
        median: number;
        pathMeans: { code: string; mean: number }[];
      }[];
    }>(TREND, { unitId: tree.district.id, from: '2026Q3', to: '2026Q4' }, token);
    for (const [point, periodId] of [
      [trend[0], q3],
      [trend[1], q4],
    ] as const) {
      const expected = aggregate(
        await storedBranchFigures(t.dataSource, tree.district.id, periodId),
        PATH_CODES,
      );
      expect(point).toMatchObject({
        assessed: expected.assessed,
        completion: expected.completion,
        mean: expected.mean,
        median: expected.median,
      });
      expect(Object.fromEntries(point.pathMeans.map((p) => [p.code, p.mean]))).toEqual(expected.pathMeans);
    }
    expect(trend.map((p) => [p.period, p.assessed, p.mean])).toEqual([
      ['2026Q3', 3, 50],
      ['2026Q4', 3, 80],
    ]);

    const { completion } = await ok<{
      completion: { assessed: number; expected: number; completion: number };
    }>(COMPLETION, { unitId: tree.district.id, period: '2026Q4' }, token);
    expect(completion).toMatchObject({ assessed: 3, expected: 6, completion: 0.5 });
  });

  it("peerStanding: peers that have not reported are in no group, and a branch's own draft has no rank", async () => {
    const { token, branches: u } = await seedMixed('AP-');
    type Group = { peerCount: number; rank: number | null; percentile: number | null; median: number | null };
    type Standing = { total: number | null; sameParent: Group; sameSector: Group };
    const standing = async (branchId: string) =>
      (await ok<{ peerStanding: Standing }>(PEER_STANDING, { branchId, period: '2026Q4' }, token))
        .peerStanding;
    // Street A has reported A1 (90) and A2 (80); COMMUNITY branches: only A1 (A3 returned, A4 draft).
    expect(await standing(u.a1.id)).toMatchObject({
      total: 90,
      sameParent: { peerCount: 2, rank: 1, percentile: 100, median: 85 },
      sameSector: { peerCount: 1, rank: 1, percentile: 100, median: 90 },
    });
    for (const id of [u.a3.id, u.a4.id]) {
      expect(await standing(id)).toMatchObject({
        total: null,
        sameParent: { peerCount: 2, rank: null, percentile: null, median: 85 },
        sameSector: { peerCount: 1, rank: null, percentile: null, median: 90 },
      });
    }
  });

  it('through the workflow: saved (draft) → not assessed, submitted → assessed, returned → not, resubmitted and approved → assessed', async () => {
    const tree = await seedOrgTree(t.dataSource, 'AW-');
    const admin = t.signToken(
      (await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id })).user,
    );
    const a1 = tree.branches[0];
    const branchToken = t.signToken(
      (await createUserFixture(t.dataSource, { role: Role.BRANCH, scopeUnitId: a1.id })).user,
    );
    await ok(
      `mutation ($f: ID!) { openPeriod(code: "2026Q4", frameworkId: $f, deadline: "2099-01-10T16:00:00.000Z") { id } }`,
      { f: frameworkId },
      admin,
    );
    const sample = JSON.parse(
      readFileSync(path.join(findRepoRoot(), 'libs/frameworks/data/sample-values.json'), 'utf8'),
    ) as { values: Record<string, unknown> };
    const values = Object.entries(sample.values).map(([indicatorCode, value]) => ({ indicatorCode, value }));

    type A = { id: string; version: number; status: string; officialScore: { total: number } | null };
    const FIELDS = 'id version status officialScore { total }';
    let a = (
      await ok<{ assessment: A }>(
        `query ($b: ID!) { assessment(branchId: $b, period: "2026Q4") { ${FIELDS} } }`,
        { b: a1.id },
        branchToken,
      )
    ).assessment;
    const step = async (doc: string, vars: Record<string, unknown>, token: string) => {
      a = Object.values(await ok<Record<string, A>>(doc, { id: a.id, v: a.version, ...vars }, token))[0];
    };
    const SAVE = `mutation ($id: ID!, $v: Int!, $values: [IndicatorValueInput!]!) { saveIndicatorValues(assessmentId: $id, expectedVersion: $v, values: $values) { ${FIELDS} } }`;
    const SUBMIT = `mutation ($id: ID!, $v: Int!) { submitAssessment(assessmentId: $id, expectedVersion: $v) { ${FIELDS} } }`;
    const REVIEW = `mutation ($id: ID!, $v: Int!, $d: ReviewDecision!, $c: String) { reviewAssessment(assessmentId: $id, expectedVersion: $v, decision: $d, comment: $c) { ${FIELDS} } }`;
    const seen = async () => {
      const { scoreboard } = await ok<{ scoreboard: Scoreboard }>(
        SCOREBOARD,
        { unitId: tree.district.id, period: '2026Q4' },
        admin,
      );
      const row = scoreboard.branches.find((x) => x.id === a1.id)!;
      return {
        status: row.status,
        assessed: scoreboard.figures.assessed,
        total: row.total,
        mean: scoreboard.figures.mean,
      };
    };

    await step(SAVE, { values }, branchToken);
    const provisional = a.officialScore!.total; // the draft has a stored OFFICIAL score...
    expect(await seen()).toEqual({ status: 'DRAFT', assessed: 0, total: null, mean: null }); // ...which no committee figure counts
    await step(SUBMIT, {}, branchToken);
    expect(await seen()).toEqual({ status: 'SUBMITTED', assessed: 1, total: provisional, mean: provisional });
    await step(REVIEW, { d: 'RETURN', c: '请补充佐证材料' }, admin);
    expect(await seen()).toEqual({ status: 'RETURNED', assessed: 0, total: null, mean: null });
    await step(SUBMIT, {}, branchToken);
    await step(REVIEW, { d: 'APPROVE' }, admin);
    expect(await seen()).toEqual({ status: 'APPROVED', assessed: 1, total: provisional, mean: provisional });
  });
});
