import { Role } from '../src/auth/role.enum';
import { createUserFixture, OrgTreeFixture, seedOrgTree } from './fixtures';
import { createTestApp, TestApp } from './test-app';

const CREATE_DISTRICT = `mutation ($input: CreateDistrictInput!) { createDistrict(input: $input) {
  district { id parentId path depth kind districtId code name memberCount active }
  admin { id username displayName role scopeUnitId districtId active } } }`;

interface Payload {
  district: {
    id: string;
    parentId: string | null;
    path: string;
    depth: number;
    kind: string;
    districtId: string;
    code: string;
    name: string;
    memberCount: number;
    active: boolean;
  };
  admin: {
    id: string;
    username: string;
    role: string;
    scopeUnitId: string;
    districtId: string;
    active: boolean;
  };
}

describe('createDistrict (GraphQL over HTTP)', () => {
  let t: TestApp;
  let tree: OrgTreeFixture;
  let token: string;
  let adminId: string;

  beforeAll(async () => {
    t = await createTestApp();
    tree = await seedOrgTree(t.dataSource);
    const admin = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: tree.district.id });
    adminId = admin.user.id;
    token = t.signToken(admin.user);
  });
  afterAll(() => t?.close());

  const input = (patch: Record<string, unknown> = {}, admin: Record<string, unknown> = {}) => ({
    code: 'D-NEW',
    name: '新区',
    memberCount: 1200,
    ...patch,
    admin: {
      username: 'new-district-admin',
      displayName: '新区组织部',
      password: 'a-long-password',
      ...admin,
    },
  });

  it('an ADMIN of a district creates another district (a tree root) with its first ADMIN, audited in the new district', async () => {
    const r = await t.gql<{ createDistrict: Payload }>(CREATE_DISTRICT, { input: input() }, token);
    expect(r.errors).toBeUndefined();
    const { district, admin } = r.data!.createDistrict;
    expect(district).toEqual({
      id: district.id,
      parentId: null,
      path: `/${district.id}/`,
      depth: 1,
      kind: 'DISTRICT',
      districtId: district.id,
      code: 'D-NEW',
      name: '新区',
      memberCount: 1200,
      active: true,
    });
    expect(admin).toMatchObject({
      username: 'new-district-admin',
      role: 'ADMIN',
      scopeUnitId: district.id,
      districtId: district.id,
      active: true,
    });

    const events = await t.dataSource.query(
      `SELECT action, actor_id, district_id, target_id, after FROM audit_event WHERE district_id = $1 ORDER BY id`,
      [district.id],
    );
    expect(events.map((e: { action: string }) => e.action)).toEqual(['ORG_UNIT_CREATED', 'USER_CREATED']);
    expect(events[0]).toMatchObject({
      actor_id: adminId,
      target_id: district.id,
      after: expect.objectContaining({ kind: 'DISTRICT', createdFromDistrictId: tree.district.id }),
    });
    expect(events[1]).toMatchObject({ actor_id: adminId, target_id: admin.id });
    expect(JSON.stringify(events[1].after)).not.toContain('password');

    // The new admin manages the new district; the creator's scope does not reach it.
    // Two districts now: a login names its own.
    const login = await t.gql<{
      login: { token: string; user: { scopeUnit: { id: string; kind: string } } };
    }>(
      'mutation { login(district: "D-NEW", username: "new-district-admin", password: "a-long-password") { token user { scopeUnit { id kind } } } }',
    );
    expect(login.data!.login.user.scopeUnit).toEqual({ id: district.id, kind: 'DISTRICT' });
    const theirs = await t.gql<{ orgTree: { id: string } }>(
      '{ orgTree { id } }',
      {},
      login.data!.login.token,
    );
    expect(theirs.data!.orgTree.id).toBe(district.id);
    const street = await t.gql(
      'mutation ($p: ID!) { createOrgUnit(input: { parentId: $p, code: "D-NEW-S1", name: "新街道", kind: STREET }) { id districtId } }',
      { p: district.id },
      login.data!.login.token,
    );
    expect(street.errors).toBeUndefined();
    const mine = await t.gql('query ($id: ID!) { orgUnit(id: $id) { id } }', { id: district.id }, token);
    expect(mine.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it.each([
    [{ code: 'bad code!' }, {}, 'code'],
    [{ code: 'D' }, {}, 'code'],
    [{ name: '' }, {}, 'name'],
    [{ memberCount: -1 }, {}, 'memberCount'],
    [{}, { password: 'short' }, 'admin.password'],
    [{}, { username: 'x' }, 'admin.username'],
    [{}, { displayName: '' }, 'admin.displayName'],
  ])('refuses %j / admin %j with BAD_USER_INPUT naming %s', async (patch, admin, field) => {
    const r = await t.gql(
      CREATE_DISTRICT,
      { input: input({ code: 'D-BAD', ...patch }, { username: 'bad-district-admin', ...admin }) },
      token,
    );
    expect(r.data).toBeNull();
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(r.errors![0].message).toContain(field);
  });

  it('the new admin may take a username another district uses: user names are per district', async () => {
    const existing = await createUserFixture(t.dataSource, {
      role: Role.VIEWER,
      scopeUnitId: tree.district.id,
    });
    const r = await t.gql<{ createDistrict: Payload }>(
      CREATE_DISTRICT,
      { input: input({ code: 'D-NAMESAKE' }, { username: existing.username }) },
      token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createDistrict.admin.username).toBe(existing.username);
  });

  it("another district's code refuses the whole district (nothing is created), and a district may not be renamed to one", async () => {
    const first = await t.gql(
      CREATE_DISTRICT,
      { input: input({ code: 'D-TWICE' }, { username: 'first-twice-admin' }) },
      token,
    );
    expect(first.errors).toBeUndefined();
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM org_unit`);
    const r = await t.gql(
      CREATE_DISTRICT,
      { input: input({ code: 'D-TWICE' }, { username: 'second-twice-admin' }) },
      token,
    );
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(r.errors![0].message).toBe('code: "D-TWICE" is already used by another district');
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM org_unit`)).toEqual([{ n }]);
    const renamed = await t.gql(
      'mutation ($id: ID!) { updateOrgUnit(id: $id, input: { code: "D-TWICE" }) { id } }',
      { id: tree.district.id },
      token,
    );
    expect(renamed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    // A unit below a district may still share a district's code (codes are per district).
    const street = await t.gql(
      'mutation ($id: ID!) { updateOrgUnit(id: $id, input: { code: "D-TWICE" }) { code } }',
      { id: tree.streets[0].id },
      token,
    );
    expect(street.errors).toBeUndefined();
  });

  it('createOrgUnit still refuses a DISTRICT under a unit and points to createDistrict', async () => {
    const r = await t.gql(
      'mutation ($p: ID!) { createOrgUnit(input: { parentId: $p, code: "D-X", name: "x", kind: DISTRICT }) { id } }',
      { p: tree.district.id },
      token,
    );
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    expect(r.errors![0].message).toContain('createDistrict');
  });

  it('only an ADMIN whose scope is a whole district may (other roles: ROLE, an admin scoped to a street: SCOPE), audited', async () => {
    const streetAdmin = await createUserFixture(t.dataSource, {
      role: Role.ADMIN,
      scopeUnitId: tree.streets[0].id,
    });
    const reviewer = await createUserFixture(t.dataSource, {
      role: Role.REVIEWER,
      scopeUnitId: tree.district.id,
    });
    for (const [user, reason] of [
      [streetAdmin.user, 'SCOPE'],
      [reviewer.user, 'ROLE'],
    ] as const) {
      const r = await t.gql(
        CREATE_DISTRICT,
        { input: input({ code: `D-${reason}` }, { username: `admin-${reason.toLowerCase()}` }) },
        t.signToken(user),
      );
      expect(r.errors![0].extensions!.code).toBe('FORBIDDEN');
      const rows = await t.dataSource.query(
        `SELECT after FROM audit_event WHERE action = 'ACCESS_DENIED' AND actor_id = $1`,
        [user.id],
      );
      expect(rows).toEqual([{ after: { attemptedAction: 'district.create', role: user.role, reason } }]);
      expect(await t.dataSource.query(`SELECT 1 FROM org_unit WHERE code = $1`, [`D-${reason}`])).toEqual([]);
    }
  });
});
