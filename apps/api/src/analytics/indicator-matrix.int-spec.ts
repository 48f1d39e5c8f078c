import { defaultFramework } from '@pathboard/frameworks';
import { scoreDual, type IndicatorValuePair, type Sector } from '@pathboard/scoring';
import { seedOrgTree, signInPeople, type OrgTreeFixture } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { Role } from '../auth/role.enum';
import { countQueries } from './testing/query-counter';
import {
  asInputs,
  COMMUNITY_VALUES,
  GET_ASSESSMENT,
  IMPORT_FRAMEWORK,
  OPEN_PERIOD,
  REVIEW,
  SAVE,
  SUBMIT,
} from '../assessments/testing/assessment-ops';

const INDICATOR_MATRIX = `query ($unitId: ID!, $period: String!, $pathCode: String!) {
  indicatorMatrix(unitId: $unitId, period: $period, pathCode: $pathCode) {
    unit { id code } period path { code name { zh en } weight }
    indicators { code name { zh en } rule maxPoints }
    branches { id code name status total points maxPoints } } }`;

interface Matrix {
  path: { code: string };
  indicators: { code: string; rule: string; maxPoints: number }[];
  branches: {
    id: string;
    code: string;
    status: string;
    total: number;
    points: (number | null)[];
    maxPoints: (number | null)[];
  }[];
}
type Who = 'admin' | 'reviewerA' | 'reviewerB' | 'viewer' | 'branchA1' | 'branchA2' | 'branchB1' | 'branchB2';

const PERIOD = '2026Q4';
const RURAL_VALUES = {
  ...COMMUNITY_VALUES,
  ORG_RURAL_REVITALIZATION: 1,
  ORG_THEME_DAYS: 1,
  INT_FOUR_WINDS_VIOLATIONS: 2,
};
const ADJUSTED_MEETINGS = { numerator: 9, denominator: 12 };

