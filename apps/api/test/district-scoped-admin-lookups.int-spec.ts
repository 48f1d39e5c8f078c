import { defaultFramework } from '@pathboard/frameworks';
import { accessDeniedAbout, expectAlike, RANDOM_ID } from './cross-district';
import type { Framework } from '@pathboard/scoring';
import { CHANGE_DEADLINE, CLOSE_PERIOD } from '../src/assessments/testing/assessment-ops';
import { Role } from '../src/auth/role.enum';
import { seedWorld, type World } from '../src/reports/testing/report-ops';
import { importDefaultFramework } from '../src/reports/testing/suite-data';
import { createUserFixture, type UserFixture } from './fixtures';
import { createTestApp, type GqlResponse, type TestApp } from './test-app';

const YEAR = 2026;

/** The default quarters with one annual-only item (年度表彰), so that branches have annual items to enter. */
const WITH_ANNUAL: Framework = {
  ...defaultFramework,
  code: 'DSL-ANNUAL',
  version: 1,
  annual: {
    combine: { method: 'mean' },
    indicators: [
      {
        code: 'ANNUAL_COMMENDATION',
        name: { zh: '年度表彰', en: 'commendations this year' },
        rule: { type: 'bonus', points: 2, cap: 6 },
      },
    ],
  },
};

const REOPEN_PERIOD = `mutation ($id: ID!, $r: String!) { reopenPeriod(periodId: $id, reason: $r) { id status } }`;
const ORG_UNIT = `query ($id: ID!) { orgUnit(id: $id) { id } }`;
const ORG_TREE = `query ($id: ID) { orgTree(rootId: $id) { id } }`;
const CREATE_UNIT = `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`;
const UPDATE_UNIT = `mutation ($id: ID!, $input: UpdateOrgUnitInput!) { updateOrgUnit(id: $id, input: $input) { id } }`;
const MOVE_UNIT = `mutation ($id: ID!, $parentId: ID!) { moveOrgUnit(id: $id, parentId: $parentId) { id } }`;
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const UPDATE_USER = `mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }`;
const ME = `{ me { id districtId } }`;
const ITEMS = `query ($b: ID!, $y: Int!) { annualItems(branchId: $b, year: $y) { branchId } }`;
const SAVE_ANNUAL = `mutation ($i: SaveAnnualValuesInput!) { saveAnnualValues(input: $i) { branchId } }`;
const REVIEW_ANNUAL = `mutation ($i: ReviewAnnualValuesInput!) { reviewAnnualValues(input: $i) { branchId } }`;
const SCOREBOARD = `query ($u: ID!, $y: Int!) { annualScoreboard(unitId: $u, year: $y) { branchCount } }`;
const BRANCH_ANNUAL = `query ($b: ID!, $y: Int!) { branchAnnual(branchId: $b, year: $y) { total } }`;
const COMPARE = `query ($ids: [ID!]!, $y: Int!) { annualCompare(branchIds: $ids, year: $y) { total } }`;
const TREND = `query ($u: ID!, $y: Int!) { annualTrend(unitId: $u, fromYear: $y, toYear: $y) { year } }`;

/**
 * The second round of lookups that name the caller's district (docs/scale-out.md, "What needs the
 * coordinator"): periods, org units, users, the annual module and the session of every request. An
 * id of another district answers exactly as a missing one and changes nothing there; since the row
 * is not found at all, no scope check runs and no ACCESS_DENIED event is written about it. District
 * A's people try district B's ids; B's rows are compared before and after.
 */
