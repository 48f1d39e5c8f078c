import { Role } from '../src/auth/role.enum';
import { seedDefaultFramework, seedPeriod, seedScores } from '../src/analytics/testing/analytics-fixtures';
import { SCOREBOARD, type Scoreboard } from '../src/analytics/testing/analytics-ops';
import {
  CLOSE_PERIOD,
  GET_ASSESSMENT,
  OPEN_PERIOD,
  SAVE,
  SUBMIT,
} from '../src/assessments/testing/assessment-ops';
import { createUserFixture, OrgTreeFixture, seedOrgTree } from './fixtures';
import { createTestApp, GqlResponse, TestApp } from './test-app';
import { useSuite } from './use-suite';

// What the org-units-assessed-parent-*.int-spec.ts suites start from.

export const CREATE =
  'mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id parentId } }';
export const MOVE =
  'mutation ($id: ID!, $parentId: ID!) { moveOrgUnit(id: $id, parentId: $parentId) { id parentId } }';

export interface RemovedEvent {
  target_id: string;
  actor_id: string;
  before: {
    period: string;
    assessments: { assessmentId: string; branchId: string; status: string; version: number }[];
  };
  after: { reason: string; unitId: string; parentId: string; assessments: unknown[] };
}

export interface AssessedParentSuite {
  t: TestApp;
  tree: OrgTreeFixture;
  /** The district ADMIN's token and user id. */
  token: string;
  adminId: string;
  frameworkId: string;
  /** Period ids. */
  q3: string;
  q4: string;
  /** Saves `values` in the branch's 2026Q4 assessment as a new user of that branch; returns its token. */
  saveInQ4(branchId: string, values: { indicatorCode: string; value: unknown }[]): Promise<string>;
  assessmentsOf(branchId: string): Promise<{ period: string; status: string; version: number }[]>;
  removedEvents(parentId: string): Promise<RemovedEvent[]>;
  board(unitId: string, period: string): Promise<Scoreboard>;
  districtState(): Promise<Record<string, unknown> & { q3: Scoreboard; q4: Scoreboard }>;
  /** Expects the ASSESSED_PARENT refusal, listing `listed`. */
  expectAssessedParent(r: GqlResponse, listed: string): void;
}

/**
 * A fresh app and district: 2026Q3 closed, with APPROVED scores for A1 (80), A2 (70) and B2 (60)
 * (B1 did not exist yet); 2026Q4 open, where A2 has submitted, B1 has saved values in its DRAFT, and
 * A1 and B2 have the empty DRAFTs the opening gave them.
 */
