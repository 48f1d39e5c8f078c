/**
 * `npm run bench:api [-- --runs 100] [--branches 5000] [--quarters 8] [--reuse] [--explain]`
 *
 * The committee scoreboard of a 5,000-branch district (8 quarters of history) on a real PostgreSQL
 * (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/pathboard_bench, created fresh):
 * - the `scoreboard` GraphQL query over HTTP, as the dashboard sends it, logged in as an ADMIN;
 * - the same SQL statements replayed on a raw `pg` pool (the floor the API could reach);
 * - their ratio, and the number of SQL statements one GraphQL request issues.
 * Targets: ratio ≤ 2, p95 < 150 ms. Both wall and CPU time are shown (shared machines).
 * `--reuse` keeps an already seeded bench database; `--explain` prints EXPLAIN ANALYZE of the data
 * statements. (Apollo's per-field cache-control plugin, which this once measured separately, is now
 * disabled in the app itself: graphql/pathboard-apollo.driver.ts.)
 */
/* eslint-disable @nx/enforce-module-boundaries -- the API benchmark boots apps/api in-process and replays its SQL */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { print } from 'graphql';
import { Pool } from 'pg';
import { OverviewScoreboardDocument } from '../../apps/web/src/generated/graphql';
import { registerSwcForApi } from './api-swc-register';

registerSwcForApi();
// As deployed (the env schema requires NODE_ENV=production there). graphql-js reads it once, when it
// is first loaded, to pick a plain `instanceof` over its dev-mode check: ~30 ms per 5,000-row answer.
process.env['NODE_ENV'] = 'production';

/* eslint-disable @typescript-eslint/no-require-imports */
const setup = require('./api-bench-setup') as typeof import('./api-bench-setup');
const { countQueries } =
  require('../../apps/api/src/analytics/testing/query-counter') as typeof import('../../apps/api/src/analytics/testing/query-counter');
const { DISTRICT_UNIT_PERIOD_SQL } =
  require('../../apps/api/src/analytics/sql/context.sql') as typeof import('../../apps/api/src/analytics/sql/context.sql');
const { toUnitPeriod } =
  require('../../apps/api/src/analytics/analytics-context') as typeof import('../../apps/api/src/analytics/analytics-context');
const { scoreboardStatements } =
  require('../../apps/api/src/analytics/scoreboard.service') as typeof import('../../apps/api/src/analytics/scoreboard.service');
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * What the committee dashboard sends: apps/web's OverviewScoreboard document as codegen compiled it
 * (features/overview/graphql/overview.operations.ts), printed back to text, so the benchmark always
 * asks for the very fields the screen asks for.
 */
const SCOREBOARD = print(OverviewScoreboardDocument);

const TARGET_RATIO = 2;
const TARGET_P95_MS = 150;
const WARM_UP = 8;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

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

