import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { TokenService } from '../src/auth/token.service';
import { PeriodsService } from '../src/periods/periods.service';
import { loadConfig } from '../src/config/app-config';
import { Role } from '../src/auth/role.enum';
import { leasePglite } from './pglite-pool';

/** The day the period rules see in tests (test-app pins PeriodsService's clock to it). */
export const TEST_CLOCK = '2026-12-07T04:00:00Z';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{
    message: string;
    path?: (string | number)[];
    extensions?: Record<string, unknown> & { code?: string };
  }>;
}

export interface TestApp {
  app: INestApplication;
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** POST /graphql; `token` becomes `Authorization: Bearer <token>`. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResponse<T>>;
  /**
   * Log in through the `login` mutation; returns the JWT (throws on failure). Without `district`, the
   * code of the district holding `username` is looked up and passed (it must be held in only one).
   */
  loginAs(username: string, password: string, district?: string): Promise<string>;
  /**
   * Sign a token directly (no password hashing round trip); `now` in the past makes an expired one.
   * With the user's `districtId` as login signs it; without, as a token issued before tokens named it.
   */
  signToken(
    user: { id: string; role: Role | string; sessionVersion?: number; districtId?: string },
    now?: number,
  ): string;
  dataSource: DataSource;
  close(): Promise<void>;
}

export interface CreateTestAppOptions {
  /** Extra environment (e.g. JWT_TTL). NODE_ENV is 'test', DEMO_DATA false, logs silent unless TEST_LOG_LEVEL. */
  env?: Record<string, string>;
  /** Serve the web app from WEB_DIST_DIR (set it in `env`). Default false. */
  serveWeb?: boolean;
}

/**
 * A fresh application on a fresh database, listening on a random local port:
 * - in-memory PGlite by default: an empty, migrated one, reused across the suites of a test worker
 *   once emptied (test/pglite-pool.ts);
 * - with TEST_DATABASE_URL: a new uniquely named database on that server (dropped by close()).
 * Migrations run at start, exactly as in production. Each suite seeds its own data (see fixtures.ts).
 */
export async function createTestApp(options: CreateTestAppOptions = {}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'test-secret-0123456789abcdef',
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    DEMO_DATA: 'false',
    // The cheap argon2 cost, which the env schema allows under NODE_ENV=test only (a suite may ask
    // for a production-mode app: that one hashes at the standard cost).
    PASSWORD_HASH_COST: (options.env?.['NODE_ENV'] ?? 'test') === 'test' ? 'test' : 'standard',
    DATA_DIR: path.join(os.tmpdir(), 'pathboard-test-unused'),
    WEB_DIST_DIR: path.join(os.tmpdir(), 'pathboard-test-no-web'),
    ...options.env,
  });

  const testDb = await createTestDatabase();
  const databaseUrl = testDb?.databaseUrl;
  const dropDatabase = testDb?.drop;

  let app: INestApplication | undefined;
  try {
    app = await createApp({
      config,
      database: databaseUrl ? { databaseUrl } : { inMemory: true, pgliteLease: await leasePglite() },
      schemaFile: true,
      serveWeb: options.serveWeb ?? false,
      httpLogs: false,
    });
    await app.listen(0, '127.0.0.1');
  } catch (err) {
    await app?.close().catch(() => undefined);
    await dropDatabase?.();
    throw err;
  }
  const started = app;
  // The server never closes an idle connection; the test's fetch (undici) closes its own after 4 s.
  // With both timing out (the server at 5 s), a suite that spent a few seconds on the database
  // between two requests could send on a socket the server was closing ("fetch failed").
  (started.getHttpServer() as { keepAliveTimeout: number }).keepAliveTimeout = 0;
  const address = started.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const dataSource = started.get(DataSource);
  const tokens = started.get(TokenService);
  // The periods' date rules (a deadline in the future, a quarter not over a year old) read this
  // clock: pinned, so suites that open 2026's quarters with 2027 deadlines pass on any later day. A
  // suite that tests the rules sets its own.
  started.get(PeriodsService).now = () => new Date(TEST_CLOCK);

  const gql = async <T>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResponse<T>> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
    return { status: res.status, ...body };
  };

  let closed = false;
  return {
    app: started,
    url,
    gql,
    dataSource,
    async loginAs(username, password, district) {
      if (district === undefined) {
        const held: { code: string }[] = await dataSource.query(
          `SELECT d.code FROM app_user u JOIN org_unit d ON d.id = u.district_id WHERE u.username = $1`,
          [username],
        );
        if (held.length > 1) throw new Error(`${username} is held in several districts: pass the district`);
        district = held[0]?.code;
      }
      const r = await gql<{ login: { token: string } }>(
        'mutation Login($u: String!, $p: String!, $d: String) { login(username: $u, password: $p, district: $d) { token } }',
        { u: username, p: password, d: district ?? null },
      );
      if (!r.data?.login) throw new Error(`login as ${username} failed: ${JSON.stringify(r.errors)}`);
      return r.data.login.token;
    },
    signToken(user, now) {
      const claims = { sub: user.id, role: String(user.role), sv: user.sessionVersion ?? 0 };
      // As login signs them (with the district); without one, as tokens issued before it was added.
      return tokens.sign(user.districtId ? { ...claims, district: user.districtId } : claims, now).token;
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await started.close();
      } finally {
        await dropDatabase?.();
      }
    },
  };
}

/**
 * With TEST_DATABASE_URL: create a fresh, uniquely named database on that server (connecting to the
 * URL's own database to do it) and return its URL and a drop function. Without: undefined (use in-memory PGlite).
 */
export async function createTestDatabase(): Promise<
  { databaseUrl: string; drop: () => Promise<void> } | undefined
> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) return undefined;
  // Named after the URL's database when it is not `postgres` (…/pb_x → pb_x_t_…), so that runs
  // sharing one server can keep to their own database names.
  const base = decodeURIComponent(new URL(serverUrl).pathname.slice(1));
  const prefix =
    base && base !== 'postgres' && /^[A-Za-z0-9_]{1,30}$/.test(base) ? `${base}_t` : 'pathboard_test';
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return {
    databaseUrl: u.toString(),
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
