import { DataSource } from 'typeorm';
import { Role } from '../src/auth/role.enum';
import { createUserFixture, OrgTreeFixture, seedOrgTree, UserFixture } from './fixtures';
import { createTestApp, TestApp } from './test-app';

describe('auth (GraphQL over HTTP)', () => {
  let t: TestApp;
  let tree: OrgTreeFixture;
  let reviewer: UserFixture;

  beforeAll(async () => {
    t = await createTestApp();
    tree = await seedOrgTree(t.dataSource);
    reviewer = await createUserFixture(t.dataSource, {
      role: Role.REVIEWER,
      scopeUnitId: tree.streets[0].id,
      username: 'street-a',
      password: 'good-password',
    });
  });
  afterAll(() => t?.close());

  const LOGIN =
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { id username role scopeUnitId districtId } } }';

  it('logs in with the right password and returns a JWT with its expiry', async () => {
    const r = await t.gql<{
      login: { token: string; expiresAt: string; user: { id: string; role: string; districtId: string } };
    }>(LOGIN, { u: 'street-a', p: 'good-password' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.login.token.split('.')).toHaveLength(3);
    const ttl = Date.parse(r.data!.login.expiresAt) - Date.now();
    expect(ttl).toBeGreaterThan(7.9 * 3600 * 1000);
    expect(ttl).toBeLessThanOrEqual(8 * 3600 * 1000);
    expect(r.data!.login.user).toMatchObject({
      id: reviewer.user.id,
      role: 'REVIEWER',
      districtId: tree.district.id,
    });
  });

  it("login's user resolves its scope unit, as me does", async () => {
    const r = await t.gql<{
      login: { user: { scopeUnit: { id: string; kind: string; name: string } | null } };
    }>(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { user { scopeUnitId scopeUnit { id kind name } } } }',
      { u: 'street-a', p: 'good-password' },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.login.user).toEqual({
      scopeUnitId: tree.streets[0].id,
      scopeUnit: { id: tree.streets[0].id, kind: 'STREET', name: tree.streets[0].name },
    });
    const token = await t.loginAs('street-a', 'good-password');
    const me = await t.gql<{ me: { scopeUnit: unknown } }>(
      '{ me { scopeUnitId scopeUnit { id kind name } } }',
      {},
      token,
    );
    expect(me.data!.me).toEqual(r.data!.login.user);
  });

  it('refuses a wrong password and an unknown user alike with UNAUTHENTICATED', async () => {
    for (const [u, p] of [
      ['street-a', 'wrong-password'],
      ['nobody', 'good-password'],
    ]) {
      const r = await t.gql(LOGIN, { u, p });
      expect(r.data).toBeNull();
      expect(r.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      expect(r.errors![0].message).toBe('Invalid username or password');
    }
  });

  it('refuses an inactive user', async () => {
    const f = await createUserFixture(t.dataSource, {
      role: Role.VIEWER,
      scopeUnitId: tree.district.id,
      active: false,
    });
    const r = await t.gql(LOGIN, { u: f.username, p: f.password });
    expect(r.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('validates login arguments (BAD_USER_INPUT naming the field)', async () => {
    const r = await t.gql(LOGIN, { u: '', p: 'x' });
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
  });

  it('me returns the caller', async () => {
    const token = await t.loginAs('street-a', 'good-password');
    const r = await t.gql<{
      me: { username: string; role: string; scopeUnit: { id: string; kind: string } };
    }>('{ me { username role scopeUnit { id kind } } }', {}, token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.me).toEqual({
      username: 'street-a',
      role: 'REVIEWER',
      scopeUnit: { id: tree.streets[0].id, kind: 'STREET' },
    });
  });

  it('requires a token: none, forged or expired → UNAUTHENTICATED', async () => {
    const none = await t.gql('{ me { id } }');
    expect(none.errors![0].extensions!.code).toBe('UNAUTHENTICATED');

    const forged = await t.gql('{ me { id } }', {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    expect(forged.errors![0].extensions!.code).toBe('UNAUTHENTICATED');

    const expired = t.signToken(reviewer.user, Date.now() - 9 * 3600 * 1000);
    const r = await t.gql('{ me { id } }', {}, expired);
    expect(r.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(r.errors![0].message).toMatch(/expired/i);
  });

  it('a deactivated user is locked out at once, even with a valid token', async () => {
    const f = await createUserFixture(t.dataSource, { role: Role.VIEWER, scopeUnitId: tree.district.id });
    const token = await t.loginAs(f.username, f.password);
    await t.dataSource.query('UPDATE app_user SET active = false WHERE id = $1', [f.user.id]);
    const r = await t.gql('{ me { id } }', {}, token);
    expect(r.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('throttles password guessing per username', async () => {
    const f = await createUserFixture(t.dataSource, { role: Role.VIEWER, scopeUnitId: tree.district.id });
    for (let i = 0; i < 10; i++) await t.gql(LOGIN, { u: f.username, p: `guess-${i}` });
    const r = await t.gql(LOGIN, { u: f.username, p: f.password });
    expect(r.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(r.errors![0].message).toMatch(/Too many failed attempts/);
    expect((await t.gql(LOGIN, { u: 'street-a', p: 'good-password' })).errors).toBeUndefined();
  });

  it('GET /health pings the database', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', db: 'up' });
  });

  it('GET /health/live answers without the database, even while its one session is held', async () => {
    // PGlite has one session: hold it in an open transaction, as a long report statement would.
    const runner = t.app.get(DataSource).createQueryRunner();
    await runner.startTransaction();
    try {
      const live = await fetch(`${t.url}/health/live`, { signal: AbortSignal.timeout(5000) });
      expect(live.status).toBe(200);
      expect(await live.json()).toMatchObject({ status: 'ok' });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('never sends stack traces outside development', async () => {
    const r = await t.gql('{ me { id } }');
    expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace/);
  });
});
