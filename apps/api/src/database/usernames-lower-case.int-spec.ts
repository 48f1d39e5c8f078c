import { runMigrations } from './data-source';
import { withFreshDataSource } from './testing/fresh-data-source';

const MIGRATION = 'UsernamesLowerCase1796000000005';
const D1 = '00000000-0000-4000-8000-0000000000d1';

describe(`migration ${MIGRATION} (in-memory PGlite, or a fresh database on TEST_DATABASE_URL)`, () => {
  it('refuses names that differ only by case, naming them; then lower-cases the rest', async () => {
    await withFreshDataSource(async (ds) => {
      await runMigrations(ds);
      // Back to just before it (any later migration first).
      const names = async () =>
        ((await ds.query(`SELECT name FROM typeorm_migrations ORDER BY id`)) as { name: string }[]).map(
          (r) => r.name,
        );
      while ((await names()).includes(MIGRATION)) await ds.undoLastMigration();

      await ds.query(
        `INSERT INTO org_unit (id, path, code, name, kind, district_id) VALUES ($1, $2, 'D1', 'D', 'DISTRICT', $1)`,
        [D1, `/${D1}/`],
      );
      const user = (username: string) =>
        ds.query(
          `INSERT INTO app_user (username, password_hash, display_name, role, scope_unit_id, district_id)
         VALUES ($1, 'x', 'U', 'ADMIN', $2, $2)`,
          [username, D1],
        );
      for (const username of ['admin', 'Admin', 'Zhao.Liu']) await user(username);

      await expect(runMigrations(ds)).rejects.toThrow(/usernames that differ only by case: Admin \/ admin;/);
      await ds.query(`DELETE FROM app_user WHERE username = 'Admin'`);
      await runMigrations(ds);
      expect(await ds.query(`SELECT username FROM app_user ORDER BY username`)).toEqual([
        { username: 'admin' },
        { username: 'zhao.liu' },
      ]);
    });
  });
});
