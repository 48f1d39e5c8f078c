import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ensureDatabase, maintenanceTarget } from './ensure-database';

/**
 * `DATABASE_URL=…/pathboard npm start` on a server without that database: it is created, once.
 * Needs a real PostgreSQL (TEST_DATABASE_URL, a role allowed to create databases).
 */
const onPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

onPostgres('ensureDatabase on PostgreSQL', () => {
  const base = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://localhost/postgres');
  const name = `pathboard_ensure_${randomUUID().slice(0, 8)}`;
  const url = Object.assign(new URL(base.toString()), { pathname: `/${name}` }).toString();

  afterAll(async () => {
    const admin = new Client({ connectionString: maintenanceTarget(url).maintenanceUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.end();
  });

  it('creates the missing database, then leaves it alone', async () => {
    expect(await ensureDatabase(url)).toBe(true);
    const client = new Client({ connectionString: url });
    await client.connect();
    expect((await client.query('SELECT current_database() AS db')).rows[0].db).toBe(name);
    await client.end();
    expect(await ensureDatabase(url)).toBe(false);
  });

  it('leaves an unreachable server to the retries (no error of its own)', async () => {
    expect(await ensureDatabase('postgres://postgres@127.0.0.1:1/nothing')).toBe(false);
  });
});