describe('indicatorMatrix (one path × reported branches)', () => {
  let t: TestApp;
  let tree: OrgTreeFixture;
  const tokens = {} as Record<Who, string>;

  async function ok<T>(query: string, variables: Record<string, unknown>, who: Who): Promise<T> {
    const r = await t.gql<T>(query, variables, tokens[who]);
    expect(r.errors).toBeUndefined();
    return r.data!;
  }

  /** Save `values` as the branch user, optionally submit: the real workflow, as the UI drives it. */
  async function fill(who: Who, branchId: string, values: Record<string, unknown>, submit: boolean) {
    let a = (
      await ok<{ assessment: { id: string; version: number } }>(
        GET_ASSESSMENT,
        { branchId, period: PERIOD },
        who,
      )
    ).assessment;
    a = (
      await ok<{ saveIndicatorValues: typeof a }>(
        SAVE,
        { id: a.id, v: a.version, values: asInputs(values) },
        who,
      )
    ).saveIndicatorValues;
    if (submit)
      a = (await ok<{ submitAssessment: typeof a }>(SUBMIT, { id: a.id, v: a.version }, who))
        .submitAssessment;
    return a;
  }

  beforeAll(async () => {
    t = await createTestApp();
    tree = await seedOrgTree(t.dataSource);
    const [A, B] = tree.streets;
    const [A1, A2, B1, B2] = tree.branches;
    Object.assign(
      tokens,
      await signInPeople(t, {
        admin: { role: Role.ADMIN, scopeUnitId: tree.district.id },
        reviewerA: { role: Role.REVIEWER, scopeUnitId: A.id },
        reviewerB: { role: Role.REVIEWER, scopeUnitId: B.id },
        viewer: { role: Role.VIEWER, scopeUnitId: tree.district.id },
        branchA1: { role: Role.BRANCH, scopeUnitId: A1.id },
        branchA2: { role: Role.BRANCH, scopeUnitId: A2.id },
        branchB1: { role: Role.BRANCH, scopeUnitId: B1.id },
        branchB2: { role: Role.BRANCH, scopeUnitId: B2.id },
      }),
    );

    const frameworkId = (
      await ok<{ importFramework: { id: string } }>(IMPORT_FRAMEWORK, { d: defaultFramework }, 'admin')
    ).importFramework.id;
    await ok(OPEN_PERIOD, { code: PERIOD, frameworkId, deadline: '2099-01-10T16:00:00.000Z' }, 'admin');
    // A1 SUBMITTED; A2 APPROVED with one reviewed value; B1 a DRAFT; B2 RETURNED: only A1 and A2 are reported.
    await fill('branchA1', A1.id, COMMUNITY_VALUES, true);
    const a2 = await fill('branchA2', A2.id, RURAL_VALUES, true);
    await ok(
      REVIEW,
      {
        id: a2.id,
        v: a2.version,
        d: 'APPROVE',
        rv: [{ indicatorCode: 'ORG_MEETINGS', value: ADJUSTED_MEETINGS, reason: '会议记录不全' }],
      },
      'reviewerA',
    );
    await fill('branchB1', B1.id, COMMUNITY_VALUES, false);
    const b2 = await fill('branchB2', B2.id, COMMUNITY_VALUES, true);
    await ok(REVIEW, { id: b2.id, v: b2.version, d: 'RETURN', c: '请补充材料' }, 'reviewerB');
  });
  afterAll(() => t?.close());

  /** libs/scoring on the same values: the official side's indicator points of one path. */
  function expected(
    sector: Sector,
    values: Record<string, unknown>,
    reviewed: Record<string, unknown>,
    pathCode: string,
  ) {
    const pairs: Record<string, IndicatorValuePair> = {};
    for (const [code, value] of Object.entries(values))
      pairs[code] = { self: value as never, reviewed: (reviewed[code] ?? undefined) as never };
    const official = scoreDual(defaultFramework, pairs, { sector }).official;
    const path = official.paths.find((p) => p.code === pathCode)!;
    return {
      total: official.total,
      points: path.indicators.map((i) => (i.applicable ? i.points : null)),
      maxPoints: path.indicators.map((i) => (i.applicable ? i.maxPoints : null)),
    };
  }

  it.each(defaultFramework.paths.map((p) => [p.code]))(
    'gives the official points of path %s as libs/scoring computes them, reported branches only',
    async (pathCode) => {
      const { indicatorMatrix: m } = await ok<{ indicatorMatrix: Matrix }>(
        INDICATOR_MATRIX,
        { unitId: tree.district.id, period: PERIOD, pathCode },
        'viewer',
      );
      const path = defaultFramework.paths.find((p) => p.code === pathCode)!;
      expect(m.path.code).toBe(pathCode);
      expect(m.indicators.map((i) => i.code)).toEqual(path.indicators.map((i) => i.code));
      expect(m.branches.map((b) => [b.code, b.status])).toEqual([
        ['B-A1', 'SUBMITTED'],
        ['B-A2', 'APPROVED'],
      ]);
      const [a1, a2] = m.branches;
      expect(a1).toMatchObject(expected('COMMUNITY', COMMUNITY_VALUES, {}, pathCode));
      expect(a2).toMatchObject(
        expected('RURAL', RURAL_VALUES, { ORG_MEETINGS: ADJUSTED_MEETINGS }, pathCode),
      );
    },
  );

  it('gives each column its reach: base M, bonus cap within the path cap, deduction cap, 0 for a veto', async () => {
    const reach = async (pathCode: string) =>
      (
        await ok<{ indicatorMatrix: Matrix }>(
          INDICATOR_MATRIX,
          { unitId: tree.district.id, period: PERIOD, pathCode },
          'admin',
        )
      ).indicatorMatrix.indicators;
    const org = await reach('ORGANIZATION');
    expect(org.find((i) => i.code === 'ORG_MEETINGS')).toMatchObject({ rule: 'ratio', maxPoints: 25 });
    const bonus = defaultFramework.paths[0].indicators.find((i) => i.code === 'ORG_INNOVATION_BONUS')!
      .rule as { cap: number };
    expect(org.find((i) => i.code === 'ORG_INNOVATION_BONUS')).toMatchObject({
      rule: 'bonus',
      maxPoints: Math.min(bonus.cap, 5),
    });
    const integrity = await reach('INTEGRITY');
    expect(integrity.find((i) => i.rule === 'veto')).toMatchObject({ maxPoints: 0 });
    expect(integrity.find((i) => i.rule === 'deduction')!.maxPoints).toBeGreaterThan(0);
    // The A1 row: ORG_RURAL_REVITALIZATION does not apply to a community branch.
    const { indicatorMatrix: m } = await ok<{ indicatorMatrix: Matrix }>(
      INDICATOR_MATRIX,
      { unitId: tree.streets[0].id, period: PERIOD, pathCode: 'ORGANIZATION' },
      'reviewerA',
    );
    const rural = m.indicators.findIndex((i) => i.code === 'ORG_RURAL_REVITALIZATION');
    expect(m.branches[0].points[rural]).toBeNull();
    expect(m.branches[1].points[rural]).not.toBeNull();
  });

  it.each([
    ['admin', 'district', 'OK'],
    ['viewer', 'district', 'OK'],
    ['reviewerA', 'A', 'OK'],
    ['reviewerA', 'A1', 'OK'],
    ['reviewerA', 'district', 'NOT_FOUND'],
    ['reviewerA', 'B', 'NOT_FOUND'],
    ['reviewerB', 'A1', 'NOT_FOUND'],
    ['branchA1', 'A1', 'FORBIDDEN'],
    ['branchA1', 'district', 'FORBIDDEN'],
  ] as const)('%s on %s: %s', async (who, unit, outcome) => {
    const ids = {
      district: tree.district.id,
      A: tree.streets[0].id,
      B: tree.streets[1].id,
      A1: tree.branches[0].id,
    };
    const r = await t.gql<{ indicatorMatrix: Matrix }>(
      INDICATOR_MATRIX,
      { unitId: ids[unit], period: PERIOD, pathCode: 'SUPERVISION' },
      tokens[who],
    );
    if (outcome === 'OK') {
      expect(r.errors).toBeUndefined();
      expect(r.data!.indicatorMatrix.indicators.length).toBeGreaterThan(0);
    } else {
      // FORBIDDEN: a role refusal; NOT_FOUND: a unit out of scope, answered as a missing one.
      expect(r.errors?.[0].extensions?.code).toBe(outcome);
      expect(r.data?.indicatorMatrix ?? null).toBeNull();
    }
  });

  it('reads the matrix in one statement after the context lookup', async () => {
    const counter = countQueries(t.dataSource);
    try {
      await ok(
        INDICATOR_MATRIX,
        { unitId: tree.district.id, period: PERIOD, pathCode: 'ORGANIZATION' },
        'admin',
      );
      const matrix = counter.statements.filter((sql) => sql.includes('jsonb_path_query'));
      expect(matrix).toHaveLength(1);
      // The caller (user, scope unit), the unit/period context, the matrix: nothing per branch.
      expect(counter.statements.length).toBeLessThanOrEqual(4);
    } finally {
      counter.stop();
    }
  });

  it('lists a reviewer only its own street, and refuses an unknown path in words', async () => {
    const { indicatorMatrix: m } = await ok<{ indicatorMatrix: Matrix }>(
      INDICATOR_MATRIX,
      { unitId: tree.streets[0].id, period: PERIOD, pathCode: 'TRAINING' },
      'reviewerA',
    );
    expect(m.branches.map((b) => b.code)).toEqual(['B-A1', 'B-A2']);
    const r = await t.gql(
      INDICATOR_MATRIX,
      { unitId: tree.district.id, period: PERIOD, pathCode: 'NO_SUCH_PATH' },
      tokens.admin,
    );
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
