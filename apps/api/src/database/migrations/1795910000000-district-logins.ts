import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * District-qualified logins (issue 10 item 17, docs/scale-out.md "Logins"). User names become unique
 * per district, `(district_id, username)`, still case-sensitive as before: an admin creating "zhangsan"
 * no longer learns that another district has one, and a login names its district (by code).
 * This also ends the one exception 1795900000000-district-keys kept (KEEP_GLOBAL): every unique key of
 * `app_user` now carries the distribution column. It creates no table, so it may follow district-keys.
 *
 * A login finds its district by code among the district roots, so `up` refuses (changing nothing)
 * while two districts share a code: logins through that code would be ambiguous. DistrictsService keeps
 * new district codes distinct; only data from before that rule can trip this.
 *
 * `down` restores the global constraint. It cannot do that while one name is used in two districts,
 * and renaming somebody's login to make room would lock them out, so it refuses, changing nothing,
 * and names the clashing user names for the operator to rename first.
 */
export class DistrictLogins1795910000000 implements MigrationInterface {
  name = 'DistrictLogins1795910000000';

  async up(q: QueryRunner): Promise<void> {
    const shared: { code: string }[] = await q.query(
      `SELECT code FROM org_unit WHERE parent_id IS NULL GROUP BY code HAVING count(*) > 1 ORDER BY code`,
    );
    if (shared.length)
      throw new Error(
        `district codes used by more than one district: ${shared.map((r) => r.code).join(', ')}; ` +
          'a login names its district by code, so give each district its own code first',
      );
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT uq_app_user_username`);
    await q.query(
      `ALTER TABLE app_user ADD CONSTRAINT uq_app_user_district_username UNIQUE (district_id, username)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const clashes: { username: string }[] = await q.query(
      `SELECT username FROM app_user GROUP BY username HAVING count(*) > 1 ORDER BY username LIMIT 20`,
    );
    if (clashes.length)
      throw new Error(
        `user names used in more than one district: ${clashes.map((r) => r.username).join(', ')}; ` +
          'global user names cannot be restored until each of these is renamed in all but one district',
      );
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT uq_app_user_district_username`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT uq_app_user_username UNIQUE (username)`);
  }
}
