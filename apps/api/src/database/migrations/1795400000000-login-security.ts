import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login security (issue 10):
 * - `login_throttle`: one row per throttle key (an account, a source address, or an account on a
 *   known device) counting the login attempts of its current window. A login reserves an attempt on
 *   each of its keys with one atomic upsert BEFORE the password is checked, so parallel attempts and
 *   several API processes share the same count.
 * - `app_user.session_version`: signed into every token; bumped on a password change and on
 *   deactivation, so tokens issued before no longer authenticate.
 */
export class LoginSecurity1795400000000 implements MigrationInterface {
  name = 'LoginSecurity1795400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        attempts integer NOT NULL,
        window_started_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_login_throttle_window ON login_throttle (window_started_at)`);
    await q.query(`ALTER TABLE app_user ADD COLUMN session_version integer NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP COLUMN session_version`);
    await q.query(`DROP TABLE login_throttle`);
  }
}
