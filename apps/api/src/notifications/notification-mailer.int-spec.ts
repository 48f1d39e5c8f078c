import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { createUserFixture, seedOrgTree } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { Role } from '../auth/role.enum';
import { MAIL_LEASE_MS } from './mail-outbox';
import { NotificationMailerService } from './notification-mailer.service';
import { NotificationsService } from './notifications.service';

interface Received {
  messageId: string;
  subject: string;
}

/** A real SMTP server (smtp-server) that refuses the first `refuse` messages with a temporary 451. */
async function startSmtp(port: number, refuse: number) {
  const received: Received[] = [];
  let attempts = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      attempts++;
      simpleParser(stream)
        .then((mail) => {
          if (attempts <= refuse)
            return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
          received.push({ messageId: mail.messageId ?? '', subject: mail.subject ?? '' });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    received,
    attempts: () => attempts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('notification e-mail is delivered at least once, recognisably once', () => {
  const SMTP_PORT = 41300 + Math.floor(Math.random() * 90);
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  let userId: string;
  let districtId: string;

  async function notify(key: string): Promise<string> {
    await t.dataSource.transaction((m) =>
      t.app.get(NotificationsService).notifyUsers(m, districtId, [userId], {
        kind: 'RECTIFICATION_ASSIGNED',
        targetType: 'RectificationItem',
        targetId: key,
        idempotencyKey: key,
        payload: { indicatorCode: 'ORG_MEETINGS' },
      }),
    );
    const [row] = await t.dataSource.query(`SELECT id FROM notification WHERE idempotency_key = $1`, [key]);
    return row.id;
  }
  const state = async (id: string) =>
    (
      await t.dataSource.query(
        `SELECT email_attempts AS attempts, email_sent_at IS NOT NULL AS sent, email_error AS error,
                email_claimed_at IS NOT NULL AS claimed
           FROM notification WHERE id = $1`,
        [id],
      )
    )[0];
  const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

  beforeAll(async () => {
    smtp = await startSmtp(SMTP_PORT, 1);
    t = await createTestApp({
      env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(SMTP_PORT), SMTP_FROM: 'Pathboard <pb@example.org>' },
    });
    const tree = await seedOrgTree(t.dataSource);
    const branch = await createUserFixture(t.dataSource, {
      role: Role.BRANCH,
      scopeUnitId: tree.branches[0].id,
    });
    userId = branch.user.id;
    districtId = tree.district.id;
    await t.dataSource.query(`UPDATE app_user SET email = 'branch@example.org' WHERE id = $1`, [userId]);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('a send the server refuses is retried after the backoff and delivered exactly once', async () => {
    const mailer = t.app.get(NotificationMailerService);
    const id = await notify('refused-once');
    const now = new Date();
    expect(await mailer.run(now)).toEqual({ sent: 0, failed: 1 });
    expect(await state(id)).toMatchObject({ attempts: 1, sent: false, claimed: false });
    expect((await state(id)).error).toContain('try again later');
    // Not before the backoff (30 s after the first failure).
    expect(await mailer.run(at(now, 10_000))).toEqual({ sent: 0, failed: 0 });
    expect(await mailer.run(at(now, 31_000))).toEqual({ sent: 1, failed: 0 });
    expect(await state(id)).toMatchObject({ attempts: 2, sent: true, error: null });
    // Sent rows are never sent again.
    expect(await mailer.run(at(now, 3_600_000))).toEqual({ sent: 0, failed: 0 });
    expect(smtp.attempts()).toBe(2);
    expect(smtp.received).toEqual([
      {
        messageId: `<notification.${id}@example.org>`,
        subject: '[Pathboard] 新的整改事项 / New rectification item',
      },
    ]);
  });

  it('a claim left by a crashed send holds until its lease expires, then the mail goes out once', async () => {
    const mailer = t.app.get(NotificationMailerService);
    const id = await notify('crashed-claim');
    const now = new Date();
    // What a pass does before it sends; the process then dies.
    await t.dataSource.query(
      `UPDATE notification SET email_claimed_at = $2, email_attempts = email_attempts + 1 WHERE id = $1`,
      [id, now],
    );
    expect(await mailer.run(at(now, 60_000))).toEqual({ sent: 0, failed: 0 });
    expect(await mailer.run(at(now, MAIL_LEASE_MS + 1_000))).toEqual({ sent: 1, failed: 0 });
    expect(await mailer.run(at(now, MAIL_LEASE_MS + 120_000))).toEqual({ sent: 0, failed: 0 });
    expect(await state(id)).toMatchObject({ attempts: 2, sent: true });
    expect(smtp.received.filter((m) => m.messageId === `<notification.${id}@example.org>`)).toHaveLength(1);
  });
});
