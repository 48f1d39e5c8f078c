import { Role } from '../src/auth/role.enum';
import { THROTTLE_LIMITS } from '../src/auth/login-throttle.policy';
import { createUnitFixture, createUserFixture, OrgTreeFixture, seedOrgTree } from './fixtures';
import { createTestApp, GqlResponse, TestApp } from './test-app';
import { OrgUnitKind } from '../src/org-units/org-unit.enums';

const CREATE = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id username districtId } }';
const LOGIN =
  'mutation ($u: String!, $p: String!, $d: String) { login(username: $u, password: $p, district: $d) { token user { id districtId } } }';

type Login = { login: { token: string; user: { id: string; districtId: string } } };

/**
 * District-qualified logins (issue 10 item 17): user names are unique per district, so a name taken
 * in one district says nothing about another, and a login names its district by code.
 */
describe('district logins (GraphQL over HTTP)', () => {
  let t: TestApp;
  let a: OrgTreeFixture;
  let b: OrgTreeFixture;
  const ids: Record<'a' | 'b', string> = { a: '', b: '' };

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: 'loopback' } });
    a = await seedOrgTree(t.dataSource, 'LA-');
    b = await seedOrgTree(t.dataSource, 'LB-');
    // A retired district is neither listed nor accepted at login.
    await createUnitFixture(t.dataSource, { kind: OrgUnitKind.DISTRICT, code: 'LC-D', active: false });
    for (const [key, tree, password] of [
      ['a', a, 'zhang-in-a-pass'],
      ['b', b, 'zhang-in-b-pass'],
    ] as const) {
      const admin = await createUserFixture(t.dataSource, {
        role: Role.ADMIN,
        scopeUnitId: tree.district.id,
      });
      const r = await t.gql<{ createUser: { id: string; districtId: string } }>(
        CREATE,
        {
          input: {
            username: 'zhangsan',
            password,
            displayName: '张三',
            role: 'VIEWER',
            scopeUnitId: tree.district.id,
          },
        },
        t.signToken(admin.user),
      );
      // Each district's creation succeeds: the other district's zhangsan is no obstacle.
      expect(r.errors).toBeUndefined();
      expect(r.data!.createUser.districtId).toBe(tree.district.id);
      ids[key] = r.data!.createUser.id;
    }
  });
  afterAll(() => t?.close());
  beforeEach(() => t.dataSource.query('DELETE FROM login_throttle'));

  const login = (u: string, p: string, d?: string, from = '198.51.100.20') =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ query: LOGIN, variables: { u, p, d: d ?? null } }),
    }).then((r) => r.json() as Promise<GqlResponse<Login>>);

  it('lists the active districts, code and name only, for the login page', async () => {
    const r = await t.gql<{ loginDistricts: unknown[] }>('{ loginDistricts { code name } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.loginDistricts).toEqual([
      { code: 'LA-D', name: 'LA-区' },
      { code: 'LB-D', name: 'LB-区' },
    ]);
  });

  it('each zhangsan signs in through their own district', async () => {
    const inA = await login('zhangsan', 'zhang-in-a-pass', 'LA-D');
    const inB = await login('zhangsan', 'zhang-in-b-pass', 'LB-D');
    expect(inA.data!.login.user).toEqual({ id: ids.a, districtId: a.district.id });
    expect(inB.data!.login.user).toEqual({ id: ids.b, districtId: b.district.id });
  });

  it("a taken name in one's own district is still refused, naming username", async () => {
    const admin = await createUserFixture(t.dataSource, { role: Role.ADMIN, scopeUnitId: a.district.id });
    const r = await t.gql(
      CREATE,
      {
        input: {
          username: 'zhangsan',
          password: 'another-long-pass',
          displayName: '又一个张三',
          role: 'VIEWER',
          scopeUnitId: a.streets[0].id,
        },
      },
      t.signToken(admin.user),
    );
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    expect(r.errors![0].message).toBe('username: this username is already used in this district');
  });

  it('without a district, while two are active: BAD_USER_INPUT on district, the same whatever the username', async () => {
    const known = await login('zhangsan', 'zhang-in-a-pass');
    const unknown = await login('nobody-at-all', 'whatever-pass');
    expect(known.data ?? null).toBeNull();
    expect(known.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'district' });
    expect(known.errors![0].message).toMatch(/^district: /);
    expect(unknown.errors).toEqual(known.errors);
    // Nothing was counted or audited: no password was looked at.
    expect(await t.dataSource.query('SELECT key FROM login_throttle')).toEqual([]);
  });

  it('a wrong, unknown or retired district answers exactly like a wrong password', async () => {
    const wrongPassword = await login('zhangsan', 'not-the-password', 'LA-D');
    expect(wrongPassword.errors![0]).toMatchObject({
      message: 'Invalid username or password',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    for (const d of ['LB-D', 'NO-SUCH-D', 'LC-D']) {
      const r = await login('zhangsan', 'zhang-in-a-pass', d);
      expect(r.data ?? null).toBeNull();
      expect(r.errors).toEqual(wrongPassword.errors);
    }
    const failed = await t.dataSource.query(
      `SELECT district_id, target_id, after->>'reason' AS reason FROM audit_event
        WHERE action = 'LOGIN_FAILED' ORDER BY id DESC LIMIT 3`,
    );
    expect(failed).toEqual([
      { district_id: null, target_id: null, reason: 'UNKNOWN_DISTRICT' },
      { district_id: null, target_id: null, reason: 'UNKNOWN_DISTRICT' },
      // In B, A's password is a wrong password for B's zhangsan.
      { district_id: b.district.id, target_id: ids.b, reason: 'WRONG_PASSWORD' },
    ]);
  });

  it("throttles per district and username: guessing A's zhangsan leaves B's alone", async () => {
    for (let i = 0; i < THROTTLE_LIMITS.account.attempts; i++)
      await login('zhangsan', `guess-${i}`, 'LA-D', `192.0.2.${i + 1}`);
    const inA = await login('zhangsan', 'zhang-in-a-pass', 'LA-D', '192.0.2.99');
    expect(inA.errors![0].message).toMatch(/Too many failed attempts/);
    const inB = await login('zhangsan', 'zhang-in-b-pass', 'LB-D', '192.0.2.99');
    expect(inB.errors).toBeUndefined();
    expect(inB.data!.login.user.id).toBe(ids.b);
    const keys: { key: string }[] = await t.dataSource.query(
      `SELECT key FROM login_throttle WHERE key LIKE 'account:%' ORDER BY key`,
    );
    expect(keys).toEqual([{ key: 'account:la-d:zhangsan' }]);
  });

  it('a known device of one district does not carry over to the namesake in another', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.40' },
      body: JSON.stringify({ query: LOGIN, variables: { u: 'zhangsan', p: 'zhang-in-a-pass', d: 'LA-D' } }),
    });
    const cookie = res.headers.get('set-cookie')!.split(';')[0];
    for (let i = 0; i < THROTTLE_LIMITS.account.attempts; i++)
      await login('zhangsan', `guess-${i}`, 'LB-D', `192.0.2.${i + 1}`);
    const withCookie = (d: string, p: string) =>
      fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.40', cookie },
        body: JSON.stringify({ query: LOGIN, variables: { u: 'zhangsan', p, d } }),
      }).then((r) => r.json() as Promise<GqlResponse<Login>>);
    expect((await withCookie('LB-D', 'zhang-in-b-pass')).errors![0].message).toMatch(/Too many/);
    expect((await withCookie('LA-D', 'zhang-in-a-pass')).errors).toBeUndefined();
  });
});
