import { Role } from '../src/auth/role.enum';
import { seedDefaultFramework, seedPeriod, seedScores } from '../src/analytics/testing/analytics-fixtures';
import { COMPLETION, SCOREBOARD, type Scoreboard } from '../src/analytics/testing/analytics-ops';
import {
  CLOSE_PERIOD,
  GET_ASSESSMENT,
  OPEN_PERIOD,
  SAVE,
  SUBMIT,
} from '../src/assessments/testing/assessment-ops';
import { OrgUnitKind, Sector } from '../src/org-units/org-unit.enums';
import { createUnitFixture, createUserFixture, OrgTreeFixture, seedOrgTree } from './fixtures';
import { createTestApp, GqlResponse, TestApp } from './test-app';

const CREATE = 'mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id parentId } }';
const MOVE =
  'mutation ($id: ID!, $parentId: ID!) { moveOrgUnit(id: $id, parentId: $parentId) { id parentId } }';

interface RemovedEvent {
  target_id: string;
  actor_id: string;
  before: {
    period: string;
    assessments: { assessmentId: string; branchId: string; status: string; version: number }[];
  };
  after: { reason: string; unitId: string; parentId: string; assessments: unknown[] };
}

/**
 * A branch with assessments never silently becomes a general branch (党总支): analytics count only
 * assessed leaves, so a child would take its scores and past quarters out of every figure. Only
 * untouched drafts (a DRAFT with no value saved) give way, removed and audited.
 *
 * The district: 2026Q3 closed, with APPROVED scores for A1 (80), A2 (70) and B2 (60) (B1 did not
 * exist yet); 2026Q4 open, where A2 has submitted, B1 has saved values in its DRAFT, and A1 and B2
 * have the empty DRAFTs the opening gave them.
 */
