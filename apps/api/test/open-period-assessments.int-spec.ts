import { Role } from '../src/auth/role.enum';
import { seedDefaultFramework } from '../src/analytics/testing/analytics-fixtures';
import { CLOSE_PERIOD, OPEN_PERIOD } from '../src/assessments/testing/assessment-ops';
import { OrgUnitKind, Sector } from '../src/org-units/org-unit.enums';
import { createUnitFixture, createUserFixture, OrgTreeFixture, seedOrgTree } from './fixtures';
import { createTestApp, TestApp } from './test-app';

const CREATE = 'mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }';
const UPDATE =
  'mutation ($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { id active } }';
const MOVE = 'mutation ($id: ID!, $parentId: ID!) { moveOrgUnit(id: $id, parentId: $parentId) { id } }';

/**
 * A branch that becomes assessable while a quarter is open (created active, reactivated, or moved so
 * that it, or its old general branch, is an assessed leaf) gets its DRAFT assessment in every OPEN
 * period of its district, in the same transaction; closed periods stay as they were.
 */
describe('open periods follow the org tree (GraphQL over HTTP)', () => {
  let t: TestApp;
  let tree: OrgTreeFixture;
  let token: string;
  let adminId: string;
  let frameworkId: string;
  let openId: string;
  let closedId: string;

  beforeAll(async () => {
    t = await createTestApp();
    frameworkId = await seedDefaultFramework(t.dataSource);
    tree = await seedOrgTree(t.dataSource, 'P-');
    const admin = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id });
    adminId = admin.user.id;
    token = t.signToken(admin.user);
    const q3 = await t.gql<{ openPeriod: { id: string } }>(
      OPEN_PERIOD,
      { code: '2026Q3', frameworkId, deadline: '2099-10-10T16:00:00Z' },
      token,
    );
    closedId = q3.data!.openPeriod.id;
    expect((await t.gql(CLOSE_PERIOD, { id: closedId }, token)).errors).toBeUndefined();
    const q4 = await t.gql<{ openPeriod: { id: string } }>(
      OPEN_PERIOD,
      { code: '2026Q4', frameworkId, deadline: '2027-01-10T16:00:00Z' },
      token,
    );
    openId = q4.data!.openPeriod.id;
  });
  afterAll(() => t?.close());

  interface Row {
    period_id: string;
    framework_id: string;
    status: string;
    district_id: string;
    version: number;
  }
  const assessmentsOf = (branchId: string): Promise<Row[]> =>
    t.dataSource.query(
      `SELECT period_id, framework_id, status, district_id, version FROM assessment WHERE branch_id = $1 ORDER BY period_id`,
      [branchId],
    );
  const draftInOpenPeriod = (): Row[] => [
    {
      period_id: openId,
      framework_id: frameworkId,
      status: 'DRAFT',
      district_id: tree.district.id,
      version: 1,
    },
  ];

  async function auditFor(
    unitId: string,
  ): Promise<
    { target_id: string; actor_id: string; after: { reason: string; assessments: { branchId: string }[] } }[]
  > {
    return t.dataSource.query(
      `SELECT target_id, actor_id, after FROM audit_event WHERE action = 'ASSESSMENTS_CREATED' AND after->>'unitId' = $1`,
      [unitId],
    );
  }

  it('a branch created while 2026Q4 is open gets its DRAFT there (framework of the period, history, audit), not in closed 2026Q3', async () => {
    const r = await t.gql<{ createOrgUnit: { id: string } }>(
      CREATE,
      {
        input: {
          parentId: tree.streets[0].id,
          code: 'P-B-A3',
          name: '新支部',
          kind: 'BRANCH',
          sector: 'COMMUNITY',
        },
      },
      token,
    );
    expect(r.errors).toBeUndefined();
    const id = r.data!.createOrgUnit.id;
    expect(await assessmentsOf(id)).toEqual(draftInOpenPeriod());

    const viaApi = await t.gql<{
      assessment: { status: string; frameworkId: string; history: { toStatus: string; comment: string }[] };
    }>(
      'query ($b: ID!) { assessment(branchId: $b, period: "2026Q4") { status frameworkId history { toStatus comment } } }',
      { b: id },
      token,
    );
    expect(viaApi.data!.assessment).toEqual({
      status: 'DRAFT',
      frameworkId,
      history: [{ toStatus: 'DRAFT', comment: 'branch created while the period is open' }],
    });

    const events = await auditFor(id);
    expect(events).toEqual([
      {
        target_id: openId,
        actor_id: adminId,
        after: expect.objectContaining({
          reason: 'ORG_UNIT_CREATED',
          assessments: [expect.objectContaining({ branchId: id })],
        }),
      },
    ]);
  });

  it('a street created meanwhile gets none (only assessed leaves do)', async () => {
    const r = await t.gql<{ createOrgUnit: { id: string } }>(
      CREATE,
      { input: { parentId: tree.district.id, code: 'P-S-C', name: '新街道', kind: 'STREET' } },
      token,
    );
    expect(await assessmentsOf(r.data!.createOrgUnit.id)).toEqual([]);
    expect(await auditFor(r.data!.createOrgUnit.id)).toEqual([]);
  });

  it('reactivating a branch creates its missing DRAFT once; deactivating or re-saving does not', async () => {
    const dormant = await createUnitFixture(t.dataSource, {
      parent: tree.streets[1],
      kind: OrgUnitKind.BRANCH,
      code: 'P-B-B9',
      sector: Sector.SOE,
      active: false,
    });
    expect(await assessmentsOf(dormant.id)).toEqual([]);
    expect((await t.gql(UPDATE, { id: dormant.id, input: { active: true } }, token)).errors).toBeUndefined();
    expect(await assessmentsOf(dormant.id)).toEqual(draftInOpenPeriod());
    await t.gql(UPDATE, { id: dormant.id, input: { active: false } }, token);
    await t.gql(UPDATE, { id: dormant.id, input: { active: true } }, token);
    await t.gql(UPDATE, { id: dormant.id, input: { memberCount: 5 } }, token);
    expect(await assessmentsOf(dormant.id)).toEqual(draftInOpenPeriod());
    expect((await auditFor(dormant.id)).map((e) => e.after.reason)).toEqual(['ORG_UNIT_REACTIVATED']);
  });

  it('moving a branch that had no assessment gives it one; its old general branch, now a leaf, gets one too', async () => {
    // Built beside the API (as an import would), after the opening: neither has an assessment.
    const general = await createUnitFixture(t.dataSource, {
      parent: tree.streets[0],
      kind: OrgUnitKind.BRANCH,
      code: 'P-G',
      sector: Sector.ORGAN,
    });
    const child = await createUnitFixture(t.dataSource, {
      parent: general,
      kind: OrgUnitKind.BRANCH,
      code: 'P-G-1',
      sector: Sector.ORGAN,
    });
    const r = await t.gql(MOVE, { id: child.id, parentId: tree.streets[1].id }, token);
    expect(r.errors).toBeUndefined();
    expect(await assessmentsOf(child.id)).toEqual(draftInOpenPeriod());
    expect(await assessmentsOf(general.id)).toEqual(draftInOpenPeriod());
    const [event] = await auditFor(child.id);
    expect(event.after.reason).toBe('ORG_UNIT_MOVED');
    expect(event.after.assessments.map((a) => a.branchId).sort()).toEqual([child.id, general.id].sort());
  });

  it('a move of branches already assessed creates nothing and keeps their assessments as they are', async () => {
    const a1 = tree.branches[0];
    const before = await assessmentsOf(a1.id);
    expect(before).toHaveLength(2);
    expect((await t.gql(MOVE, { id: a1.id, parentId: tree.streets[1].id }, token)).errors).toBeUndefined();
    expect(await assessmentsOf(a1.id)).toEqual(before);
    expect(await auditFor(a1.id)).toEqual([]);
  });

  it('an inactive branch created or moved gets none; with no open period nothing is created', async () => {
    const idle = await createUnitFixture(t.dataSource, {
      parent: tree.streets[0],
      kind: OrgUnitKind.BRANCH,
      code: 'P-B-IDLE',
      sector: Sector.RURAL,
      active: false,
    });
    await t.gql(MOVE, { id: idle.id, parentId: tree.streets[1].id }, token);
    expect(await assessmentsOf(idle.id)).toEqual([]);

    expect((await t.gql(CLOSE_PERIOD, { id: openId }, token)).errors).toBeUndefined();
    const r = await t.gql<{ createOrgUnit: { id: string } }>(
      CREATE,
      {
        input: {
          parentId: tree.streets[0].id,
          code: 'P-B-LATE',
          name: '晚到支部',
          kind: 'BRANCH',
          sector: 'RURAL',
        },
      },
      token,
    );
    expect(await assessmentsOf(r.data!.createOrgUnit.id)).toEqual([]);
  });
});
