/**
 * `npm run bench:api [-- --runs 100] [--branches 5000] [--quarters 8] [--reuse] [--target-p95 50] [--in-process] [--bare-in-process] [--statements]`
 * (`--branches 50000 --target-p95 100` for the city-scale run; `--skip-before` leaves out the reference
 * rows of the review queue as it was before it was paged).
 *
 * Every query the committee overview and the review queue send for a district of `--branches` branches with 8 quarters
 * of history, on a real PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/pathboard_bench,
 * created fresh): each GraphQL request over HTTP (as apps/web's documents ask it, logged in as an
 * ADMIN) beside the very SQL statements that request issued (captured from the app's DataSource, auth
 * lookups included) replayed on a raw `pg` connection. Printed side by side with the targets
 * (issue 13): p95 ≤ 50 ms (100 ms at 50,000 branches), ratio of medians ≤ 1.5, answer ≤ 150 KB.
 * `API − raw` is the medians' difference: what HTTP, GraphQL and Nest add to the same statements.
 * `in API` splits the timed requests' mean time in the server (request-stages.cjs, preloaded into the
 * timed API's process): before its first statement is sent, the statements (sent → answered, as
 * `pg` sees them), between statements, and after the last answer until the response is written.
 * `bare ÷ raw` is the same ratio for a bare `node:http` server running the same statements
 * (bare-http-floor.ts) in its own process, as the timed API runs: the part of the ratio any HTTP API
 * deployed that way pays, framework or not (`--bare-in-process` runs it in this process, as until
 * 2026-12-07: no process hop, a lower floor). `--statements` adds, under each query, every statement's
 * mean time in the API beside the same statement's in the raw replay, and first what a pause before a
 * statement costs on this machine (statement-split.ts).
 *
 * The timed API is the built one (dist/apps/api, `npm run bench:api` builds it first) in its own
 * process, as deployed, asked over one kept-alive connection (keep-alive-client.ts). The API booted
 * in this process seeds the database and captures each request's statements. `--in-process` times
 * that one instead, with `fetch`, the way this benchmark measured until 2026-12-06: its event loop
 * and heap are shared with the client's.
 */
/* eslint-disable @nx/enforce-module-boundaries -- the API benchmark boots apps/api in-process and replays its SQL */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import type { DataSource, Logger } from 'typeorm';
import { SESSION_OPTIONS } from '../../apps/api/src/database/session-options';
import { overviewCases } from './api-bench-cases';
import { registerSwcForApi } from './api-swc-register';
import { startBareProcess, startBareServer } from './bare-http-floor';
import { startApiProcess } from './bench-api-process';
import { keepAliveClient } from './keep-alive-client';
import { type PlaceSum, statementLines, wakeUpCost } from './statement-split';
import { median, ms, quantile } from './stats';

registerSwcForApi();
// As deployed (the env schema requires NODE_ENV=production there). graphql-js reads it once, when it
// is first loaded, to pick a plain `instanceof` over its dev-mode check.
process.env['NODE_ENV'] = 'production';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const setup = require('./api-bench-setup') as typeof import('./api-bench-setup');

const TARGET_RATIO = 1.5;
const TARGET_KB = 150;
/**
 * Requests (and raw replays) per query before timing: a serving API has long compiled its hot paths.
 * After 100 instead of 5, the API medians were 0.1–1.3 ms lower (two runs of 2026-12-06, 5,000 branches).
 */
const WARM_UP = 100;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

/** Wall and this process's CPU time of `runs` sequential calls. */
async function measure(runs: number, once: () => Promise<void>): Promise<{ wall: number[]; cpu: number[] }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await once();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

/** The statements (and parameters) one request sends through the app's DataSource. */
function captureStatements(dataSource: DataSource) {
  const original = dataSource.logger;
  const seen: { sql: string; params: unknown[] }[] = [];
  const capturing: Logger = Object.create(original);
  capturing.logQuery = (query, parameters, queryRunner) => {
    seen.push({ sql: query, params: parameters ?? [] });
    return original.logQuery(query, parameters, queryRunner);
  };
  (dataSource as { logger: Logger }).logger = capturing;
  return { seen, stop: () => void ((dataSource as { logger: Logger }).logger = original) };
}

