import { Role } from '../src/auth/role.enum';
import { createUserFixture, OrgTreeFixture, seedOrgTree } from './fixtures';
import { createTestApp, TestApp } from './test-app';

const CREATE =
  'mutation ($input: CreateUserInput!) { createUser(input: $input) { id username role scopeUnitId districtId active scopeUnit { code } } }';

const UPDATE =
  'mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id displayName role scopeUnitId districtId active } }';

describe('users (GraphQL over HTTP)', () => {
  let t: TestApp;
  let tree: OrgTreeFixture;
  let other: OrgTreeFixture;
  let admin: string;
  let reviewer: string;
  let otherAdmin: string;
  let adminId: string;

  beforeAll(async () => {
    t = await createTestApp();
    tree = await seedOrgTree(t.dataSource);
    other = await seedOrgTree(t.dataSource, 'O-');
    const adminUser = (
      await createUserFixture(t.dataSource, {
        role: Role.ADMIN,
        scopeUnitId: tree.district.id,
        username: 'district-admin',
      })
    ).user;
    adminId = adminUser.id;
    admin = t.signToken(adminUser);
    reviewer = t.signToken(
      (await createUserFixture(t.dataSource, { role: Role.REVIEWER, scopeUnitId: tree.streets[0].id })).user,
    );
    otherAdmin = t.signToken(
      (await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: other.district.id })).user,
    );
  });
  afterAll(() => t?.close());

  const input = (patch: Record<string, unknown> = {}) => ({
    username: 'sec-a1',
    password: 'branch-pass-1',
    displayName: '支部书记',
    role: 'BRANCH',
    scopeUnitId: tree.branches[0].id,
    ...patch,
  });

  it('ADMIN creates a branch user who can then log in; the hash never leaves; audited', async () => {
    const r = await t.gql<{ createUser: { id: string; districtId: string; scopeUnit: { code: string } } }>(
      CREATE,
      { input: input() },
      admin,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createUser).toMatchObject({ districtId: tree.district.id, scopeUnit: { code: 'B-A1' } });
    const token = await t.loginAs('sec-a1', 'branch-pass-1');
    const me = await t.gql<{ me: { role: string } }>('{ me { role } }', {}, token);
    expect(me.data!.me.role).toBe('BRANCH');
    const [e] = await t.dataSource.query(
      `SELECT after FROM audit_event WHERE action = 'USER_CREATED' AND target_id = $1`,
      [r.data!.createUser.id],
    );
    expect(e.after.username).toBe('sec-a1');
    expect(JSON.stringify(e.after)).not.toMatch(/argon2|password/i);
  });

  it('stores a username lower-cased, and signs in whatever case it is typed in', async () => {
    const r = await t.gql<{ createUser: { id: string; username: string } }>(
      CREATE,
      { input: input({ username: 'Zhao.Liu', password: 'branch-pass-2' }) },
      admin,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createUser.username).toBe('zhao.liu');
    for (const typed of ['zhao.liu', 'ZHAO.LIU', ' Zhao.Liu '])
      expect(await t.loginAs(typed, 'branch-pass-2', tree.district.code)).toEqual(expect.any(String));
  });

  it.each([
    [{ username: 'x' }, 'username'],
    [{ password: 'short' }, 'password'],
    [{ displayName: '' }, 'displayName'],
    [{ scopeUnitId: 'nope' }, 'scopeUnitId'],
    [{ username: 'district-admin' }, 'username'],
    // A look-alike differing by case only: sign-in ignores case, so it is the same account name.
    [{ username: 'District-Admin' }, 'username'],
    [{ role: 'BRANCH', scopeUnitId: '__street__' }, 'scopeUnitId'],
    [{ role: 'ADMIN', scopeUnitId: '__street__' }, 'scopeUnitId'],
  ])('refuses %j with BAD_USER_INPUT naming %s', async (patch, field) => {
    const p = { ...patch } as Record<string, unknown>;
    if (p['scopeUnitId'] === '__street__') p['scopeUnitId'] = tree.streets[0].id;
    const r = await t.gql(CREATE, { input: input({ username: 'fresh-user', ...p }) }, admin);
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(r.errors![0].message).toContain(field);
  });

  it('reports every invalid field at once', async () => {
    const r = await t.gql(CREATE, { input: input({ username: 'x', password: 'short' }) }, admin);
    const problems = r.errors![0].extensions!['problems'] as { field: string }[];
    expect(problems.map((p) => p.field).sort()).toEqual(['password', 'username']);
  });

  it('REVIEWER may not create users: FORBIDDEN + ACCESS_DENIED', async () => {
    const r = await t.gql(CREATE, { input: input({ username: 'by-reviewer' }) }, reviewer);
    expect(r.errors![0].extensions!.code).toBe('FORBIDDEN');
    const rows = await t.dataSource.query(
      `SELECT 1 FROM audit_event WHERE action = 'ACCESS_DENIED' AND after->>'attemptedAction' = 'user.create'`,
    );
    expect(rows.length).toBe(1);
  });

  it('ADMIN of another district may not create users in this one', async () => {
    const r = await t.gql(CREATE, { input: input({ username: 'intruder' }) }, otherAdmin);
    // The scope unit of another district answers as a missing one.
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopeUnitId' });
    expect(r.errors![0].message).toMatch(/^scopeUnitId: org unit [0-9a-f-]{36} does not exist$/);
    expect(await t.dataSource.query(`SELECT 1 FROM app_user WHERE username = 'intruder'`)).toEqual([]);
  });

  it('users lists only the users in scope', async () => {
    const mine = await t.gql<{ users: { username: string }[] }>('{ users { username } }', {}, admin);
    expect(mine.data!.users.map((u) => u.username)).toContain('district-admin');
    const theirs = await t.gql<{ users: { username: string }[] }>('{ users { username } }', {}, otherAdmin);
    expect(theirs.data!.users.map((u) => u.username)).not.toContain('district-admin');
  });

  describe('updateUser', () => {
    it('renames and changes role and scope; audited with before/after and no password hash', async () => {
      const { user } = await createUserFixture(t.dataSource, {
        role: Role.BRANCH,
        scopeUnitId: tree.branches[0].id,
        displayName: 'Old',
      });
      const r = await t.gql<{ updateUser: Record<string, unknown> }>(
        UPDATE,
        {
          id: user.id,
          input: { displayName: '  New name ', role: 'REVIEWER', scopeUnitId: tree.streets[1].id },
        },
        admin,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.updateUser).toMatchObject({
        displayName: 'New name',
        role: 'REVIEWER',
        scopeUnitId: tree.streets[1].id,
        districtId: tree.district.id,
        active: true,
      });
      const [e] = await t.dataSource.query(
        `SELECT before, after, actor_id FROM audit_event WHERE action = 'USER_UPDATED' AND target_id = $1`,
        [user.id],
      );
      expect(e.actor_id).toBe(adminId);
      expect(e.before).toMatchObject({
        displayName: 'Old',
        role: 'BRANCH',
        scopeUnitId: tree.branches[0].id,
      });
      expect(e.after).toMatchObject({
        displayName: 'New name',
        role: 'REVIEWER',
        scopeUnitId: tree.streets[1].id,
      });
      expect(JSON.stringify([e.before, e.after])).not.toMatch(/argon2|password/i);
    });

    it('a deactivated user cannot log in; reactivated (with a new password) they can', async () => {
      const f = await createUserFixture(t.dataSource, { role: Role.VIEWER, scopeUnitId: tree.streets[0].id });
      await t.loginAs(f.username, f.password);
      const off = await t.gql(UPDATE, { id: f.user.id, input: { active: false } }, admin);
      expect(off.errors).toBeUndefined();
      await expect(t.loginAs(f.username, f.password)).rejects.toThrow(/failed/);
      const on = await t.gql(
        UPDATE,
        { id: f.user.id, input: { active: true, password: 'brand-new-pass' } },
        admin,
      );
      expect(on.errors).toBeUndefined();
      await expect(t.loginAs(f.username, f.password)).rejects.toThrow(/failed/);
      await expect(t.loginAs(f.username, 'brand-new-pass')).resolves.toEqual(expect.any(String));
    });

    it('an out-of-scope target or new scope answers exactly as a missing one (no scope-unit id)', async () => {
      const { user } = await createUserFixture(t.dataSource, {
        role: Role.VIEWER,
        scopeUnitId: other.streets[0].id,
        displayName: 'theirs',
      });
      const r = await t.gql(UPDATE, { id: user.id, input: { displayName: 'hijacked' } }, admin);
      expect(r.errors![0]).toMatchObject({
        message: `User ${user.id} not found`,
        extensions: { code: 'NOT_FOUND' },
      });
      expect(JSON.stringify(r.errors)).not.toContain(other.streets[0].id);
      const randomId = '5f0c6f43-9b3e-4c1e-8a55-000000000000';
      const missing = await t.gql(UPDATE, { id: randomId, input: { displayName: 'hijacked' } }, admin);
      expect(JSON.stringify(missing.errors).replaceAll(randomId, user.id)).toBe(JSON.stringify(r.errors));
      const mine = await createUserFixture(t.dataSource, {
        role: Role.VIEWER,
        scopeUnitId: tree.streets[0].id,
      });
      const moved = await t.gql(
        UPDATE,
        { id: mine.user.id, input: { scopeUnitId: other.streets[0].id } },
        admin,
      );
      expect(moved.errors![0]).toMatchObject({
        message: `scopeUnitId: org unit ${other.streets[0].id} does not exist`,
        extensions: { code: 'BAD_USER_INPUT', field: 'scopeUnitId' },
      });
      const [row] = await t.dataSource.query(`SELECT display_name FROM app_user WHERE id = $1`, [user.id]);
      expect(row.display_name).toBe('theirs');
    });

    it('a non-admin is FORBIDDEN', async () => {
      const { user } = await createUserFixture(t.dataSource, {
        role: Role.VIEWER,
        scopeUnitId: tree.streets[0].id,
      });
      const r = await t.gql(UPDATE, { id: user.id, input: { displayName: 'x' } }, reviewer);
      expect(r.errors![0].extensions!.code).toBe('FORBIDDEN');
    });

    it.each([
      [{ displayName: '' }, 'displayName'],
      [{ displayName: '   ' }, 'displayName'],
      [{ password: 'short' }, 'password'],
      [{ role: 'BRANCH', scopeUnitId: '__street__' }, 'scopeUnitId'],
      [{ role: 'ADMIN' }, 'scopeUnitId'],
    ])('refuses %j with BAD_USER_INPUT naming %s', async (patch, field) => {
      const { user } = await createUserFixture(t.dataSource, {
        role: Role.VIEWER,
        scopeUnitId: tree.streets[0].id,
      });
      const p = { ...patch } as Record<string, unknown>;
      if (p['scopeUnitId'] === '__street__') p['scopeUnitId'] = tree.streets[0].id;
      const r = await t.gql(UPDATE, { id: user.id, input: p }, admin);
      expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(r.errors![0].message).toContain(field);
    });

    it('an admin may not deactivate or demote itself', async () => {
      const off = await t.gql(UPDATE, { id: adminId, input: { active: false } }, admin);
      expect(off.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'active' });
      const demote = await t.gql(UPDATE, { id: adminId, input: { role: 'VIEWER' } }, admin);
      expect(demote.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
      const [row] = await t.dataSource.query(`SELECT active, role FROM app_user WHERE id = $1`, [adminId]);
      expect(row).toMatchObject({ active: true, role: 'ADMIN' });
    });
  });
});