describe('ids of another district answer as missing ones: periods, org units, users, annual, sessions', () => {
  let t: TestApp;
  let a: World;
  let b: World;
  /** District B's ids: an OPEN and a CLOSED period, and a user of each kind seedWorld made. */
  let theirs: { openPeriodId: string; closedPeriodId: string; userIds: string[] };
  /** A login of district A (for the session tests). */
  let ours: UserFixture;
  let before: unknown;

  /** District B's rows that any of the attempts below could change. */
  const stateOfB = async () =>
    (
      await t.dataSource.query(
        `SELECT (SELECT json_agg(json_build_object('id', id, 'status', status, 'deadline', deadline, 'closed', closed_at) ORDER BY id)
                   FROM period WHERE district_id = $1) AS periods,
                (SELECT json_agg(json_build_object('id', id, 'code', code, 'name', name, 'path', path, 'parent', parent_id,
                                                   'active', active, 'sector', sector, 'members', member_count, 'updated', updated_at) ORDER BY id)
                   FROM org_unit WHERE district_id = $1) AS units,
                (SELECT json_agg(json_build_object('id', id, 'name', display_name, 'role', role, 'scope', scope_unit_id,
                                                   'active', active, 'sv', session_version, 'hash', password_hash) ORDER BY id)
                   FROM app_user WHERE district_id = $1) AS users,
                (SELECT json_agg(json_build_object('b', branch_id, 'c', indicator_code, 's', self_value, 'r', reviewed_value,
                                                   'at', reviewed_at, 'pending', review_pending, 'updated', updated_at) ORDER BY branch_id, indicator_code)
                   FROM annual_value WHERE district_id = $1) AS annual,
                (SELECT count(*)::int FROM annual_year WHERE district_id = $1) AS years,
                (SELECT json_agg(json_build_object('id', id, 'status', status, 'snapshot', unit_path) ORDER BY id)
                   FROM assessment WHERE district_id = $1) AS assessments,
                (SELECT count(*)::int FROM audit_event WHERE district_id = $1) AS audit`,
        [b.tree.district.id],
      )
    )[0];

  /**
   * The ACCESS_DENIED events about district B's rows. A lookup in the caller's district does not find
   * them, so nothing is audited (an id of the caller's own district out of scope still is:
   * org-units.int-spec.ts, users.int-spec.ts).
   */
  const deniedOnB = (): Promise<string[]> =>
    accessDeniedAbout(t.dataSource, [
      b.tree.district.id,
      ...b.tree.streets.map((s) => s.id),
      ...b.branches.map((u) => u.id),
      theirs.openPeriodId,
      theirs.closedPeriodId,
      ...theirs.userIds,
    ]);

  /** The answer to `foreign` (an id of district B) is the answer to a random id, but for the id. */
  const alike = expectAlike;

  /** Runs `query` with B's id and with a random one: the error `expected` (B's id in it), alike. */
  async function refusedAsMissing(
    query: string,
    variables: (id: string) => Record<string, unknown>,
    token: string,
    foreignId: string,
    expected: (id: string) => { message: string; extensions: Record<string, unknown> },
  ): Promise<void> {
    const foreign: GqlResponse = await t.gql(query, variables(foreignId), token);
    expect(foreign.errors?.[0]).toMatchObject(expected(foreignId));
    alike(foreign.errors, (await t.gql(query, variables(RANDOM_ID), token)).errors, foreignId);
  }

  const notFound = (entity: string) => (id: string) => ({
    message: `${entity} ${id} not found`,
    extensions: { code: 'NOT_FOUND' },
  });
  const missingUnitField = (field: string) => (id: string) => ({
    message: `${field}: org unit ${id} does not exist`,
    extensions: { code: 'BAD_USER_INPUT', field },
  });

  beforeAll(async () => {
    t = await createTestApp();
    const frameworkId = await importDefaultFramework(t, WITH_ANNUAL);
    a = await seedWorld(t, 'DSLA-', frameworkId, [`${YEAR}Q1`]);
    b = await seedWorld(t, 'DSLB-', frameworkId, [`${YEAR}Q1`, `${YEAR - 1}Q4`]);
    const periods: { id: string; code: string }[] = await t.dataSource.query(
      `SELECT id, code FROM period WHERE district_id = $1`,
      [b.tree.district.id],
    );
    const periodId = (code: string) => periods.find((p) => p.code === code)!.id;
    const closed = await t.gql(CLOSE_PERIOD, { id: periodId(`${YEAR - 1}Q4`) }, b.tokens.admin);
    expect(closed.errors).toBeUndefined();
    // B-A1 claims an annual item, so that B has an annual value to protect.
    const claimed = await t.gql(
      SAVE_ANNUAL,
      {
        i: {
          branchId: b.branches[0].id,
          year: YEAR,
          values: [{ indicatorCode: 'ANNUAL_COMMENDATION', value: 1 }],
        },
      },
      b.tokens.branches[0],
    );
    expect(claimed.errors).toBeUndefined();
    const users: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM app_user WHERE district_id = $1`,
      [b.tree.district.id],
    );
    theirs = {
      openPeriodId: periodId(`${YEAR}Q1`),
      closedPeriodId: periodId(`${YEAR - 1}Q4`),
      userIds: users.map((u) => u.id),
    };
    ours = await createUserFixture(t.dataSource, { role: Role.VIEWER, scopeUnitId: a.tree.district.id });
    before = await stateOfB();
  });
  afterAll(() => t?.close());

  it("periods: another district's quarter cannot be closed, reopened or given a new deadline", async () => {
    await refusedAsMissing(
      CLOSE_PERIOD,
      (id) => ({ id }),
      a.tokens.admin,
      theirs.openPeriodId,
      notFound('Period'),
    );
    await refusedAsMissing(
      REOPEN_PERIOD,
      (id) => ({ id, r: '复核更正' }),
      a.tokens.admin,
      theirs.closedPeriodId,
      notFound('Period'),
    );
    await refusedAsMissing(
      CHANGE_DEADLINE,
      (id) => ({ id, d: '2099-02-10T16:00:00.000Z', r: '顺延' }),
      a.tokens.admin,
      theirs.openPeriodId,
      notFound('Period'),
    );
    expect(await stateOfB()).toEqual(before);
    expect(await deniedOnB()).toEqual([]);
  });

  it("org units: another district's units cannot be read, updated, deactivated, moved or used as a parent", async () => {
    const [theirBranch] = b.branches;
    await refusedAsMissing(ORG_UNIT, (id) => ({ id }), a.tokens.admin, theirBranch.id, notFound('OrgUnit'));
    await refusedAsMissing(
      ORG_TREE,
      (id) => ({ id }),
      a.tokens.admin,
      b.tree.district.id,
      notFound('OrgUnit'),
    );
    await refusedAsMissing(
      UPDATE_UNIT,
      (id) => ({ id, input: { name: '改名' } }),
      a.tokens.admin,
      theirBranch.id,
      notFound('OrgUnit'),
    );
    await refusedAsMissing(
      UPDATE_UNIT,
      (id) => ({ id, input: { active: false } }),
      a.tokens.admin,
      theirBranch.id,
      notFound('OrgUnit'),
    );
    // Under a street of the caller's own district, and under one of theirs.
    await refusedAsMissing(
      MOVE_UNIT,
      (id) => ({ id, parentId: a.tree.streets[1].id }),
      a.tokens.admin,
      theirBranch.id,
      notFound('OrgUnit'),
    );
    await refusedAsMissing(
      MOVE_UNIT,
      (parentId) => ({ id: a.branches[0].id, parentId }),
      a.tokens.admin,
      b.tree.streets[1].id,
      missingUnitField('parentId'),
    );
    await refusedAsMissing(
      CREATE_UNIT,
      (parentId) => ({ input: { parentId, code: 'DSL-X', name: '新支部', kind: 'BRANCH', sector: 'RURAL' } }),
      a.tokens.admin,
      b.tree.streets[0].id,
      missingUnitField('parentId'),
    );
    expect(await stateOfB()).toEqual(before);
    expect(await deniedOnB()).toEqual([]);
  });

  it("users: another district's users cannot be changed or get a new password, nor be scoped to its units", async () => {
    const theirUser = theirs.userIds[0];
    await refusedAsMissing(
      UPDATE_USER,
      (id) => ({ id, input: { displayName: '改名' } }),
      a.tokens.admin,
      theirUser,
      notFound('User'),
    );
    await refusedAsMissing(
      UPDATE_USER,
      (id) => ({ id, input: { password: 'a-new-pass-2026' } }),
      a.tokens.admin,
      theirUser,
      notFound('User'),
    );
    await refusedAsMissing(
      UPDATE_USER,
      (id) => ({ id, input: { active: false } }),
      a.tokens.admin,
      theirUser,
      notFound('User'),
    );
    await refusedAsMissing(
      UPDATE_USER,
      (scopeUnitId) => ({ id: ours.user.id, input: { scopeUnitId } }),
      a.tokens.admin,
      b.tree.streets[0].id,
      missingUnitField('scopeUnitId'),
    );
    await refusedAsMissing(
      CREATE_USER,
      (scopeUnitId) => ({
        input: {
          username: 'dsl-intruder',
          password: 'intruder-pass-1',
          displayName: 'x',
          role: 'VIEWER',
          scopeUnitId,
        },
      }),
      a.tokens.admin,
      b.tree.district.id,
      missingUnitField('scopeUnitId'),
    );
    expect(await stateOfB()).toEqual(before);
    expect(await deniedOnB()).toEqual([]);
  });

  it("annual: another district's branches and units, their items read, claimed or reviewed", async () => {
    const [theirBranch] = b.branches;
    const values = [{ indicatorCode: 'ANNUAL_COMMENDATION', value: 3 }];
    await refusedAsMissing(
      ITEMS,
      (id) => ({ b: id, y: YEAR }),
      a.tokens.admin,
      theirBranch.id,
      notFound('OrgUnit'),
    );
    await refusedAsMissing(
      SAVE_ANNUAL,
      (branchId) => ({ i: { branchId, year: YEAR, values } }),
      a.tokens.branches[0],
      theirBranch.id,
      notFound('OrgUnit'),
    );
    await refusedAsMissing(
      REVIEW_ANNUAL,
      (branchId) => ({ i: { branchId, year: YEAR, values } }),
      a.tokens.admin,
      theirBranch.id,
      notFound('OrgUnit'),
    );
    await refusedAsMissing(
      SCOREBOARD,
      (u) => ({ u, y: YEAR }),
      a.tokens.admin,
      b.tree.district.id,
      notFound('OrgUnit'),
    );
    await refusedAsMissing(
      BRANCH_ANNUAL,
      (id) => ({ b: id, y: YEAR }),
      a.tokens.admin,
      theirBranch.id,
      notFound('OrgUnit'),
    );
    await refusedAsMissing(
      COMPARE,
      (id) => ({ ids: [id, a.branches[0].id], y: YEAR }),
      a.tokens.admin,
      theirBranch.id,
      notFound('OrgUnit'),
    );
    await refusedAsMissing(
      TREND,
      (u) => ({ u, y: YEAR }),
      a.tokens.admin,
      b.tree.streets[0].id,
      notFound('OrgUnit'),
    );
    expect(await stateOfB()).toEqual(before);
    expect(await deniedOnB()).toEqual([]);
  });

  describe('the session lookup of every request', () => {
    const claimsOf = (token: string) =>
      JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;

    it("a login's token names the user's district, and the session is read by it", async () => {
      const token = await t.loginAs(ours.username, ours.password, a.tree.district.code);
      expect(claimsOf(token)).toMatchObject({ sub: ours.user.id, district: a.tree.district.id });
      const me = await t.gql<{ me: { id: string; districtId: string } }>(ME, {}, token);
      expect(me.errors).toBeUndefined();
      expect(me.data!.me).toEqual({ id: ours.user.id, districtId: a.tree.district.id });
    });

    it('a token issued before tokens named the district still works (looked up by its id)', async () => {
      const { id, role, sessionVersion } = ours.user;
      const legacy = t.signToken({ id, role, sessionVersion });
      expect(claimsOf(legacy)).not.toHaveProperty('district');
      const me = await t.gql<{ me: { id: string } }>(ME, {}, legacy);
      expect(me.errors).toBeUndefined();
      expect(me.data!.me.id).toBe(ours.user.id);
    });

    it('a token naming another district than its user answers as one of a missing user', async () => {
      const elsewhere = await t.gql(ME, {}, t.signToken({ ...ours.user, districtId: b.tree.district.id }));
      expect(elsewhere.errors?.[0]).toMatchObject({
        message: 'Account is no longer active',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      const nobody = await t.gql(
        ME,
        {},
        t.signToken({ id: RANDOM_ID, role: Role.VIEWER, sessionVersion: 0, districtId: b.tree.district.id }),
      );
      expect(elsewhere.errors).toEqual(nobody.errors);
    });
  });
});
