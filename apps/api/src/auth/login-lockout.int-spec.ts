import { createTestApp, type TestApp } from '../../test/test-app';
import { createUserFixture, seedOrgTree, type UserFixture } from '../../test/fixtures';
import { THROTTLE_LIMITS } from './login-throttle.policy';
import { Role } from './role.enum';

const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

/**
 * What a locked-out login answers (audit 14, item 1): a lockout is told apart from a wrong password
 * (extensions.reason, retryAfterSeconds), the last attempts are counted down, and none of it tells an
 * unknown username from a known one.
 */
describe('login lockout answers (GraphQL over HTTP)', () => {
  let t: TestApp;
  let user: UserFixture;

  beforeAll(async () => {
    t = await createTestApp();
    const tree = await seedOrgTree(t.dataSource);
    user = await createUserFixture(t.dataSource, { role: Role.VIEWER, scopeUnitId: tree.district.id });
  });
  afterAll(() => t?.close());
  beforeEach(async () => {
    await t.dataSource.query('DELETE FROM login_throttle');
    await t.dataSource.query('DELETE FROM audit_event');
  });

  /** Up to the limit with wrong passwords, then once more with `last`: the extensions of each answer. */
  async function guessThenTry(username: string, last: string) {
    const answers: Array<Record<string, unknown>> = [];
    for (let i = 0; i < THROTTLE_LIMITS.account.attempts; i++) {
      const r = await t.gql(LOGIN, { u: username, p: `wrong-guess-${i}` });
      answers.push({ message: r.errors![0].message, ...r.errors![0].extensions });
    }
    const r = await t.gql(LOGIN, { u: username, p: last });
    expect(r.data).toBeNull();
    answers.push({ message: r.errors![0].message, ...r.errors![0].extensions });
    return answers;
  }

  it('warns on the last three attempts, then refuses even the right password as LOCKED_OUT', async () => {
    const answers = await guessThenTry(user.username, user.password);
    const wrong = {
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_CREDENTIALS',
      message: 'Invalid username or password',
    };
    expect(answers.slice(0, 6)).toEqual(Array(6).fill(wrong));
    expect(answers.slice(6, 9)).toEqual([
      { ...wrong, attemptsLeft: 3 },
      { ...wrong, attemptsLeft: 2 },
      { ...wrong, attemptsLeft: 1 },
    ]);
    expect(answers[9]).toEqual({ ...wrong, attemptsLeft: 0, retryAfterSeconds: expect.any(Number) });
    const locked = answers[10];
    expect(locked).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'LOCKED_OUT',
      retryAfterSeconds: expect.any(Number),
      message: `Too many failed attempts: try again in ${locked.retryAfterSeconds} s`,
    });
    expect(locked.retryAfterSeconds).toBeGreaterThan(0);
    expect(locked.retryAfterSeconds).toBeLessThanOrEqual(THROTTLE_LIMITS.account.windowSeconds);

    // The audit trail is as before: each evaluated failure, and the first refusal once.
    const audit = await t.dataSource.query(
      `SELECT action, count(*)::int AS n FROM audit_event GROUP BY action ORDER BY action`,
    );
    expect(audit).toEqual([
      { action: 'LOGIN_FAILED', n: THROTTLE_LIMITS.account.attempts },
      { action: 'LOGIN_THROTTLED', n: 1 },
    ]);
  });

  it('answers an unknown username exactly as a known one, warnings and lockout included', async () => {
    const known = await guessThenTry(user.username, user.password);
    await t.dataSource.query('DELETE FROM login_throttle');
    const unknown = await guessThenTry('no-such-user-here', 'any-password-1');
    // The seconds to wait are a clock reading; everything else must be the same.
    const shape = (answers: Array<Record<string, unknown>>) =>
      answers.map(({ retryAfterSeconds, ...rest }) => ({ ...rest, waits: retryAfterSeconds !== undefined }));
    expect(shape(unknown)).toEqual(shape(known));
  });
});