async function main(): Promise<void> {
  // 100 requests by default: a p95 is then the 95th of 100 values rather than the 38th of 40 (the
  // third slowest), which one stray pause of the machine moved by 20 ms from run to run.
  const runs = Math.max(30, arg('runs', 100));
  const branches = arg('branches', 5000);
  const quarters = arg('quarters', 8);
  const url = process.env['DATABASE_URL'] ?? setup.DEFAULT_BENCH_URL;
  const safeUrl = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

  const mustSeed = await setup.prepareDatabase(url, flag('reuse'));
  const { app, baseUrl, dataSource } = await setup.startApi(url);
  // The raw replay runs with the app's session settings (jit=off, data-source.ts) so the floor is comparable.
  const pool = new Pool({ connectionString: url, max: 2, options: '-c jit=off' });
  try {
    if (mustSeed) {
      console.log(
        `seeding ${branches} branches × ${quarters} quarters into ${safeUrl} (seedLargeDistrict) …`,
      );
      const seeded = await setup.seedDistrict(app, branches, quarters);
      console.log(`  seeded in ${(seeded.ms / 1000).toFixed(1)} s`);
    }
    // Fresh bulk loads have no planner statistics until autovacuum gets to them.
    await dataSource.query('ANALYZE');
    const target = await setup.benchTarget(dataSource);

    const login = await post<{ login: { token: string } }>(
      baseUrl,
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: target.username, p: target.password },
    );
    const token = login.data!.login.token;
    const variables = { unitId: target.districtId, period: target.period };
    const first = await post<{ scoreboard: { branches: unknown[]; children: unknown[] } }>(
      baseUrl,
      SCOREBOARD,
      variables,
      token,
    );
    if (first.errors) throw new Error(`scoreboard failed: ${JSON.stringify(first.errors)}`);

    let bytes = 0;
    const requestOnce = async () => {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: SCOREBOARD, variables }),
      });
      bytes = (await res.arrayBuffer()).byteLength; // the whole body, not parsed: the client's JSON.parse is not the API's cost
    };
    const rawParallel = async () => {
      const ctx = toUnitPeriod(
        (await pool.query(DISTRICT_UNIT_PERIOD_SQL, [target.districtId, target.period, target.districtId]))
          .rows[0],
      );
      const { sql, params } = scoreboardStatements(ctx);
      await Promise.all([pool.query(sql.figures, params.figures), pool.query(sql.branches, params.branches)]);
    };
    const rawSequential = async () => {
      const client = await pool.connect();
      try {
        const ctx = toUnitPeriod(
          (
            await client.query(DISTRICT_UNIT_PERIOD_SQL, [
              target.districtId,
              target.period,
              target.districtId,
            ])
          ).rows[0],
        );
        const { sql, params } = scoreboardStatements(ctx);
        await client.query(sql.figures, params.figures);
        await client.query(sql.branches, params.branches);
      } finally {
        client.release();
      }
    };

    await measure(WARM_UP, requestOnce);
    await measure(WARM_UP, rawParallel);
    // Interleave the series in blocks so a noisy neighbour hits both alike.
    const api = { wall: [] as number[], cpu: [] as number[] };
    const raw = { wall: [] as number[], cpu: [] as number[] };
    const seq = { wall: [] as number[], cpu: [] as number[] };
    for (let done = 0; done < runs; done += 10) {
      const block = Math.min(10, runs - done);
      for (const [series, once] of [
        [api, requestOnce],
        [raw, rawParallel],
        [seq, rawSequential],
      ] as const) {
        const m = await measure(block, once);
        series.wall.push(...m.wall);
        series.cpu.push(...m.cpu);
      }
    }

    const counter = countQueries(dataSource);
    await requestOnce();
    counter.stop();

    if (flag('explain')) await explain(pool, target.districtId, target.period);

    const ratio = median(api.wall) / median(raw.wall);
    const p95 = quantile(api.wall, 0.95);
    console.log(
      `\nscoreboard of district ${target.districtId} (${target.branches} branches, ${first.data!.scoreboard.children.length} streets), period ${target.period}, ${runs} runs after ${WARM_UP} warm-up`,
    );
    console.log(
      `  response: ${first.data!.scoreboard.branches.length} branch rows, ${(bytes / 1024).toFixed(0)} KiB of JSON`,
    );
    console.log(
      `  GraphQL over HTTP   median ${ms(median(api.wall))}  p95 ${ms(p95)}  min ${ms(Math.min(...api.wall))}  (CPU of this process, median ${ms(median(api.cpu))})`,
    );
    console.log(
      `  raw SQL, same pool  median ${ms(median(raw.wall))}  p95 ${ms(quantile(raw.wall, 0.95))}  min ${ms(Math.min(...raw.wall))}  (context, then figures ∥ branches on 2 connections, rows parsed by pg; CPU of this process, median ${ms(median(raw.cpu))})`,
    );
    console.log(
      `  raw SQL, sequential median ${ms(median(seq.wall))}  (the 3 statements one after another on 1 connection)`,
    );
    console.log(
      `  ratio GraphQL / raw SQL: ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? 'met' : 'MISSED'})`,
    );
    console.log(
      `  p95 ${ms(p95)} of ${api.wall.length} requests (target < ${TARGET_P95_MS} ms: ${p95 < TARGET_P95_MS ? 'met' : 'MISSED'})`,
    );
    console.log(`  SQL statements per GraphQL request: ${counter.statements.length}`);
    counter.statements.forEach((s, i) =>
      console.log(`    ${i + 1}. ${s.replace(/\s+/g, ' ').slice(0, 90)}…`),
    );
    console.log(
      `\n  ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}, Node ${process.version}`,
    );
  } finally {
    await pool.end();
    await app.close();
  }
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

/** EXPLAIN ANALYZE of the two data statements, for profiling (`--explain`). */
async function explain(pool: Pool, districtId: string, period: string): Promise<void> {
  const ctx = toUnitPeriod(
    (await pool.query(DISTRICT_UNIT_PERIOD_SQL, [districtId, period, districtId])).rows[0],
  );
  const { sql, params } = scoreboardStatements(ctx);
  for (const [name, text, values] of [
    ['figures', sql.figures, params.figures],
    ['branches', sql.branches, params.branches],
  ] as const) {
    const plan = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, [
      ...values,
    ]);
    console.log(`\n== EXPLAIN ANALYZE ${name}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