async function main(): Promise<void> {
  const runs = Math.max(20, arg('runs', 60));
  const branches = arg('branches', 5000);
  const quarters = arg('quarters', 8);
  const targetP95 = arg('target-p95', branches > 5000 ? 100 : 50);
  const url = process.env['DATABASE_URL'] ?? setup.DEFAULT_BENCH_URL;
  const safeUrl = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

  const mustSeed = await setup.prepareDatabase(url, flag('reuse'));
  const { app, baseUrl, dataSource } = await setup.startApi(url);
  let stopTimedApi: () => void = () => undefined;
  // The raw replay runs with the app's session settings (data-source.ts) so the floor is comparable.
  const pool = new Pool({ connectionString: url, max: 1, options: SESSION_OPTIONS });
  // The bare server runs in its own process, as the timed API does (--bare-in-process: in this one).
  const barePool = flag('bare-in-process')
    ? new Pool({ connectionString: url, max: 1, options: SESSION_OPTIONS })
    : null;
  const bare = barePool ? await startBareServer(barePool) : await startBareProcess(url, SESSION_OPTIONS);
  const bareClient = keepAliveClient(bare.url);
  try {
    if (mustSeed) {
      console.log(
        `seeding ${branches} branches × ${quarters} quarters into ${safeUrl} (seedLargeDistrict) …`,
      );
      const seeded = await setup.seedDistrict(app, branches, quarters);
      console.log(`  seeded (figures precomputed) in ${(seeded.ms / 1000).toFixed(1)} s`);
    }
    // VACUUM too: the seed rewrites many rows, and a server with autovacuum off (as on the machine the
    // figures in the README come from) would otherwise scan their dead versions in every statement.
    await dataSource.query('VACUUM ANALYZE');
    const target = await setup.benchTarget(dataSource);
    const [{ first }]: { first: string }[] = await dataSource.query(
      `SELECT min(code) AS first FROM period WHERE district_id = $1`,
      [target.districtId],
    );
    const login = await post<{ login: { token: string } }>(
      baseUrl,
      'mutation ($u: String!, $p: String!, $d: String) { login(username: $u, password: $p, district: $d) { token } }',
      { u: target.username, p: target.password, d: target.districtCode },
    );
    const token = login.data!.login.token;
    // A submitted branch: the review workspace asks for its checks.
    const [{ branch_id: branchId }]: { branch_id: string }[] = await dataSource.query(
      `SELECT a.branch_id FROM assessment a JOIN period p ON p.district_id = a.district_id AND p.id = a.period_id
        WHERE a.district_id = $1 AND p.code = $2 AND a.status = 'SUBMITTED' ORDER BY a.branch_id LIMIT 1`,
      [target.districtId, target.period],
    );
    // --skip-before leaves out the old queue's reference rows (tens of MB each at 50,000 branches).
    const cases = overviewCases(target.districtId, target.period, first, branchId).filter(
      (c) => !(process.argv.includes('--skip-before') && c.name.startsWith('before:')),
    );
    // The API that is timed: the built one in its own process, or (--in-process) the one booted here.
    const inProcess = flag('in-process');
    let timed: {
      post: (body: string) => Promise<string>;
      close: () => void;
      /** The in-server split since the last call (request-stages.cjs); none for --in-process. */
      stages: () => Promise<Stages | null>;
    } = {
      post: (body) => postWithFetch(baseUrl, body, token),
      close: () => undefined,
      stages: async () => null,
    };
    if (!inProcess) {
      const port = 4400 + Math.floor(Math.random() * 500);
      stopTimedApi = await startApiProcess(url, port, setup.BENCH_JWT_SECRET, {
        NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --require ${JSON.stringify(resolve(__dirname, 'request-stages.cjs'))}`,
      });
      const client = keepAliveClient(`http://127.0.0.1:${port}`);
      const headers = {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'accept-encoding': 'identity',
      };
      timed = {
        post: async (body) => (await client.post('/graphql', body, headers)).text,
        close: client.close,
        stages: async () =>
          (await fetch(`http://127.0.0.1:${port}/__bench/stages`)).json() as Promise<Stages>,
      };
    }

    console.log(
      `\noverview of district ${target.districtId} (${target.branches} branches), period ${target.period}, ${runs} runs per query after ${WARM_UP} warm-up`,
    );
    console.log(
      inProcess
        ? '  API: booted in this process, asked with fetch (--in-process)'
        : '  API: dist/apps/api in its own process, asked over one kept-alive connection (node:http)',
    );
    console.log(
      `  ${'query'.padEnd(24)} ${'p95 API'.padStart(9)} ${'p95 raw'.padStart(9)} ${'median API'.padStart(11)} ${'median raw'.padStart(11)} ${'ratio'.padStart(6)} ${'API − raw'.padStart(10)} ${'bare ÷ raw'.padStart(10)} ${'in API: before/sql/between/after'.padStart(33)} ${'answer'.padStart(9)} ${'gzip'.padStart(8)}  stmts  targets (p95 ≤ ${targetP95} ms, ratio ≤ ${TARGET_RATIO}, ≤ ${TARGET_KB} KB)`,
    );
    if (flag('statements')) console.log(await wakeUpCost(pool));
    let largest = { name: '', bytes: 0 };
    const missed: string[] = [];
    for (const c of cases) {
      const body = JSON.stringify({ query: c.query, variables: c.variables });
      let bytes = 0;
      let gzipBytes = 0;
      const requestOnce = async () => {
        const text = await timed.post(body);
        bytes = Buffer.byteLength(text);
        if (text.includes('"errors"')) throw new Error(`${c.name} failed: ${text.slice(0, 300)}`);
      };
      // What one request sends to the database (asked of the API booted here), replayed raw on one
      // connection, in order.
      const capture = captureStatements(dataSource);
      await postWithFetch(baseUrl, body, token);
      capture.stop();
      const statements = capture.seen.filter((s) => !/^(START TRANSACTION|COMMIT|ROLLBACK)/i.test(s.sql));
      // Each statement's own times in the timed replays (--statements prints them).
      const replayed = statements.map((s) => ({ sql: s.sql, ms: [] as number[] }));
      let timing = false;
      const rawOnce = async () => {
        const client = await pool.connect();
        try {
          for (const [i, s] of statements.entries()) {
            const start = performance.now();
            await client.query(s.sql, s.params as unknown[]);
            if (timing) replayed[i].ms.push(performance.now() - start);
          }
        } finally {
          client.release();
        }
      };
      // What the client downloads with Accept-Encoding: gzip (the app's compression middleware, level 6).
      const answer = await (
        await fetch(`${baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
        })
      ).text();
      gzipBytes = gzipSync(answer, { level: 6 }).byteLength;
      // The same statements behind a bare HTTP server (bare-http-floor.ts): the HTTP hop's own cost.
      await bare.serve(statements);
      const bareOnce = async () => {
        const { status, text } = await bareClient.post('/', body, { 'content-type': 'application/json' });
        if (status !== 200) throw new Error(`${c.name}: the bare server failed: ${text.slice(0, 300)}`);
      };

      await measure(WARM_UP, requestOnce);
      await measure(WARM_UP, rawOnce);
      await measure(WARM_UP, bareOnce);
      await timed.stages(); // from here on: the timed requests only
      timing = true;
      const api: number[] = [];
      const raw: number[] = [];
      const bareTimes: number[] = [];
      for (let done = 0; done < runs; done += 10) {
        const block = Math.min(10, runs - done);
        api.push(...(await measure(block, requestOnce)).wall);
        raw.push(...(await measure(block, rawOnce)).wall);
        bareTimes.push(...(await measure(block, bareOnce)).wall);
      }
      const split = await timed.stages();
      const p95 = quantile(api, 0.95);
      const ratio = median(api) / median(raw);
      const kb = bytes / 1024;
      if (bytes > largest.bytes) largest = { name: c.name, bytes };
      const marks = c.reference
        ? ['(reference, no targets)']
        : [
            p95 <= targetP95 ? 'ok' : 'MISSED',
            ratio <= TARGET_RATIO ? 'ok' : 'MISSED',
            kb <= TARGET_KB ? 'ok' : 'MISSED',
          ];
      if (marks.includes('MISSED')) missed.push(c.name);
      console.log(
        `  ${c.name.padEnd(24)} ${ms(p95).padStart(9)} ${ms(quantile(raw, 0.95)).padStart(9)} ${ms(median(api)).padStart(11)} ${ms(median(raw)).padStart(11)} ${ratio.toFixed(2).padStart(6)} ${ms(median(api) - median(raw)).padStart(10)} ${(median(bareTimes) / median(raw)).toFixed(2).padStart(10)} ${stagesText(split).padStart(33)} ${`${kb.toFixed(1)} KB`.padStart(9)} ${`${(gzipBytes / 1024).toFixed(1)} KB`.padStart(8)}  ${String(statements.length).padStart(5)}  ${marks.join(' / ')}`,
      );
      if (flag('statements') && split?.requests && split.byPlace.length) {
        console.log(statementLines(split.byPlace, split.requests, replayed).join('\n'));
      }
    }
    console.log(
      `\n  largest answer: ${largest.name}, ${(largest.bytes / 1024).toFixed(1)} KB of JSON (uncompressed)`,
    );
    console.log(`  queries missing a target: ${missed.length ? missed.join(', ') : 'none'}`);
    console.log(
      `  ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}, Node ${process.version}`,
    );
    timed.close();
  } finally {
    stopTimedApi();
    bareClient.close();
    await bare.close();
    await barePool?.end();
    await pool.end();
    await app.close();
  }
}

/** Sums over the timed requests, in ms, from request-stages.cjs in the timed API's process. */
interface Stages {
  requests: number;
  before: number;
  sql: number;
  between: number;
  after: number;
  /** Each statement's summed time by its place in the request. */
  byPlace: PlaceSum[];
}

/** The mean request's split in the server: before the first statement, statements, between, after. */
function stagesText(split: Stages | null): string {
  if (!split?.requests) return '–';
  return [split.before, split.sql, split.between, split.after]
    .map((sum) => (sum / split.requests).toFixed(2))
    .join('/');
}

/** One GraphQL POST with `fetch`, uncompressed; the answer's text. */
async function postWithFetch(baseUrl: string, body: string, token: string): Promise<string> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'accept-encoding': 'identity',
    },
    body,
  });
  return res.text();
}

async function post<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<{ data?: T; errors?: unknown[] }> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: unknown[] };
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
