import { Role } from '../src/auth/role.enum';
import { THROTTLE_LIMITS } from '../src/auth/login-throttle.policy';
import { createUserFixture, OrgTreeFixture, seedOrgTree, UserFixture } from './fixtures';
import { createTestApp, TestApp } from './test-app';

const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

interface LoginAnswer {
  outcome: 'ACCEPTED' | 'REFUSED' | 'THROTTLED';
  /** The known-device cookie set by a successful login (`pb_device=...`). */
  cookie?: string;
}

/**
 * The login throttle on a real database (issue 10, items 1 and 11). TRUST_PROXY=loopback lets each
 * test pose as several source addresses through X-Forwarded-For.
 */
describe('login throttle (GraphQL over HTTP)', () => {
  let t: TestApp;
  let tree: OrgTreeFixture;
  let admin: UserFixture;

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: 'loopback' } });
    tree = await seedOrgTree(t.dataSource);
    admin = await createUserFixture(t.dataSource, {
      role: Role.ADMIN,
      scopeUnitId: tree.district.id,
      username: 'the-admin',
      password: 'admin-secret-pass',
    });
  });
  afterAll(() => t?.close());
  beforeEach(async () => {
    await t.dataSource.query('DELETE FROM login_throttle');
    await t.dataSource.query('DELETE FROM audit_event');
  });

  async function login(
    username: string,
    password: string,
    from: string,
    cookie?: string,
  ): Promise<LoginAnswer> {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
    });
    const body = (await res.json()) as {
      data?: { login?: { token: string } } | null;
      errors?: Array<{ message: string }>;
    };
    if (body.data?.login)
      return { outcome: 'ACCEPTED', cookie: res.headers.get('set-cookie')?.split(';')[0] };
    const message = body.errors?.[0]?.message ?? '';
    if (/Too many failed attempts/.test(message)) return { outcome: 'THROTTLED' };
    expect(message).toBe('Invalid username or password');
    return { outcome: 'REFUSED' };
  }

  const count = (answers: LoginAnswer[], outcome: LoginAnswer['outcome']) =>
    answers.filter((a) => a.outcome === outcome).length;

  it('100 parallel logins (99 wrong, 1 right): at most the account limit are evaluated', async () => {
    const passwords = Array.from({ length: 100 }, (_, i) => (i === 73 ? admin.password : `wrong-guess-${i}`));
    const answers = await Promise.all(passwords.map((p) => login(admin.username, p, '198.51.100.1')));
    const evaluated = count(answers, 'ACCEPTED') + count(answers, 'REFUSED');
    expect(evaluated).toBeLessThanOrEqual(THROTTLE_LIMITS.account.attempts);
    expect(count(answers, 'THROTTLED')).toBe(100 - evaluated);
    // The password check ran only for the evaluated ones: one audit row per refused evaluation.
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'LOGIN_FAILED'`,
    );
    expect(n).toBe(count(answers, 'REFUSED'));
    // Once per key: the account's. (100 attempts from one address are over the address limit too;
    // whether that refusal is audited depends on which window the parallel attempts saw end last.)
    const throttled = await t.dataSource.query(
      `SELECT target_id, after FROM audit_event WHERE action = 'LOGIN_THROTTLED' AND after->>'limit' <> 'address'`,
    );
    expect(throttled).toEqual([
      {
        target_id: admin.user.id,
        after: expect.objectContaining({ limit: 'account', username: admin.username }),
      },
    ]);
  });

  it('limits one address over many usernames', async () => {
    const limit = THROTTLE_LIMITS.address.attempts;
    const answers: LoginAnswer[] = [];
    for (let i = 0; i < limit + 5; i++)
      answers.push(await login(`someone-${i}`, 'a-guessed-password', '198.51.100.2'));
    expect(count(answers, 'REFUSED')).toBe(limit);
    expect(answers.slice(limit).every((a) => a.outcome === 'THROTTLED')).toBe(true);
    // Another address is not affected.
    expect((await login('someone-0', 'a-guessed-password', '198.51.100.3')).outcome).toBe('REFUSED');
  });

  it('a stranger cannot lock the admin out of a known device; unknown devices wait for the window', async () => {
    const first = await login(admin.username, admin.password, '203.0.113.10');
    expect(first).toMatchObject({ outcome: 'ACCEPTED', cookie: expect.stringMatching(/^pb_device=/) });

    // A stranger uses up the account's budget for unknown devices, also with a forged device cookie.
    for (let i = 0; i < THROTTLE_LIMITS.account.attempts; i++)
      await login(admin.username, `guess-${i}`, `192.0.2.${i + 1}`);
    expect(
      (await login(admin.username, admin.password, '192.0.2.99', 'pb_device=YQ.forged.sig')).outcome,
    ).toBe('THROTTLED');
    expect((await login(admin.username, admin.password, '203.0.113.11')).outcome).toBe('THROTTLED');

    // The admin's own browser still gets in, and keeps its device cookie.
    const known = await login(admin.username, admin.password, '203.0.113.10', first.cookie);
    expect(known).toEqual({ outcome: 'ACCEPTED', cookie: first.cookie });
    // The cookie is for the-admin only: it gives no budget for guessing another account.
    const other = await createUserFixture(t.dataSource, { role: Role.VIEWER, scopeUnitId: tree.district.id });
    for (let i = 0; i < THROTTLE_LIMITS.account.attempts; i++)
      await login(other.username, `guess-${i}`, `192.0.2.${i + 1}`);
    expect((await login(other.username, other.password, '192.0.2.50', first.cookie)).outcome).toBe(
      'THROTTLED',
    );

    // Once the window has passed, a new device gets in too.
    await t.dataSource.query(
      `UPDATE login_throttle SET window_started_at = window_started_at - interval '16 minutes'`,
    );
    expect((await login(admin.username, admin.password, '203.0.113.11')).outcome).toBe('ACCEPTED');
  });

  it('audits failed logins without the password, and the username only when it names an account', async () => {
    await login(admin.username, 'not-the-password-123', '198.51.100.7');
    await login('no-such-user', 'typed-a-secret-here', '198.51.100.7');
    const rows = await t.dataSource.query(
      `SELECT district_id, actor_id, target_id, after FROM audit_event WHERE action = 'LOGIN_FAILED' ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        district_id: tree.district.id,
        actor_id: null,
        target_id: admin.user.id,
        after: {
          reason: 'WRONG_PASSWORD',
          address: '198.51.100.7',
          knownDevice: false,
          username: admin.username,
        },
      },
      {
        // The login named no district and there is one: the attempt is on that district's door.
        district_id: tree.district.id,
        actor_id: null,
        target_id: null,
        after: { reason: 'UNKNOWN_USER', address: '198.51.100.7', knownDevice: false },
      },
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/not-the-password|typed-a-secret|no-such-user/);
  });
});
