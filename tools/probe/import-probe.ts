/**
 * `npm run probe:import [-- --port 4131]`: what the two hostile uploads of issue 10 cost now.
 *
 * Boots apps/api in this process (NODE_ENV=production, in-memory PGlite, 127.0.0.1 only), seeds one
 * district with an ADMIN and an open period, then sends, as the probe did:
 * 1. `importFramework` with a 40,000-grade framework (was: 6.3 s of event-loop time, 2 MB answer);
 * 2. a zip-bomb workbook to POST /api/imports/values (was: 2.5 GB, 18.7 s, 33 MB answer).
 * For each: wall time, the longest event-loop stall, the answer's size, and the process's peak RSS
 * (its high-water mark, so a spike between samples is not missed). Then the library calls alone.
 * Bounded: the inputs are generated in memory once; nothing listens beyond 127.0.0.1.
 */
/* eslint-disable @nx/enforce-module-boundaries -- the probe boots apps/api in-process */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
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
const { FrameworksService } =
  require('../../apps/api/src/frameworks/frameworks.service') as typeof import('../../apps/api/src/frameworks/frameworks.service');
const { Role } =
  require('../../apps/api/src/auth/role.enum') as typeof import('../../apps/api/src/auth/role.enum');
const fixtures = require('../../apps/api/test/fixtures') as typeof import('../../apps/api/test/fixtures');
const { defaultFramework, validateFramework, FRAMEWORK_LIMITS } =
  require('@pathboard/frameworks') as typeof import('@pathboard/frameworks');
const { inspectWorkbookZip } = require('@pathboard/reports') as typeof import('@pathboard/reports');
const { zipBombWorkbook } =
  require('@pathboard/reports/testing') as typeof import('@pathboard/reports/testing');
const { DataSource } = require('typeorm') as typeof import('typeorm');
/* eslint-enable @typescript-eslint/no-require-imports */

const MB = 1024 * 1024;
const PERIOD = '2026Q4';

function portArg(): number {
  const at = process.argv.indexOf('--port');
  const port = at >= 0 ? Number(process.argv[at + 1]) : 4131;
  if (!Number.isInteger(port) || port < 1024 || port > 65535)
    throw new Error(`--port must be 1024-65535, got ${process.argv[at + 1]}`);
  return port;
}

const peakRssMb = () => Math.round((process.resourceUsage().maxRSS * 1024) / MB);

const rssMb = () => Math.round(process.memoryUsage.rss() / MB);

/**
 * Runs `work`, printing wall time, the longest event-loop stall, RSS before and at its sampled peak
 * (every 5 ms while the loop runs, plus the end), and the process's RSS high-water mark.
 */
async function measure(label: string, work: () => Promise<string>): Promise<void> {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  const before = rssMb();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 5);
  loop.enable();
  const started = performance.now();
  const detail = await work();
  const ms = performance.now() - started;
  loop.disable();
  clearInterval(sampler);
  peak = Math.max(peak, rssMb());
  console.log(
    `${label}\n  ${ms.toFixed(0)} ms, longest event-loop stall ${(loop.max / 1e6).toFixed(0)} ms, RSS ${before} → peak ${peak} MB (high-water mark ${peakRssMb()} MB)\n  ${detail}`,
  );
}

function fortyThousandGrades(): unknown {
  return {
    ...defaultFramework,
    grades: Array.from({ length: 40_000 }, (_, i) => ({
      code: `G${i}`,
      name: { zh: `等${i}`, en: `G${i}` },
      min: String(i),
    })),
  };
}

