/**
 * `npm run probe:close-race [-- --trials 20] [--port 0]`
 *
 * Races closePeriod against writes of the same quarter on a real PostgreSQL (DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/pathboard_probe, created if missing; each trial seeds its own
 * district, nothing is dropped). Trials alternate a save and a spreadsheet import. Each forces the
 * dangerous interleaving: the write starts and is held on its assessment row by a second connection,
 * closePeriod is called, then the row is released (apps/api/src/periods/testing/close-race.ts).
 * Prints per trial whether the write landed and whether it committed after closePeriod returned, then
 * the count of writes committed after close: it must be 0. Exit code 1 otherwise.
 * Local only: the API listens on 127.0.0.1 and DATABASE_URL must point at 127.0.0.1 / localhost.
 */
/* eslint-disable @nx/enforce-module-boundaries -- the probe boots apps/api in-process and reuses its race helpers */
import type { TestApp } from '../../apps/api/test/test-app';
import { registerSwcForApi } from '../bench/api-swc-register';

registerSwcForApi();
process.env['NODE_ENV'] = 'production';

/* eslint-disable @typescript-eslint/no-require-imports */
const { createApp } =
  require('../../apps/api/src/app.factory') as typeof import('../../apps/api/src/app.factory');
const { loadConfig } =
  require('../../apps/api/src/config/app-config') as typeof import('../../apps/api/src/config/app-config');
const { TokenService } =
  require('../../apps/api/src/auth/token.service') as typeof import('../../apps/api/src/auth/token.service');
const { DataSource } = require('typeorm') as typeof import('typeorm');
const race =
  require('../../apps/api/src/periods/testing/close-race') as typeof import('../../apps/api/src/periods/testing/close-race');
const ops =
  require('../../apps/api/src/reports/testing/report-ops') as typeof import('../../apps/api/src/reports/testing/report-ops');
const { IMPORT_FRAMEWORK } =
  require('../../apps/api/src/assessments/testing/assessment-ops') as typeof import('../../apps/api/src/assessments/testing/assessment-ops');
const { defaultFramework } = require('@pathboard/frameworks') as typeof import('@pathboard/frameworks');
/* eslint-enable @typescript-eslint/no-require-imports */

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/pathboard_probe';
/** The whole probe gives up after this long (a lock wait that never ends must not hang a shell). */
const DEADLINE_MS = 10 * 60_000;

function arg(name: string, fallback: number, min: number, max: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`--${name} must be an integer from ${min} to ${max}`);
  return value;
}

function localUrl(): string {
  const url = process.env['DATABASE_URL'] ?? DEFAULT_URL;
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host))
    throw new Error(`DATABASE_URL must be a local server, not ${host}`);
  return url;
}

/** The in-process API as the shared race helpers take it (the integration suites' TestApp). */
async function startApi(databaseUrl: string, port: number): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'production',
    JWT_SECRET: 'probe-secret-0123456789abcdef0123456789',
    LOG_LEVEL: 'error',
    DEMO_DATA: 'false',
    DATABASE_URL: databaseUrl,
  });
  const app = await createApp({ config, schemaFile: true, serveWeb: false, httpLogs: false });
  await app.listen(port, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const tokens = app.get(TokenService);
  const gql: TestApp['gql'] = async (query, variables, token) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) };
  };
  return {
    app,
    url,
    gql,
    dataSource: app.get(DataSource),
    loginAs: () => Promise.reject(new Error('not used by the probe')),
    signToken: (user, now) =>
      tokens.sign({ sub: user.id, role: String(user.role), sv: user.sessionVersion ?? 0 }, now).token,
    close: () => app.close(),
  };
}

/** The default framework, imported by the admin of a district of this run (codes are unique per run). */
async function importFramework(t: TestApp, prefix: string): Promise<string> {
  const w = await ops.seedWorld(t, prefix, '00000000-0000-0000-0000-000000000000', []);
  const r = await t.gql<{ importFramework: { id: string } }>(
    IMPORT_FRAMEWORK,
    { d: defaultFramework },
    w.tokens.admin,
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.importFramework.id;
}

async function main(): Promise<void> {
  const trials = arg('trials', 20, 1, 200);
  const port = arg('port', 0, 0, 65535);
  const watchdog = setTimeout(() => {
    console.error(`close-race probe: gave up after ${DEADLINE_MS / 1000} s`);
    process.exit(2);
  }, DEADLINE_MS);
  watchdog.unref();

  const t = await startApi(localUrl(), port);
  let afterClose = 0;
  let landedBefore = 0;
  let refused = 0;
  try {
    const run = Date.now().toString(36).toUpperCase();
    const frameworkId = await importFramework(t, `PR${run}-SETUP-`);
    console.log(`close-race probe: ${trials} forced races (save / import vs closePeriod) on PostgreSQL`);
    for (let i = 0; i < trials; i++) {
      const writer = i % 2 === 0 ? 'save' : 'import';
      const setUp = await race.setUpRace(t, frameworkId, writer, `PR${run}-${i}-`);
      const r = await race.writeThenClose(t, setUp);
      if (r.committedAfterClose) afterClose++;
      else if (r.outcome.ok) landedBefore++;
      else refused++;
      const verdict = r.committedAfterClose
        ? 'COMMITTED AFTER CLOSE'
        : r.outcome.ok
          ? 'landed before close'
          : `refused (${String(r.outcome.reason)})`;
      console.log(
        `  trial ${String(i + 1).padStart(2)} ${writer.padEnd(6)} version ${r.initial.version} → at close ${r.atClose.version} → final ${r.final.version}: ${verdict}`,
      );
    }
  } finally {
    await t.close();
  }
  console.log(`writes landed before close: ${landedBefore}, refused: ${refused}`);
  console.log(`writes committed after close: ${afterClose} (must be 0)`);
  clearTimeout(watchdog);
  process.exitCode = afterClose === 0 ? 0 : 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