async function startAssessedParentSuite(): Promise<AssessedParentSuite> {
  const t = await createTestApp();
  try {
    const branchToken = async (branchId: string) =>
      t.signToken((await createUserFixture(t.dataSource, { role: Role.BRANCH, scopeUnitId: branchId })).user);

    async function q4Assessment(branchId: string, asToken: string): Promise<{ id: string; version: number }> {
      const r = await t.gql<{ assessment: { id: string; version: number } }>(
        GET_ASSESSMENT,
        { branchId, period: '2026Q4' },
        asToken,
      );
      return r.data!.assessment;
    }

    async function saveInQ4(
      branchId: string,
      values: { indicatorCode: string; value: unknown }[],
    ): Promise<string> {
      const asBranch = await branchToken(branchId);
      const a = await q4Assessment(branchId, asBranch);
      const r = await t.gql<{ saveIndicatorValues: { version: number } }>(
        SAVE,
        { id: a.id, v: a.version, values },
        asBranch,
      );
      expect(r.errors).toBeUndefined();
      return asBranch;
    }

    const frameworkId = await seedDefaultFramework(t.dataSource);
    const tree = await seedOrgTree(t.dataSource, 'AP-');
    const [a1, a2, b1, b2] = tree.branches;
    const admin = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id });
    const adminId = admin.user.id;
    const token = t.signToken(admin.user);

    // 2026Q3, before B1 was assessed: approved scores, then closed.
    const q3 = await seedPeriod(t.dataSource, tree.district.id, '2026Q3', frameworkId);
    await seedScores(t.dataSource, { districtId: tree.district.id, periodId: q3, frameworkId }, [
      { branchId: a1.id, spec: { total: 80 } },
      { branchId: a2.id, spec: { total: 70 } },
      { branchId: b2.id, spec: { total: 60 } },
    ]);
    expect((await t.gql(CLOSE_PERIOD, { id: q3 }, token)).errors).toBeUndefined();

    const opened = await t.gql<{ openPeriod: { id: string } }>(
      OPEN_PERIOD,
      { code: '2026Q4', frameworkId, deadline: '2027-01-10T16:00:00Z' },
      token,
    );
    const q4 = opened.data!.openPeriod.id;
    const values = [
      { indicatorCode: 'ORG_THEME_DAYS', value: 3 },
      { indicatorCode: 'ORG_LIFE_MEETINGS', value: true },
    ];
    const asA2 = await saveInQ4(a2.id, values);
    const submitted = await q4Assessment(a2.id, asA2);
    expect((await t.gql(SUBMIT, { id: submitted.id, v: submitted.version }, asA2)).errors).toBeUndefined();
    await saveInQ4(b1.id, values);

    const assessmentsOf = (
      branchId: string,
    ): Promise<{ period: string; status: string; version: number }[]> =>
      t.dataSource.query(
        `SELECT p.code AS period, a.status, a.version FROM assessment a JOIN period p ON p.id = a.period_id WHERE a.branch_id = $1 ORDER BY p.code`,
        [branchId],
      );
    const removedEvents = (parentId: string): Promise<RemovedEvent[]> =>
      t.dataSource.query(
        `SELECT target_id, actor_id, before, after FROM audit_event WHERE action = 'ASSESSMENTS_REMOVED' AND after->>'parentId' = $1 ORDER BY id`,
        [parentId],
      );
    const board = async (unitId: string, period: string): Promise<Scoreboard> => {
      const r = await t.gql<{ scoreboard: Scoreboard }>(SCOREBOARD, { unitId, period }, token);
      expect(r.errors).toBeUndefined();
      return r.data!.scoreboard;
    };

    /** Everything a refused change must leave as it was: the tree, every assessment and score, the audit trail, the figures. */
    async function districtState() {
      const d = tree.district.id;
      return {
        units: await t.dataSource.query(
          `SELECT id, parent_id, path FROM org_unit WHERE district_id = $1 ORDER BY id`,
          [d],
        ),
        assessments: await t.dataSource.query(
          `SELECT id, branch_id, period_id, status, version FROM assessment WHERE district_id = $1 ORDER BY id`,
          [d],
        ),
        values: await t.dataSource.query(
          `SELECT count(*)::int AS n FROM indicator_value WHERE district_id = $1`,
          [d],
        ),
        scores: await t.dataSource.query(
          `SELECT assessment_id, kind, total FROM assessment_score WHERE district_id = $1 ORDER BY assessment_id, kind`,
          [d],
        ),
        history: await t.dataSource.query(
          `SELECT count(*)::int AS n FROM assessment_status_change WHERE district_id = $1`,
          [d],
        ),
        audit: await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE district_id = $1`, [
          d,
        ]),
        q3: await board(d, '2026Q3'),
        q4: await board(d, '2026Q4'),
      };
    }

    function expectAssessedParent(r: GqlResponse, listed: string) {
      expect(r.data).toBeNull();
      expect(r.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'parentId',
        reason: 'ASSESSED_PARENT',
      });
      expect(r.errors![0].message).toMatch(/^parentId: branch AP-B-.* already has assessments/);
      expect(r.errors![0].message).toContain(`(${listed})`);
      expect(r.errors![0].message).toContain(
        'create the general branch as a new unit and move the branches under it instead',
      );
    }

    return {
      t,
      tree,
      token,
      adminId,
      frameworkId,
      q3,
      q4,
      saveInQ4,
      assessmentsOf,
      removedEvents,
      board,
      districtState,
      expectAssessedParent,
    };
  } catch (err) {
    await t.close();
    throw err;
  }
}

/** Starts the suite's app in beforeAll and closes it in afterAll; the fields are set once beforeAll has run. */
export function useAssessedParentSuite(): AssessedParentSuite {
  return useSuite(startAssessedParentSuite);
}
