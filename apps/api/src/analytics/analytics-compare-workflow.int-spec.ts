import { readFileSync } from 'node:fs';
import path from 'node:path';
import { aggregate } from '@pathboard/scoring';
import { createUserFixture } from '../../test/fixtures';
import { Role } from '../auth/role.enum';
import { findRepoRoot } from '../config/app-config';
import { useAnalyticsSuite } from './analytics.int-fixtures';
import { PATH_CODES } from './testing/analytics-fixtures';
import { COMPARE, SCOREBOARD, type Scoreboard } from './testing/analytics-ops';
import { asAggregate, storedBranchFigures } from './testing/reference';

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

// compare and the scoreboard on assessments scored by the real workflow, not inserted.
describe('trend, compare, peerStanding, completion (GraphQL over HTTP)', () => {
  const suite = useAnalyticsSuite();

  it('through the real workflow: compare shows the stored official path and indicator points, the scoreboard the stored totals', async () => {
    const { t, frameworkId, ok, district } = suite;
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
        unit === b1
          ? [
              {
                indicatorCode: 'ORG_MEETINGS',
                value: { numerator: 6, denominator: 12 },
                reason: '签到表只有 6 次',
              },
            ]
          : [];
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

    // A draft's running total is the branch's own: compared, it reads as not assessed, as in the
    // committee figures (the overview counts it as a draft, not as assessed).
    const a2 = tree.branches[1];
    const tokenA2 = t.signToken(
      (await createUserFixture(t.dataSource, { role: Role.BRANCH, scopeUnitId: a2.id })).user,
    );
    const draft = (await ok<{ assessment: ScoredAssessment }>(GET, { b: a2.id, p: '2026Q4' }, tokenA2))
      .assessment;
    const saved = (
      await ok<{ saveIndicatorValues: ScoredAssessment }>(
        SAVE,
        { id: draft.id, v: draft.version, values },
        tokenA2,
      )
    ).saveIndicatorValues;
    expect(saved.officialScore?.total).toEqual(expect.any(Number));
    const withDraft = (
      await ok<{ compare: Comparison[] }>(COMPARE, { ids: [a1.id, a2.id], period: '2026Q4' }, admin)
    ).compare;
    expect(withDraft[1]).toMatchObject({ branchId: a2.id, status: 'DRAFT', total: null, gradeCode: null });

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
