/* eslint-disable @nx/enforce-module-boundaries -- the API benchmark boots apps/api in-process */
import { Client } from 'pg';
import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
// Types only: the modules themselves are required after the SWC hook is registered.
import type * as AppFactory from '../../apps/api/src/app.factory';
import type * as AppConfig from '../../apps/api/src/config/app-config';
import type * as Seeder from '../../apps/api/src/demo/demo.seeder';
import type * as Password from '../../apps/api/src/users/password';

export const DEFAULT_BENCH_URL = 'postgres://postgres@127.0.0.1:5432/pathboard_bench';
const ADMIN = { username: 'bench-admin', password: 'bench-pass-1' };
/** Signs the tokens of the API booted here and of the built one in its own process alike. */
export const BENCH_JWT_SECRET = 'bench-secret-0123456789abcdef0123456789';

async function onServer<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The bench database: a `pathboard_bench*` database is dropped and created fresh (unless `reuse` and it
 * already holds a seeded district); any other DATABASE_URL is never dropped, only created if missing.
 * Returns whether it must be seeded.
 */
export async function prepareDatabase(url: string, reuse: boolean): Promise<boolean> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`unexpected database name ${JSON.stringify(name)}`);
  const exists = await onServer(
    url,
    async (c) => (await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1,
  );
  if (exists && reuse) {
    const seeded = await hasLargeDistrict(url);
    if (seeded) return false;
  }
  if (exists && name.startsWith('pathboard_bench'))
    await onServer(url, (c) => c.query(`DROP DATABASE "${name}" WITH (FORCE)`));
  if (!exists || name.startsWith('pathboard_bench'))
    await onServer(url, (c) => c.query(`CREATE DATABASE "${name}"`));
  return true;
}

async function hasLargeDistrict(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query(
      `SELECT 1 FROM org_unit WHERE kind = 'DISTRICT' AND code LIKE 'LG%' LIMIT 1`,
    );
    return r.rowCount === 1;
  } catch {
    return false; // no schema yet
  } finally {
    await client.end();
  }
}

/** The app in this process on a free port (migrations run at start, as in production). */
export async function startApi(
  url: string,
): Promise<{ app: INestApplication; baseUrl: string; dataSource: DataSource }> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { createApp } = require('../../apps/api/src/app.factory') as typeof AppFactory;
  const { loadConfig } = require('../../apps/api/src/config/app-config') as typeof AppConfig;
  const { DataSource: DataSourceClass } = require('typeorm') as typeof import('typeorm');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const config = loadConfig({
    NODE_ENV: 'production', // api.bench.ts also sets process.env.NODE_ENV before graphql is loaded
    JWT_SECRET: BENCH_JWT_SECRET,
    LOG_LEVEL: 'error', // TypeORM's slow-query warnings would print every multi-MB seeding INSERT
    DEMO_DATA: 'false',
    DATABASE_URL: url,
  });
  const app = await createApp({ config, schemaFile: true, serveWeb: false, httpLogs: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { app, baseUrl: `http://127.0.0.1:${port}`, dataSource: app.get(DataSourceClass) };
}

/** `seedLargeDistrict` of the demo module (what `npm run seed -- --branches … --quarters …` runs). */
export async function seedDistrict(
  app: INestApplication,
  branches: number,
  quarters: number,
  seed = 42,
): Promise<{ districtId: string; ms: number }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { DemoSeeder } = require('../../apps/api/src/demo/demo.seeder') as typeof Seeder;
  const summary = await app.get(DemoSeeder).seedLargeDistrict({ branches, quarters, seed });
  return { districtId: summary.districtId, ms: summary.ms };
}

/** The seeded district (the largest), its newest period, and an ADMIN user of it (created once). */
export async function benchTarget(dataSource: DataSource): Promise<{
  districtId: string;
  districtCode: string;
  period: string;
  branches: number;
  username: string;
  password: string;
}> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { hashPassword } = require('../../apps/api/src/users/password') as typeof Password;
  const [district]: { id: string; code: string; branches: number }[] = await dataSource.query(
    `SELECT d.id, d.code, count(b.id)::int AS branches
       FROM org_unit d JOIN org_unit b ON b.district_id = d.id AND b.kind = 'BRANCH'
      WHERE d.kind = 'DISTRICT' GROUP BY d.id, d.code ORDER BY branches DESC LIMIT 1`,
  );
  const [period]: { code: string }[] = await dataSource.query(
    `SELECT code FROM period WHERE district_id = $1 ORDER BY year DESC, quarter DESC LIMIT 1`,
    [district.id],
  );
  await dataSource.query(
    `INSERT INTO app_user (username, password_hash, display_name, role, scope_unit_id, district_id)
     VALUES ($1, $2, 'bench admin', 'ADMIN', $3, $3) ON CONFLICT (district_id, username) DO UPDATE SET scope_unit_id = $3`,
    [ADMIN.username, await hashPassword(ADMIN.password), district.id],
  );
  return {
    districtId: district.id,
    districtCode: district.code,
    period: period.code,
    branches: district.branches,
    ...ADMIN,
  };
}