describe('an assessed branch cannot become a parent (GraphQL over HTTP)', () => {
  let t: TestApp;
  let tree: OrgTreeFixture;
  let token: string;
  let adminId: string;
  let frameworkId: string;
  let q3: string;
  let q4: string;

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

  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await seedDefaultFramework(t.dataSource);
    tree = await seedOrgTree(t.dataSource, 'AP-');
    const [a1, a2, b1, b2] = tree.branches;
    const admin = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id });
    adminId = admin.user.id;
    token = t.signToken(admin.user);

    // 2026Q3, before B1 was assessed: approved scores, then closed.
    q3 = await seedPeriod(t.dataSource, tree.district.id, '2026Q3', frameworkId);
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
    q4 = opened.data!.openPeriod.id;
    const values = [
      { indicatorCode: 'ORG_THEME_DAYS', value: 3 },
      { indicatorCode: 'ORG_LIFE_MEETINGS', value: true },
    ];
    const asA2 = await saveInQ4(a2.id, values);
    const submitted = await q4Assessment(a2.id, asA2);
    expect((await t.gql(SUBMIT, { id: submitted.id, v: submitted.version }, asA2)).errors).toBeUndefined();
    await saveInQ4(b1.id, values);
  });
  afterAll(() => t?.close());

  const assessmentsOf = (branchId: string): Promise<{ period: string; status: string; version: number }[]> =>
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

  it('refuses to create a branch under one with an APPROVED quarter; nothing changes, its empty 2026Q4 draft included', async () => {
    const [a1] = tree.branches;
    const before = await districtState();
    expect(before.q3.branches.find((b) => b.id === a1.id)).toMatchObject({ total: 80, status: 'APPROVED' });

    const r = await t.gql(
      CREATE,
      {
        input: {
          parentId: a1.id,
          code: 'AP-B-A1-1',
          name: '第一党小组',
          kind: 'BRANCH',
          sector: 'COMMUNITY',
        },
      },
      token,
    );
    expectAssessedParent(r, '2026Q3 APPROVED');
    expect(r.errors![0].extensions!['periods']).toEqual(['2026Q3']);

    expect(await districtState()).toEqual(before);
    expect(await t.dataSource.query(`SELECT 1 FROM org_unit WHERE code = 'AP-B-A1-1'`)).toEqual([]);
    expect(await assessmentsOf(a1.id)).toEqual([
      { period: '2026Q3', status: 'APPROVED', version: 1 },
      { period: '2026Q4', status: 'DRAFT', version: 1 },
    ]);
  });

  it('refuses to move a branch under one that has submitted; nothing moves and the scoreboards stay', async () => {
    const [, a2, , b2] = tree.branches;
    const before = await districtState();
    const r = await t.gql(MOVE, { id: b2.id, parentId: a2.id }, token);
    expectAssessedParent(r, '2026Q3 APPROVED, 2026Q4 SUBMITTED');
    expect(await districtState()).toEqual(before);
    expect(before.q4.branches.find((b) => b.id === a2.id)).toMatchObject({
      status: 'SUBMITTED',
      parentId: tree.streets[0].id,
    });
  });

  it('refuses a branch whose only assessment is a DRAFT with saved values (create and move alike)', async () => {
    const [a1, , b1] = tree.branches;
    expect(await assessmentsOf(b1.id)).toEqual([{ period: '2026Q4', status: 'DRAFT', version: 2 }]);
    const before = await districtState();
    const created = await t.gql(
      CREATE,
      {
        input: { parentId: b1.id, code: 'AP-B-B1-1', name: '机关第一支部', kind: 'BRANCH', sector: 'ORGAN' },
      },
      token,
    );
    expectAssessedParent(created, '2026Q4 DRAFT with saved values');
    const moved = await t.gql(MOVE, { id: a1.id, parentId: b1.id }, token);
    expectAssessedParent(moved, '2026Q4 DRAFT with saved values');
    expect(await districtState()).toEqual(before);
  });

  it('a general branch created while 2026Q4 is open takes a child: its empty draft is removed and audited, the child is assessed instead', async () => {
    const streetB = tree.streets[1];
    const g = await t.gql<{ createOrgUnit: { id: string } }>(
      CREATE,
      { input: { parentId: streetB.id, code: 'AP-G', name: '机关党总支', kind: 'BRANCH', sector: 'ORGAN' } },
      token,
    );
    expect(g.errors).toBeUndefined();
    const generalId = g.data!.createOrgUnit.id;
    const [draft]: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM assessment WHERE branch_id = $1`,
      [generalId],
    );
    expect(await assessmentsOf(generalId)).toEqual([{ period: '2026Q4', status: 'DRAFT', version: 1 }]);
    expect((await board(streetB.id, '2026Q4')).branches.map((b) => b.code).sort()).toEqual([
      'AP-B-B1',
      'AP-B-B2',
      'AP-G',
    ]);

    const r = await t.gql<{ createOrgUnit: { id: string; parentId: string } }>(
      CREATE,
      {
        input: { parentId: generalId, code: 'AP-G-1', name: '机关第一支部', kind: 'BRANCH', sector: 'ORGAN' },
      },
      token,
    );
    expect(r.errors).toBeUndefined();
    const childId = r.data!.createOrgUnit.id;
    expect(r.data!.createOrgUnit.parentId).toBe(generalId);

    // The draft is gone with its creation history; the child has its own DRAFT of 2026Q4.
    expect(await assessmentsOf(generalId)).toEqual([]);
    expect(
      await t.dataSource.query(`SELECT 1 FROM assessment_status_change WHERE assessment_id = $1`, [draft.id]),
    ).toEqual([]);
    expect(await assessmentsOf(childId)).toEqual([{ period: '2026Q4', status: 'DRAFT', version: 1 }]);
    expect(await removedEvents(generalId)).toEqual([
      {
        target_id: q4,
        actor_id: adminId,
        before: {
          period: '2026Q4',
          assessments: [{ assessmentId: draft.id, branchId: generalId, status: 'DRAFT', version: 1 }],
        },
        after: { reason: 'ORG_UNIT_CREATED', unitId: childId, parentId: generalId, assessments: [] },
      },
    ]);

    // The figures count the child, not the general branch.
    const after = await board(streetB.id, '2026Q4');
    expect(after.branches.map((b) => b.code).sort()).toEqual(['AP-B-B1', 'AP-B-B2', 'AP-G-1']);
    expect(after.branches.find((b) => b.code === 'AP-G-1')).toMatchObject({
      parentId: generalId,
      childId: generalId,
      status: 'DRAFT',
    });
    const completion = await t.gql<{
      completion: { expected: number; submission: { draft: number; notOpened: number } };
    }>(COMPLETION, { unitId: generalId, period: '2026Q4' }, token);
    expect(completion.data!.completion).toMatchObject({
      expected: 1,
      submission: { draft: 1, notOpened: 0 },
    });
    expect(after.figures).toMatchObject({ expected: 3, submission: { notOpened: 0, draft: 3 } });
  });

  it('a draft saved with nothing (version bumped, no value) is still untouched: a move under it removes it and its empty scores', async () => {
    const streetA = tree.streets[0];
    const g = await t.gql<{ createOrgUnit: { id: string } }>(
      CREATE,
      {
        input: {
          parentId: streetA.id,
          code: 'AP-G2',
          name: '社区党总支',
          kind: 'BRANCH',
          sector: 'COMMUNITY',
        },
      },
      token,
    );
    const generalId = g.data!.createOrgUnit.id;
    await saveInQ4(generalId, []);
    const [draft]: { id: string; version: number }[] = await t.dataSource.query(
      `SELECT id, version FROM assessment WHERE branch_id = $1`,
      [generalId],
    );
    expect(draft.version).toBe(2);
    expect(
      await t.dataSource.query(`SELECT kind FROM assessment_score WHERE assessment_id = $1 ORDER BY kind`, [
        draft.id,
      ]),
    ).toEqual([{ kind: 'OFFICIAL' }, { kind: 'SELF' }]);

    // B2 moves under it with its own quarters (the open one follows the move).
    const [, , , b2] = tree.branches;
    const r = await t.gql(MOVE, { id: b2.id, parentId: generalId }, token);
    expect(r.errors).toBeUndefined();
    expect(await assessmentsOf(generalId)).toEqual([]);
    expect(
      await t.dataSource.query(`SELECT 1 FROM assessment_score WHERE assessment_id = $1`, [draft.id]),
    ).toEqual([]);
    expect(await removedEvents(generalId)).toEqual([
      expect.objectContaining({
        target_id: q4,
        before: {
          period: '2026Q4',
          assessments: [{ assessmentId: draft.id, branchId: generalId, status: 'DRAFT', version: 2 }],
        },
        after: { reason: 'ORG_UNIT_MOVED', unitId: b2.id, parentId: generalId, assessments: [] },
      }),
    ]);
    expect(await assessmentsOf(b2.id)).toEqual([
      { period: '2026Q3', status: 'APPROVED', version: 1 },
      { period: '2026Q4', status: 'DRAFT', version: 1 },
    ]);
    // 2026Q3 is closed: its figures keep B2 where it stood at closing (street B), and the new
    // general branch, which did not exist then, is in neither street's quarter.
    const q3A = await board(streetA.id, '2026Q3');
    expect(q3A.branches.map((b) => b.id)).not.toContain(b2.id);
    expect(q3A.branches.map((b) => b.code)).not.toContain('AP-G2');
    const q3B = await board(tree.streets[1].id, '2026Q3');
    expect(q3B.branches.find((b) => b.id === b2.id)).toMatchObject({
      total: 60,
      parentId: tree.streets[1].id,
    });
  });

  it('a parent with no assessments at all takes a child as before, with nothing removed', async () => {
    // Built beside the API after the opening (as an import would): no assessment anywhere.
    const bare = await createUnitFixture(t.dataSource, {
      parent: tree.streets[1],
      kind: OrgUnitKind.BRANCH,
      code: 'AP-BARE',
      sector: Sector.SOE,
    });
    const r = await t.gql<{ createOrgUnit: { id: string } }>(
      CREATE,
      {
        input: { parentId: bare.id, code: 'AP-BARE-1', name: '国企第一支部', kind: 'BRANCH', sector: 'SOE' },
      },
      token,
    );
    expect(r.errors).toBeUndefined();
    expect(await removedEvents(bare.id)).toEqual([]);
    expect(await assessmentsOf(r.data!.createOrgUnit.id)).toEqual([
      { period: '2026Q4', status: 'DRAFT', version: 1 },
    ]);
  });

  it('a unit that is already a general branch takes more children, whatever its past quarters as a leaf', async () => {
    const general = await createUnitFixture(t.dataSource, {
      parent: tree.streets[0],
      kind: OrgUnitKind.BRANCH,
      code: 'AP-OLD-G',
      sector: Sector.RURAL,
    });
    await createUnitFixture(t.dataSource, {
      parent: general,
      kind: OrgUnitKind.BRANCH,
      code: 'AP-OLD-G-1',
      sector: Sector.RURAL,
    });
    await seedScores(t.dataSource, { districtId: tree.district.id, periodId: q3, frameworkId }, [
      { branchId: general.id, spec: { total: 75 } },
    ]);
    const r = await t.gql(
      CREATE,
      {
        input: {
          parentId: general.id,
          code: 'AP-OLD-G-2',
          name: '第二支部',
          kind: 'BRANCH',
          sector: 'RURAL',
        },
      },
      token,
    );
    expect(r.errors).toBeUndefined();
    expect(await assessmentsOf(general.id)).toEqual([{ period: '2026Q3', status: 'APPROVED', version: 1 }]);
  });
});