async function main(): Promise<void> {
  const port = portArg();
  const config = loadConfig({
    NODE_ENV: 'production',
    JWT_SECRET: 'probe-secret-0123456789abcdef0123456789',
    LOG_LEVEL: 'error',
    DEMO_DATA: 'false',
    DATA_DIR: '/nonexistent-probe-data',
  });
  const app = await createApp({
    config,
    database: { inMemory: true },
    schemaFile: true,
    serveWeb: false,
    httpLogs: false,
  });
  await app.listen(port, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  try {
    const ds = app.get(DataSource);
    const tree = await fixtures.seedOrgTree(ds, 'PRB');
    const admin = await fixtures.createUserFixture(ds, { role: Role.ADMIN, scopeUnitId: tree.district.id });
    const token = app.get(TokenService).sign({ sub: admin.user.id, role: Role.ADMIN, sv: 0 }).token;
    const shared = await ds.transaction((m) =>
      app.get(FrameworksService).insertVersion(m, defaultFramework, null, null),
    );
    const auth = { authorization: `Bearer ${token}` };
    const opened = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({
        query:
          'mutation ($f: ID!, $d: DateTime!) { openPeriod(code: "2026Q4", frameworkId: $f, deadline: $d) { id } }',
        // A deadline must lie ahead (periods/period-dates.ts): a month from whenever the probe runs.
        variables: { f: shared.id, d: new Date(Date.now() + 30 * 86_400_000).toISOString() },
      }),
    });
    if (!opened.ok) throw new Error(`openPeriod: ${opened.status}`);

    const framework = JSON.stringify({
      query: 'mutation ($d: JSON!) { importFramework(definition: $d) { id } }',
      variables: { d: fortyThousandGrades() },
    });
    const bomb = await zipBombWorkbook({ chunks: 400 });
    console.log(
      `inputs: framework request ${(framework.length / MB).toFixed(1)} MB; workbook ${(bomb.length / MB).toFixed(2)} MB zipped, ~${Math.round((400 * 1000 * 1270) / MB)} MB of sheet XML`,
    );
    console.log(`after boot and inputs: RSS ${rssMb()} MB, high-water mark ${peakRssMb()} MB`);

    // The HTTP figure includes parsing the 2.6 MB JSON body itself (express and GraphQL variables).
    await measure('HTTP importFramework, 40,000 grades', async () => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: framework,
      });
      const text = await res.text();
      const error = (JSON.parse(text) as { errors?: { message: string }[] }).errors?.[0]?.message ?? '';
      return `HTTP ${res.status}, answer ${(text.length / 1024).toFixed(1)} KB: ${error.slice(0, 120)}`;
    });
    await measure('HTTP POST /api/imports/values, zip bomb', async () => {
      const res = await fetch(`${base}/api/imports/values?period=${PERIOD}`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', ...auth },
        body: bomb,
      });
      const text = await res.text();
      const body = JSON.parse(text) as { errors?: { code: string; reason: { en: string } }[] };
      return `HTTP ${res.status}, answer ${(text.length / 1024).toFixed(1)} KB: ${body.errors?.map((e) => `${e.code}: ${e.reason.en}`).join('; ')}`;
    });
    const parsed = (JSON.parse(framework) as { variables: { d: unknown } }).variables.d;
    await measure('validateFramework alone (already parsed), 40,000 grades', async () => {
      const result = validateFramework(parsed);
      return result.ok ? 'accepted?!' : `${result.errors.length} error(s) listed, ${result.omitted} omitted`;
    });
    const worst = {
      ...defaultFramework,
      paths: Array.from({ length: FRAMEWORK_LIMITS.paths }, (_, p) => ({
        ...defaultFramework.paths[0],
        code: `P${p}`,
        indicators: Array.from({ length: FRAMEWORK_LIMITS.indicators }, () => ({
          code: 'X',
          nme: 'x',
          rule: { type: 'ratio', maxPoints: 'x' },
        })),
      })),
    };
    const size = `${FRAMEWORK_LIMITS.paths}×${FRAMEWORK_LIMITS.indicators} indicators`;
    await measure(
      'validateFramework alone, the default framework (the first call compiles the schema)',
      async () => (validateFramework(defaultFramework).ok ? 'valid' : 'refused?!'),
    );
    await measure(
      `validateFramework alone, largest allowed file (${size}), every indicator wrong`,
      async () => {
        const result = validateFramework(worst);
        return result.ok
          ? 'accepted?!'
          : `${result.errors.length} error(s) listed, ${result.omitted} omitted`;
      },
    );
    await measure(
      'inspectWorkbookZip alone, zip bomb',
      async () => `${inspectWorkbookZip(bomb)?.code ?? 'accepted?!'}`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
