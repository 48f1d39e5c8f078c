/**
 * `npm run probe:login [-- --url http://127.0.0.1:3000 --username admin --password ...] [--attempts 100]`
 *
 * Fires N parallel `login` mutations at one account (N-1 wrong passwords, the right one sent last)
 * and then one wrong login each for 60 different usernames, all from this machine, and prints how
 * many the API evaluated (checked the password), refused unevaluated (throttled) and accepted.
 * "bypassed" counts evaluations beyond the throttle's limit: it must be 0 (issue 10, items 1, 11).
 *
 * Without --url it starts the API in this process on 127.0.0.1 (NODE_ENV=production, in-memory
 * PGlite, or DATABASE_URL when set) with one throwaway account. A --url must be a loopback address:
 * the probe never sends guesses anywhere else. Exit code 1 when anything was bypassed.
 */
/* eslint-disable @nx/enforce-module-boundaries -- the probe boots apps/api in-process */
import { randomBytes, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { registerSwcForApi } from '../bench/api-swc-register';

registerSwcForApi();

/* eslint-disable @typescript-eslint/no-require-imports */
const { THROTTLE_LIMITS } =
  require('../../apps/api/src/auth/login-throttle.policy') as typeof import('../../apps/api/src/auth/login-throttle.policy');
/* eslint-enable @typescript-eslint/no-require-imports */

const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const MAX_ATTEMPTS = 500;
const SPRAY_USERNAMES = 60;
/**
 * The two phases pose as two random documentation addresses (X-Forwarded-For), which the in-process API
 * believes (TRUST_PROXY=loopback). A --url server that does not trust the header sees 127.0.0.1 for
 * both, so the spray phase then starts on an address already over its limit.
 */
const GUESSER = `198.51.100.${1 + (randomBytes(1)[0] % 254)}`;
const SPRAYER = `203.0.113.${1 + (randomBytes(1)[0] % 254)}`;

type Outcome = 'accepted' | 'refused' | 'throttled' | 'error';

interface Target {
  baseUrl: string;
  username: string;
  password: string;
  /** LOGIN_FAILED audit rows so far (in-process only): the API's own count of evaluated failures. */
  auditedFailures?: () => Promise<number>;
  stop: () => Promise<void>;
}

async function login(baseUrl: string, username: string, password: string, from: string): Promise<Outcome> {
  try {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await res.json()) as {
      data?: { login?: unknown } | null;
      errors?: Array<{ message: string }>;
    };
    if (body.data?.login) return 'accepted';
    const message = body.errors?.[0]?.message ?? '';
    if (/Too many failed attempts/.test(message)) return 'throttled';
    return message === 'Invalid username or password' ? 'refused' : 'error';
  } catch {
    return 'error';
  }
}

function tally(outcomes: Outcome[]): Record<Outcome, number> {
  const t: Record<Outcome, number> = { accepted: 0, refused: 0, throttled: 0, error: 0 };
  for (const o of outcomes) t[o] += 1;
  return t;
}

function assertLoopback(url: string): string {
  const u = new URL(url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname))
    throw new Error(`--url must be a loopback address (127.0.0.1), not ${u.hostname}`);
  return u.origin;
}

/** The API in this process with one account, as a hostile client would find it. */
async function startInProcess(): Promise<Target> {
  process.env['NODE_ENV'] = 'production';
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { createApp } =
    require('../../apps/api/src/app.factory') as typeof import('../../apps/api/src/app.factory');
  const { loadConfig } =
    require('../../apps/api/src/config/app-config') as typeof import('../../apps/api/src/config/app-config');
  const { hashPassword } =
    require('../../apps/api/src/users/password') as typeof import('../../apps/api/src/users/password');
  const { DataSource } = require('typeorm') as typeof import('typeorm');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const databaseUrl = process.env['DATABASE_URL'];
  const config = loadConfig({
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(24).toString('hex'),
    LOG_LEVEL: 'error',
    DEMO_DATA: 'false',
    DATABASE_URL: databaseUrl,
    TRUST_PROXY: 'loopback',
  });
  const app = await createApp({
    config,
    database: databaseUrl ? { databaseUrl } : { inMemory: true },
    schemaFile: true,
    serveWeb: false,
    httpLogs: false,
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const ds = app.get(DataSource);
  const districtId = randomUUID();
  const username = `probe-${randomBytes(4).toString('hex')}`;
  const password = `probe-${randomBytes(12).toString('hex')}`;
  await ds.query(
    `INSERT INTO org_unit (id, path, code, name, kind, district_id) VALUES ($1, $2, $3, 'Probe', 'DISTRICT', $1)`,
    [districtId, `/${districtId}/`, username],
  );
  await ds.query(
    `INSERT INTO app_user (id, username, password_hash, display_name, role, scope_unit_id, district_id) VALUES ($1, $2, $3, 'Probe', 'ADMIN', $4, $4)`,
    [randomUUID(), username, await hashPassword(password), districtId],
  );
  const auditedFailures = async () =>
    Number((await ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'LOGIN_FAILED'`))[0].n);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    username,
    password,
    auditedFailures,
    stop: () => app.close(),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      attempts: { type: 'string', default: '100' },
    },
  });
  const attempts = Math.min(MAX_ATTEMPTS, Math.max(2, Number(values.attempts) || 100));
  if (values.url && (!values.username || !values.password))
    throw new Error('--url needs --username and --password of an account there');
  const target: Target = values.url
    ? {
        baseUrl: assertLoopback(values.url),
        username: values.username!,
        password: values.password!,
        stop: async () => undefined,
      }
    : await startInProcess();
  try {
    const limit = THROTTLE_LIMITS.account.attempts;
    console.log(
      `login probe on ${target.baseUrl}: ${attempts} parallel logins as ${target.username} (${attempts - 1} wrong, the right one last); account limit ${limit} per ${THROTTLE_LIMITS.account.windowSeconds / 60} min`,
    );
    const passwords = Array.from({ length: attempts }, (_, i) =>
      i === attempts - 1 ? target.password : `wrong-guess-${i}-${randomBytes(3).toString('hex')}`,
    );
    const started = Date.now();
    const outcomes = await Promise.all(
      passwords.map((p) => login(target.baseUrl, target.username, p, GUESSER)),
    );
    const t = tally(outcomes);
    const evaluated = t.accepted + t.refused;
    const bypassed = Math.max(0, evaluated - limit);
    console.log(
      `  evaluated ${evaluated} (accepted ${t.accepted}, refused ${t.refused}), throttled unevaluated ${t.throttled}, errors ${t.error}, in ${Date.now() - started} ms`,
    );
    console.log(`  the right password: ${outcomes[attempts - 1]}`);
    if (target.auditedFailures) console.log(`  LOGIN_FAILED audit rows: ${await target.auditedFailures()}`);
    console.log(`  bypassed logins: ${bypassed}`);

    const addressLimit = THROTTLE_LIMITS.address.attempts;
    const spray: Outcome[] = [];
    for (let i = 0; i < SPRAY_USERNAMES; i++)
      spray.push(await login(target.baseUrl, `probe-spray-${i}`, 'a-common-guess-2026', SPRAYER));
    const s = tally(spray);
    const sprayBypassed = Math.max(0, s.accepted + s.refused - addressLimit);
    console.log(
      `${SPRAY_USERNAMES} usernames once each from one address (limit ${addressLimit}): evaluated ${s.accepted + s.refused}, throttled ${s.throttled}, errors ${s.error}; bypassed: ${sprayBypassed}`,
    );
    if (bypassed > 0 || sprayBypassed > 0 || t.error > 0) process.exitCode = 1;
  } finally {
    await target.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
