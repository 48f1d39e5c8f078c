import { seedOrgTree, signInPeople, type OrgTreeFixture } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { Role } from '../auth/role.enum';
import { seedDefaultFramework, seedPeriod, seedScores } from './testing/analytics-fixtures';
import { COMPARE, COMPLETION, PEER_STANDING, SCOREBOARD, TREND } from './testing/analytics-ops';

type Who = 'admin' | 'reviewerA' | 'viewer' | 'branchA1' | 'otherAdmin';
/** FORBIDDEN: a role refusal; NOT_FOUND: a unit out of scope, answered as a missing one. */
type Outcome = 'OK' | 'FORBIDDEN' | 'NOT_FOUND';

describe('analytics access matrix (role × query × in/out of scope)', () => {
  let t: TestApp;
  let tree: OrgTreeFixture;
  let other: OrgTreeFixture;
  const tokens = {} as Record<Who, string>;

  beforeAll(async () => {
    t = await createTestApp();
    const frameworkId = await seedDefaultFramework(t.dataSource);
    tree = await seedOrgTree(t.dataSource, 'AC-');
    other = await seedOrgTree(t.dataSource, 'OT-');
    for (const fixture of [tree, other]) {
      const periodId = await seedPeriod(t.dataSource, fixture.district.id, '2026Q4', frameworkId);
      await seedScores(
        t.dataSource,
        { districtId: fixture.district.id, periodId, frameworkId },
        fixture.branches.map((b, i) => ({ branchId: b.id, spec: { total: 70 + i } })),
      );
    }
    Object.assign(
      tokens,
      await signInPeople(t, {
        admin: { role: Role.ADMIN, scopeUnitId: tree.district.id },
        reviewerA: { role: Role.REVIEWER, scopeUnitId: tree.streets[0].id },
        viewer: { role: Role.VIEWER, scopeUnitId: tree.district.id },
        branchA1: { role: Role.BRANCH, scopeUnitId: tree.branches[0].id },
        otherAdmin: { role: Role.ADMIN, scopeUnitId: other.district.id },
      }),
    );
  });
  afterAll(() => t?.close());

  const units = () => ({
    D: tree.district.id,
    A: tree.streets[0].id,
    B: tree.streets[1].id,
    A1: tree.branches[0].id,
    A2: tree.branches[1].id,
    B1: tree.branches[2].id,
    X: other.district.id,
    X1: other.branches[0].id,
  });
  type Unit = keyof ReturnType<typeof units>;

  const ask: Record<string, (u: Unit[]) => [string, Record<string, unknown>]> = {
    scoreboard: ([u]) => [SCOREBOARD, { unitId: units()[u], period: '2026Q4' }],
    trend: ([u]) => [TREND, { unitId: units()[u], from: '2026Q1', to: '2026Q4' }],
    compare: (us) => [COMPARE, { ids: us.map((u) => units()[u]), period: '2026Q4' }],
    peerStanding: ([u]) => [PEER_STANDING, { branchId: units()[u], period: '2026Q4' }],
    completion: ([u]) => [COMPLETION, { unitId: units()[u], period: '2026Q4' }],
  };

  const matrix: [Who, string, Unit[], Outcome][] = [
    // ADMIN: its district, nothing of another district.
    ['admin', 'scoreboard', ['D'], 'OK'],
    ['admin', 'scoreboard', ['B1'], 'OK'],
    ['admin', 'trend', ['A'], 'OK'],
    ['admin', 'compare', ['A1', 'B1'], 'OK'],
    ['admin', 'peerStanding', ['B1'], 'OK'],
    ['admin', 'completion', ['D'], 'OK'],
    ['admin', 'scoreboard', ['X'], 'NOT_FOUND'],
    ['admin', 'trend', ['X'], 'NOT_FOUND'],
    ['admin', 'compare', ['A1', 'X1'], 'NOT_FOUND'],
    ['admin', 'peerStanding', ['X1'], 'NOT_FOUND'],
    ['admin', 'completion', ['X'], 'NOT_FOUND'],
    ['otherAdmin', 'scoreboard', ['D'], 'NOT_FOUND'],
    // REVIEWER of street A: street A and below only.
    ['reviewerA', 'scoreboard', ['A'], 'OK'],
    ['reviewerA', 'scoreboard', ['A2'], 'OK'],
    ['reviewerA', 'trend', ['A1'], 'OK'],
    ['reviewerA', 'compare', ['A1', 'A2'], 'OK'],
    ['reviewerA', 'peerStanding', ['A2'], 'OK'],
    ['reviewerA', 'completion', ['A'], 'OK'],
    ['reviewerA', 'scoreboard', ['D'], 'NOT_FOUND'],
    ['reviewerA', 'scoreboard', ['B'], 'NOT_FOUND'],
    ['reviewerA', 'trend', ['D'], 'NOT_FOUND'],
    ['reviewerA', 'compare', ['A1', 'B1'], 'NOT_FOUND'],
    ['reviewerA', 'peerStanding', ['B1'], 'NOT_FOUND'],
    ['reviewerA', 'completion', ['B'], 'NOT_FOUND'],
    // VIEWER of the district: reads everything in it.
    ['viewer', 'scoreboard', ['D'], 'OK'],
    ['viewer', 'trend', ['B'], 'OK'],
    ['viewer', 'compare', ['A2', 'B1'], 'OK'],
    ['viewer', 'peerStanding', ['A1'], 'OK'],
    ['viewer', 'completion', ['A'], 'OK'],
    ['viewer', 'scoreboard', ['X'], 'NOT_FOUND'],
    ['viewer', 'compare', ['A1', 'X1'], 'NOT_FOUND'],
    // BRANCH A1: its own trend and peer standing, nothing else, not even its own scoreboard.
    ['branchA1', 'trend', ['A1'], 'OK'],
    ['branchA1', 'peerStanding', ['A1'], 'OK'],
    ['branchA1', 'scoreboard', ['A1'], 'FORBIDDEN'],
    ['branchA1', 'scoreboard', ['A'], 'FORBIDDEN'],
    ['branchA1', 'trend', ['A2'], 'NOT_FOUND'],
    ['branchA1', 'trend', ['A'], 'NOT_FOUND'],
    ['branchA1', 'compare', ['A1', 'A2'], 'FORBIDDEN'],
    ['branchA1', 'peerStanding', ['A2'], 'NOT_FOUND'],
    ['branchA1', 'completion', ['A1'], 'FORBIDDEN'],
    ['branchA1', 'peerStanding', ['X1'], 'NOT_FOUND'],
  ];

  it.each(matrix)('%s → %s %j: %s', async (who, query, target, outcome) => {
    const [document, variables] = ask[query](target);
    const r = await t.gql<Record<string, unknown>>(document, variables, tokens[who]);
    if (outcome === 'OK') {
      expect(r.errors).toBeUndefined();
      expect(r.data?.[query]).toBeTruthy();
    } else {
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
      expect(r.data ?? null).toBeNull();
      if (outcome === 'NOT_FOUND') expect(r.errors![0].message).toMatch(/^OrgUnit [0-9a-f-]{36} not found$/);
    }
  });

  it('answers UNAUTHENTICATED without a token', async () => {
    for (const [document, variables] of [ask.scoreboard(['D']), ask.peerStanding(['A1'])]) {
      const r = await t.gql(document, variables);
      expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('audits a refusal as ACCESS_DENIED, and answers a unit out of scope exactly as a missing one', async () => {
    const r = await t.gql(SCOREBOARD, { unitId: units().B, period: '2026Q4' }, tokens.reviewerA);
    expect(r.errors).toEqual([
      {
        message: `OrgUnit ${units().B} not found`,
        path: ['scoreboard'],
        locations: expect.anything(),
        extensions: { code: 'NOT_FOUND', entity: 'OrgUnit', id: units().B },
      },
    ]);
    const rows: { after: { attemptedAction: string; reason: string } }[] = await t.dataSource.query(
      `SELECT after FROM audit_event WHERE action = 'ACCESS_DENIED' AND target_id = $1`,
      [units().B],
    );
    expect(rows.map((row) => row.after)).toContainEqual(
      expect.objectContaining({ attemptedAction: 'analytics.scoreboard', reason: 'SCOPE' }),
    );
    const randomId = '00000000-0000-4000-8000-000000000000';
    const random = await t.gql(SCOREBOARD, { unitId: randomId, period: '2026Q4' }, tokens.reviewerA);
    expect(JSON.stringify(random.errors).replaceAll(randomId, units().B)).toBe(JSON.stringify(r.errors));
    // A BRANCH user gets the same for another branch and for a unit that does not exist.
    const foreign = await t.gql(PEER_STANDING, { branchId: units().A2, period: '2026Q4' }, tokens.branchA1);
    const ghost = await t.gql(PEER_STANDING, { branchId: randomId, period: '2026Q4' }, tokens.branchA1);
    expect(JSON.stringify(ghost.errors).replaceAll(randomId, units().A2)).toBe(
      JSON.stringify(foreign.errors),
    );
    expect(ghost.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
