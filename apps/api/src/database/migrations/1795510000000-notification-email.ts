import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Optional e-mail for notifications (issue 15):
 * - `app_user.email` and `app_user.email_notifications` (the user's own opt-out, on by default;
 *   nothing is mailed without an address and SMTP settings).
 * - `notification.email_claimed_at` / `email_sent_at` / `email_error`: a mailer claims a row by
 *   setting `email_claimed_at` in one UPDATE (… FOR UPDATE SKIP LOCKED), so each notification is
 *   handed to SMTP at most once, across restarts and several API processes.
 * Plain SQL that runs unchanged on PGlite and PostgreSQL.
 */
export class NotificationEmail1795510000000 implements MigrationInterface {
  name = 'NotificationEmail1795510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN email text`);
    await q.query(`ALTER TABLE app_user ADD COLUMN email_notifications boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE notification ADD COLUMN email_claimed_at timestamptz`);
    await q.query(`ALTER TABLE notification ADD COLUMN email_sent_at timestamptz`);
    await q.query(`ALTER TABLE notification ADD COLUMN email_error text`);
    await q.query(
      `CREATE INDEX ix_notification_email_pending ON notification (created_at) WHERE email_claimed_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_notification_email_pending`);
    await q.query(`ALTER TABLE notification DROP COLUMN email_error`);
    await q.query(`ALTER TABLE notification DROP COLUMN email_sent_at`);
    await q.query(`ALTER TABLE notification DROP COLUMN email_claimed_at`);
    await q.query(`ALTER TABLE app_user DROP COLUMN email_notifications`);
    await q.query(`ALTER TABLE app_user DROP COLUMN email`);
  }
}
