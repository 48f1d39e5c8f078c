import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closing the loop (issue 15):
 * - `rectification_item` (整改事项): one problem a reviewer asks a branch to fix, on one indicator
 *   of one assessment, with a deadline; `rectification_event` keeps every transition (who, when,
 *   the measures or the reason), so the history survives later answers.
 * - `notification`: the in-app centre. `idempotency_key` is unique per recipient, so a scheduled
 *   check or a repeated 催报 inserts `ON CONFLICT DO NOTHING` and never notifies twice.
 * - `branch_reminder`: who reminded which branch (催报) on which district day; the primary key
 *   allows one reminder per branch, period and day.
 * - `deadline_extension` (延期): one branch's own deadline for a period, with the reason.
 * Plain SQL that runs unchanged on PGlite and PostgreSQL.
 */
export class RectificationNotifications1795460000000 implements MigrationInterface {
  name = 'RectificationNotifications1795460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rectification_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES org_unit(id),
        assessment_id uuid NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        branch_id uuid NOT NULL REFERENCES org_unit(id),
        period_id uuid NOT NULL REFERENCES period(id) ON DELETE CASCADE,
        indicator_code text NOT NULL,
        path_code text NOT NULL,
        problem text NOT NULL,
        required_action text NOT NULL,
        deadline timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ANSWERED', 'CLOSED')),
        measures text,
        evidence text,
        version int NOT NULL DEFAULT 1,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX ix_rectification_item_district_status ON rectification_item (district_id, status, deadline)`,
    );
    await q.query(`CREATE INDEX ix_rectification_item_assessment ON rectification_item (assessment_id)`);
    await q.query(`CREATE INDEX ix_rectification_item_branch ON rectification_item (branch_id)`);
    await q.query(`
      CREATE TABLE rectification_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES rectification_item(id) ON DELETE CASCADE,
        district_id uuid NOT NULL,
        action text NOT NULL CHECK (action IN ('CREATE', 'ANSWER', 'ACCEPT', 'REJECT')),
        from_status text,
        to_status text NOT NULL,
        actor_id uuid REFERENCES app_user(id),
        comment text,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_rectification_event_item ON rectification_event (item_id, at)`);
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL,
        target_type text NOT NULL,
        target_id text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        idempotency_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        CONSTRAINT uq_notification_user_key UNIQUE (user_id, idempotency_key)
      )`);
    await q.query(`CREATE INDEX ix_notification_user_created ON notification (user_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE branch_reminder (
        period_id uuid NOT NULL REFERENCES period(id) ON DELETE CASCADE,
        branch_id uuid NOT NULL REFERENCES org_unit(id),
        day date NOT NULL,
        district_id uuid NOT NULL,
        reminded_by uuid REFERENCES app_user(id),
        at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (period_id, branch_id, day)
      )`);
    await q.query(`
      CREATE TABLE deadline_extension (
        period_id uuid NOT NULL REFERENCES period(id) ON DELETE CASCADE,
        branch_id uuid NOT NULL REFERENCES org_unit(id),
        district_id uuid NOT NULL,
        deadline timestamptz NOT NULL,
        reason text NOT NULL,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (period_id, branch_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE deadline_extension`);
    await q.query(`DROP TABLE branch_reminder`);
    await q.query(`DROP TABLE notification`);
    await q.query(`DROP TABLE rectification_event`);
    await q.query(`DROP TABLE rectification_item`);
  }
}
