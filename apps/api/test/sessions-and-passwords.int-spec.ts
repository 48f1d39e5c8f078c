import jwt from 'jsonwebtoken';
import { Role } from '../src/auth/role.enum';
import { createUserFixture, OrgTreeFixture, seedOrgTree, UserFixture } from './fixtures';
import { createTestApp, TestApp } from './test-app';

const CREATE = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }';
const UPDATE = 'mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }';
const ME = '{ me { id } }';
const JWT_SECRET = 'test-secret-0123456789abcdef';

/** Issue 10, items 15-17 and 19: password strength, token revocation, username disclosure, audit of updates. */
describe('sessions and passwords (GraphQL over HTTP)', () => {
  let t: TestApp;
  let tree: OrgTreeFixture;
  let other: OrgTreeFixture;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { JWT_SECRET } });
    tree = await seedOrgTree(t.dataSource);
    other = await seedOrgTree(t.dataSource, 'O-');
    admin = t.signToken(
      (
        await createUserFixture(t.dataSource, {
          role: Role.ADMIN,
          scopeUnitId: tree.district.id,
          username: 'home-admin',
        })
      ).user,
    );
  });
  afterAll(() => t?.close());

  const viewer = () => createUserFixture(t.dataSource, { role: Role.VIEWER, scopeUnitId: tree.district.id });
  const newUser = (patch: Record<string, unknown>) => ({
    username: 'li.ming',
    password: 'li-ming-strong-pw',
    displayName: '李明',
    role: 'VIEWER',
    scopeUnitId: tree.district.id,
    ...patch,
  });

  it.each([
    ['12345678', /at least 10 characters/],
    ['password', /at least 10 characters/],
    ['        ', /at least 10 characters/],
    ['          ', /only spaces/],
    ['1234567890', /too common/],
    ['wang.fang-2026', /username/],
  ])('createUser refuses the password %j, naming the field', async (password, problem) => {
    const r = await t.gql(CREATE, { input: newUser({ username: 'wang.fang', password }) }, admin);
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(r.errors![0].message).toMatch(problem);
    expect(await t.dataSource.query(`SELECT 1 FROM app_user WHERE username = 'wang.fang'`)).toEqual([]);
  });

  it("updateUser refuses a weak password or one containing the user's name; the old one still works", async () => {
    const f = await viewer();
    for (const password of ['qwertyuiop', `${f.username}!`]) {
      const r = await t.gql(UPDATE, { id: f.user.id, input: { password } }, admin);
      expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    }
    await t.loginAs(f.username, f.password);
  });

  it('createDistrict refuses a weak admin password, naming admin.password', async () => {
    const r = await t.gql(
      'mutation ($input: CreateDistrictInput!) { createDistrict(input: $input) { district { id } } }',
      {
        input: {
          code: 'D-WEAK',
          name: '弱区',
          admin: { username: 'weak-admin', displayName: '弱', password: 'password1' },
        },
      },
      admin,
    );
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'admin.password' });
  });

  it('a password change revokes the tokens issued before it', async () => {
    const f = await viewer();
    const old = await t.loginAs(f.username, f.password);
    expect(
      (await t.gql(UPDATE, { id: f.user.id, input: { password: 'a-fresh-passphrase' } }, admin)).errors,
    ).toBeUndefined();
    const r = await t.gql(ME, {}, old);
    expect(r.errors![0]).toMatchObject({
      message: expect.stringMatching(/revoked/),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const fresh = await t.loginAs(f.username, 'a-fresh-passphrase');
    expect((await t.gql(ME, {}, fresh)).errors).toBeUndefined();
  });

  it('deactivation revokes the tokens: reactivating does not bring them back', async () => {
    const f = await viewer();
    const old = await t.loginAs(f.username, f.password);
    await t.gql(UPDATE, { id: f.user.id, input: { active: false } }, admin);
    await t.gql(UPDATE, { id: f.user.id, input: { active: true } }, admin);
    expect((await t.gql(ME, {}, old)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(ME, {}, await t.loginAs(f.username, f.password))).errors).toBeUndefined();
  });

  it('refuses a correctly signed token without exp', async () => {
    const f = await viewer();
    const forever = jwt.sign({ sub: f.user.id, role: 'VIEWER', sv: 0 }, JWT_SECRET, {
      algorithm: 'HS256',
      issuer: 'pathboard',
    });
    const r = await t.gql(ME, {}, forever);
    expect(r.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const withExp = jwt.sign({ sub: f.user.id, role: 'VIEWER', sv: 0 }, JWT_SECRET, {
      algorithm: 'HS256',
      issuer: 'pathboard',
      expiresIn: 60,
    });
    expect((await t.gql(ME, {}, withExp)).errors).toBeUndefined();
  });

  it('an update that changes nothing writes no USER_UPDATED row', async () => {
    const f = await viewer();
    const rows = () =>
      t.dataSource.query(`SELECT after FROM audit_event WHERE action = 'USER_UPDATED' AND target_id = $1`, [
        f.user.id,
      ]);
    const same = {
      displayName: f.user.displayName,
      role: 'VIEWER',
      scopeUnitId: tree.district.id,
      active: true,
    };
    expect((await t.gql(UPDATE, { id: f.user.id, input: same }, admin)).errors).toBeUndefined();
    expect(await rows()).toEqual([]);
    await t.gql(UPDATE, { id: f.user.id, input: { ...same, displayName: '新名字' } }, admin);
    expect(await rows()).toHaveLength(1);
    await t.gql(UPDATE, { id: f.user.id, input: { password: 'another-passphrase' } }, admin);
    const after = (await rows()).map((r: { after: Record<string, unknown> }) => r.after.passwordChanged);
    expect(after).toEqual([undefined, true]);
  });

  it("refuses a username held in one's own district only: another district's namesake is no obstacle", async () => {
    const mine: UserFixture = await viewer();
    const theirs = await createUserFixture(t.dataSource, {
      role: Role.VIEWER,
      scopeUnitId: other.district.id,
    });
    const own = await t.gql(CREATE, { input: newUser({ username: mine.username }) }, admin);
    const foreign = await t.gql(CREATE, { input: newUser({ username: theirs.username }) }, admin);
    expect(own.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    expect(own.errors![0].message).toBe('username: this username is already used in this district');
    expect(foreign.errors).toBeUndefined();
  });
});
