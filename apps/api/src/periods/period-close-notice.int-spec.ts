import { defaultFramework } from '@pathboard/frameworks';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { createUserFixture, seedOrgTree, type OrgTreeFixture } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { AnnualService } from '../annual/annual.service';
import { Role } from '../auth/role.enum';
import { GET_ASSESSMENT, IMPORT_FRAMEWORK, OPEN_PERIOD, SUBMIT } from '../assessments/testing/assessment-ops';
import { NotificationMailerService } from '../notifications/notification-mailer.service';

const CLOSE = `mutation ($id: ID!, $force: Boolean) { closePeriod(periodId: $id, force: $force) { id status } }`;
const REOPEN = `mutation ($id: ID!, $r: String!) { reopenPeriod(periodId: $id, reason: $r) { id status } }`;
const MINE = `query { myNotifications { kind targetType targetId payload about { periodCode branchName } } }`;

interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** A local SMTP server (smtp-server) keeping what it receives. */
async function startSmtp(port: number) {
  const received: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
          received.push({ to: to?.text ?? '', subject: mail.subject ?? '', text: mail.text ?? '' });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * Closing a quarter tells each branch of it, in the close's transaction: one notice per branch
 * secretary (in the bell, and by mail where their settings say so), nobody else, nobody when the
 * close is refused or fails, and not again for a close that is refused as already done.
 */
describe('closing a quarter notifies its branches', () => {
  const SMTP_PORT = 41400 + Math.floor(Math.random() * 90);
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  let tree: OrgTreeFixture;
  let periodId: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  async function person(name: string, role: Role, scopeUnitId: string, extra: Record<string, unknown> = {}) {
    const { user } = await createUserFixture(t.dataSource, {
      role,
      scopeUnitId,
      active: extra['active'] !== false,
    });
    await t.dataSource.query(`UPDATE app_user SET email = $2, email_notifications = $3 WHERE id = $1`, [
      user.id,
      extra['email'] ?? null,
      extra['emailNotifications'] ?? true,
    ]);
    ids[name] = user.id;
    tokens[name] = t.signToken(user);
  }

  async function ok<T>(query: string, variables: Record<string, unknown>, who: string): Promise<T> {
    const r = await t.gql<T>(query, variables, tokens[who]);
    expect(r.errors).toBeUndefined();
    return r.data!;
  }

  /** An admin's framework and quarter 2026Q4 (due 2027-01-10, after the tests' clock) in its district. */
  async function openQuarter(admin: string): Promise<string> {
    const fw = await ok<{ importFramework: { id: string } }>(
      IMPORT_FRAMEWORK,
      { d: defaultFramework },
      admin,
    );
    const opened = await ok<{ openPeriod: { id: string } }>(
      OPEN_PERIOD,
      { code: '2026Q4', frameworkId: fw.importFramework.id, deadline: '2027-01-10T16:00:00.000Z' },
      admin,
    );
    return opened.openPeriod.id;
  }

  /** PERIOD_CLOSED rows by recipient id. */
  async function closedNotices(): Promise<Record<string, number>> {
    const rows: { user_id: string; n: number }[] = await t.dataSource.query(
      `SELECT user_id, count(*)::int AS n FROM notification WHERE kind = 'PERIOD_CLOSED' GROUP BY user_id`,
    );
    const byName = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
    return Object.fromEntries(rows.map((r) => [byName[r.user_id], Number(r.n)]));
  }

  beforeAll(async () => {
    smtp = await startSmtp(SMTP_PORT);
    t = await createTestApp({
      env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(SMTP_PORT), SMTP_FROM: 'Pathboard <pb@example.org>' },
    });
    tree = await seedOrgTree(t.dataSource);
    const other = await seedOrgTree(t.dataSource, 'X');
    await person('admin', Role.ADMIN, tree.district.id, { email: 'admin@example.org' });
    await person('viewer', Role.VIEWER, tree.district.id, { email: 'viewer@example.org' });
    await person('reviewer', Role.REVIEWER, tree.streets[0].id, { email: 'reviewer@example.org' });
    // Branch A1 has two secretaries: one mailed, one who turned mail off. A2's has no address.
    await person('a1', Role.BRANCH, tree.branches[0].id, { email: 'a1@example.org' });
    await person('a1quiet', Role.BRANCH, tree.branches[0].id, {
      email: 'a1quiet@example.org',
      emailNotifications: false,
    });
    await person('a2', Role.BRANCH, tree.branches[1].id);
    await person('b1gone', Role.BRANCH, tree.branches[2].id, { email: 'b1@example.org', active: false });
    // Another district with the same quarter open.
    await person('otherAdmin', Role.ADMIN, other.district.id);
    await person('otherBranch', Role.BRANCH, other.branches[0].id, { email: 'x@example.org' });
    periodId = await openQuarter('admin');
    await openQuarter('otherAdmin');
    const a1 = await ok<{ assessment: { id: string; version: number } }>(
      GET_ASSESSMENT,
      { branchId: tree.branches[0].id, period: '2026Q4' },
      'a1',
    );
    await ok(SUBMIT, { id: a1.assessment.id, v: a1.assessment.version }, 'a1');
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('a refused close (before the deadline, not forced) notifies nobody', async () => {
    const refused = await t.gql(CLOSE, { id: periodId }, tokens['admin']);
    expect(refused.errors![0].extensions).toMatchObject({ reason: 'CLOSE_NOT_CONFIRMED' });
    expect(await closedNotices()).toEqual({});
  });

  it('a close that fails after the notices were written notifies nobody (one transaction)', async () => {
    const annual = t.app.get(AnnualService);
    const freeze = annual.freezeIfComplete;
    // The last step of the close fails: everything before it, the notices included, rolls back.
    annual.freezeIfComplete = () => Promise.reject(new Error('simulated failure'));
    try {
      expect((await t.gql(CLOSE, { id: periodId, force: true }, tokens['admin'])).errors).toBeDefined();
    } finally {
      annual.freezeIfComplete = freeze;
    }
    const [row] = await t.dataSource.query(`SELECT status FROM period WHERE id = $1`, [periodId]);
    expect(row.status).toBe('OPEN');
    expect(await closedNotices()).toEqual({});
  });

  it('a close notifies each active secretary of its branches once, about their own assessment, and no one else', async () => {
    await ok(CLOSE, { id: periodId, force: true }, 'admin');
    // Not the committee (admin, viewer, reviewer), not an inactive user, not another district.
    expect(await closedNotices()).toEqual({ a1: 1, a1quiet: 1, a2: 1 });

    const a1 = await ok<{ assessment: { id: string } }>(
      GET_ASSESSMENT,
      { branchId: tree.branches[0].id, period: '2026Q4' },
      'a1',
    );
    const inbox = (await ok<{ myNotifications: Record<string, unknown>[] }>(MINE, {}, 'a1')).myNotifications;
    expect(inbox.filter((n) => n['kind'] === 'PERIOD_CLOSED')).toEqual([
      {
        kind: 'PERIOD_CLOSED',
        targetType: 'Assessment',
        targetId: a1.assessment.id,
        payload: { periodCode: '2026Q4', status: 'SUBMITTED' },
        about: { periodCode: '2026Q4', branchName: 'B-A1' },
      },
    ]);
    // A2 never submitted: its notice says so (DRAFT at closing).
    const a2 = (await ok<{ myNotifications: Record<string, unknown>[] }>(MINE, {}, 'a2')).myNotifications;
    expect(a2.find((n) => n['kind'] === 'PERIOD_CLOSED')?.['payload']).toEqual({
      periodCode: '2026Q4',
      status: 'DRAFT',
    });
  });

  it('closing an already closed quarter is refused and notifies no one again', async () => {
    const again = await t.gql(CLOSE, { id: periodId, force: true }, tokens['admin']);
    expect(again.errors![0].extensions).toMatchObject({ reason: 'PERIOD_CLOSED' });
    expect(await closedNotices()).toEqual({ a1: 1, a1quiet: 1, a2: 1 });
  });

  it('mails the notice through the outbox to those whose settings say so, naming the quarter', async () => {
    const mailer = t.app.get(NotificationMailerService);
    await mailer.run(new Date());
    const closedMail = smtp.received.filter((m) => m.subject.includes('考评季度已关闭'));
    // a1quiet turned mail off, a2 has no address; b1gone is inactive and was never notified.
    expect(closedMail.map((m) => m.to)).toEqual(['a1@example.org']);
    expect(closedMail[0].subject).toBe('[Pathboard] 考评季度已关闭 / A quarter is closed');
    expect(closedMail[0].text).toContain('2026年第四季度已关闭：本支部该季度的考评不能再修改。');
    expect(closedMail[0].text).toContain('本支部已提交，但关闭前未经审核，该季度没有考评结果。');
  });

  it('a quarter reopened and closed again is news again: one more notice each', async () => {
    await ok(REOPEN, { id: periodId, r: '更正数据' }, 'admin');
    await ok(CLOSE, { id: periodId, force: true }, 'admin');
    expect(await closedNotices()).toEqual({ a1: 2, a1quiet: 2, a2: 2 });
  });
});
