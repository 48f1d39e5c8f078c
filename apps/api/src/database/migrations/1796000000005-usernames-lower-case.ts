import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Usernames are stored lower-cased (users/username.ts): sign-in ignores case, so two accounts of a
 * district may not differ by case alone. Refused, naming them, where some already do: an admin
 * renames or disables one first. `down` cannot bring back the case that was typed and leaves the
 * names as they are (lower case is valid under the older code too).
 */
export class UsernamesLowerCase1796000000005 implements MigrationInterface {
  name = 'UsernamesLowerCase1796000000005';

  async up(q: QueryRunner): Promise<void> {
    const clashes: { names: string }[] = await q.query(
      `SELECT string_agg(username, ' / ' ORDER BY username COLLATE "C") AS names
         FROM app_user GROUP BY district_id, lower(username) HAVING count(*) > 1`,
    );
    if (clashes.length)
      throw new Error(
        `usernames that differ only by case: ${clashes.map((c) => c.names).join('; ')}; sign-in ignores case, so rename or remove one of each first`,
      );
    await q.query(`UPDATE app_user SET username = lower(username) WHERE username <> lower(username)`);
  }

  async down(): Promise<void> {
    // Nothing to undo: see above.
  }
}
