import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notification e-mail at least once (issue 15): the notification row is the outbox.
 * - `email_claimed_at` becomes a lease: a mailer claims a due row (… FOR UPDATE SKIP LOCKED) and
 *   owns it until it marks it sent (`email_sent_at`, after SMTP accepted it) or the lease expires
 *   (a crash mid-send), when another pass claims it again.
 * - `email_attempts` counts the claims; a failed send clears the lease and sets `email_next_at`
 *   (exponential backoff) until the attempts run out.
 * The pending index now follows "not sent" instead of "not claimed".
 * Plain SQL that runs unchanged on PGlite and PostgreSQL.
 */
export class NotificationEmailOutbox1795610010000 implements MigrationInterface {
  name = 'NotificationEmailOutbox1795610010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification ADD COLUMN email_attempts int NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE notification ADD COLUMN email_next_at timestamptz`);
    await q.query(`DROP INDEX ix_notification_email_pending`);
    await q.query(
      `CREATE INDEX ix_notification_email_pending ON notification (created_at) WHERE email_sent_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_notification_email_pending`);
    await q.query(
      `CREATE INDEX ix_notification_email_pending ON notification (created_at) WHERE email_claimed_at IS NULL`,
    );
    await q.query(`ALTER TABLE notification DROP COLUMN email_next_at`);
    await q.query(`ALTER TABLE notification DROP COLUMN email_attempts`);
  }
}
