/**
 * `npm run bench:partition [-- --districts 10 --branches 1000 --quarters 2 --partitions 16 --runs 30]`
 *
 * The scale-out plan (docs/scale-out.md) simulated on one PostgreSQL: a bench database
 * (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/pathboard_bench_partition, created fresh)
 * gets the real migrations, then every per-district table is hash-partitioned by district_id
 * (partition-sim-schema.ts; app_user stays plain, docs/scale-out.md "Logins"), and `--districts`
 * synthetic districts are seeded through the demo seeder. For one district it runs the committee
 * overview's statements (the unit and period context, the precomputed figures, two pages of the
 * branch table, the trend, a branch's peer standing), the figures refresh's (the scoreboard's figures and branches over the
 * live tables, the live trend, a peer group's open flags), a branch's data checks, two review queue pages and a draft
 * save's read of its group's stored sample with EXPLAIN ANALYZE and prints, per statement, the partitions each table was read from
 * (one partition of each table = what Citus would route to one shard), then their timings.
 * A database whose name does not start with `pathboard_bench` or end with `_partition_sim` is refused.
 */
/* eslint-disable @nx/enforce-module-boundaries -- the simulation boots apps/api in-process and runs its SQL */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { registerSwcForApi } from './api-swc-register';
import { partitionPerDistrictTables, partitionsTouched } from './partition-sim-schema';
import { SESSION_OPTIONS } from '../../apps/api/src/database/session-options';

registerSwcForApi();
process.env['NODE_ENV'] = 'production';

/* eslint-disable @typescript-eslint/no-require-imports */
const setup = require('./api-bench-setup') as typeof import('./api-bench-setup');
const { createDataSource, runMigrations } =
  require('../../apps/api/src/database/data-source') as typeof import('../../apps/api/src/database/data-source');
const { DISTRICT_UNIT_PERIOD_SQL } =
  require('../../apps/api/src/analytics/sql/context.sql') as typeof import('../../apps/api/src/analytics/sql/context.sql');
const { PEER_STANDING_SQL } =
  require('../../apps/api/src/analytics/sql/peer-standing.sql') as typeof import('../../apps/api/src/analytics/sql/peer-standing.sql');
const { TREND_SQL, TREND_FROM_FIGURES_SQL } =
  require('../../apps/api/src/analytics/sql/trend.sql') as typeof import('../../apps/api/src/analytics/sql/trend.sql');
const { branchPageStatement } =
  require('../../apps/api/src/analytics/branch-page.service') as typeof import('../../apps/api/src/analytics/branch-page.service');
const { toUnitPeriod } =
  require('../../apps/api/src/analytics/analytics-context') as typeof import('../../apps/api/src/analytics/analytics-context');
const { scoreboardStatements, precomputedFiguresStatement } =
  require('../../apps/api/src/analytics/scoreboard.service') as typeof import('../../apps/api/src/analytics/scoreboard.service');
const {
  BRANCH_PERIOD_ASSESSMENT_SQL,
  GROUPS_OF_ASSESSMENTS_SQL,
  listedByIds,
  listedInGroups,
  qualitySetSql,
} =
  require('../../apps/api/src/quality/sql/quality-set.sql') as typeof import('../../apps/api/src/quality/sql/quality-set.sql');
const { queuePageSql } =
  require('../../apps/api/src/quality/sql/review-queue.sql') as typeof import('../../apps/api/src/quality/sql/review-queue.sql');
const { OWN_SAMPLE_SQL } =
  require('../../apps/api/src/analytics/figures/peer-samples') as typeof import('../../apps/api/src/analytics/figures/peer-samples');
/* eslint-enable @typescript-eslint/no-require-imports */

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/pathboard_bench_partition';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)];

async function freshDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (
    !/^[A-Za-z0-9_]+$/.test(name) ||
    !(name.startsWith('pathboard_bench') || name.endsWith('_partition_sim'))
  )
    throw new Error(
      `refusing to recreate ${JSON.stringify(name)}: use a pathboard_bench* or *_partition_sim name`,
    );
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const c = new Client({ connectionString: admin.toString() });
  await c.connect();
  try {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  } finally {
    await c.end();
  }
}

async function main(): Promise<void> {
  const districts = arg('districts', 10);
  const branches = arg('branches', 1000);
  const quarters = Math.max(2, arg('quarters', 2));
  const partitions = arg('partitions', 16);
  const runs = arg('runs', 30);
  const url = process.env['DATABASE_URL'] ?? DEFAULT_URL;

  await freshDatabase(url);
  const ds = createDataSource({ dataDir: '/nonexistent' }, { databaseUrl: url, logging: false });
  await ds.initialize();
  await runMigrations(ds);
  await ds.destroy();
  const db = new Client({ connectionString: url, options: SESSION_OPTIONS });
  await db.connect();
  const partitioned = await partitionPerDistrictTables(db, partitions, ['app_user']);
  console.log(
    `${partitioned.length} per-district tables hash-partitioned by district_id into ${partitions}: ${partitioned.join(', ')}`,
  );

  const { app } = await setup.startApi(url);
  try {
    const started = performance.now();
    for (let d = 0; d < districts; d++) await setup.seedDistrict(app, branches, quarters, 1000 + d);
    await db.query('ANALYZE');
    console.log(
      `seeded ${districts} districts × ${branches} branches × ${quarters} quarters in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    const spread = await db.query<{ part: string; districts: number; rows: number }>(
      `SELECT tableoid::regclass::text AS part, count(DISTINCT district_id)::int AS districts, count(*)::int AS rows
         FROM assessment GROUP BY 1 ORDER BY 1`,
    );
    console.log(
      `assessment rows by partition: ${spread.rows.map((r) => `${r.part.slice(-3)} ${r.rows} (${r.districts} d.)`).join(', ')}`,
    );

    const [target] = (
      await db.query<{ id: string; code: string; period: string; codes: string[] }>(
        `SELECT d.id, d.code, max(p.code) AS period, array_agg(p.code ORDER BY p.code) AS codes
           FROM org_unit d JOIN period p ON p.district_id = d.id
          WHERE d.kind = 'DISTRICT' GROUP BY d.id, d.code ORDER BY d.code LIMIT 1`,
      )
    ).rows;
    const context = (await db.query(DISTRICT_UNIT_PERIOD_SQL, [target.id, target.period, target.id])).rows[0];
    const ctx = toUnitPeriod(context);
    const { sql, params } = scoreboardStatements(ctx);
    const figures = precomputedFiguresStatement(ctx);
    const page = (q: Parameters<typeof branchPageStatement>[1]) => {
      const s = branchPageStatement(ctx, q);
      return [s.sql, s.params] as const;
    };
    const byRank = page({ offset: 0, limit: 50, sortBy: 'rank', descending: false, reviewedOnly: false });
    const byName = page({
      offset: 100,
      limit: 50,
      sortBy: 'name',
      descending: false,
      reviewedOnly: false,
      search: '1',
    });
    const [branch] = (
      await db.query<{ id: string; assessment: string }>(
        `SELECT branch_id AS id, id AS assessment FROM assessment WHERE district_id = $1 AND period_id = $2 AND status = 'APPROVED' LIMIT 1`,
        [ctx.unit.districtId, ctx.period.id],
      )
    ).rows;
    // The data checks of one branch (quality-checks.service.ts): its peer groups, then its group's
    // reported assessments by index; the figures refresh re-checks those groups' open flags.
    const inPeriod = [ctx.unit.districtId, ctx.period.id];
    const groups = (
      await db.query<{ parent_id: string }>(GROUPS_OF_ASSESSMENTS_SQL, [...inPeriod, [branch.assessment]])
    ).rows.map((g) => g.parent_id);
    const listed = listedByIds([branch.assessment]);
    const peers = listedInGroups(groups, 'reported', 4);
    const groupFlags = listedInGroups(groups, 'every');
    const queueFilter = [...inPeriod, `${ctx.unit.path}%`, null, null];
    // What the overview reads (the precomputed figures, a table page, the trend), then what the
    // figures refresh runs over the live tables (the scoreboard's statements, the live trend).
    const statements: [string, string, unknown[]][] = [
      ['context (unit, period, framework)', DISTRICT_UNIT_PERIOD_SQL, [target.id, target.period, target.id]],
      ['overview figures (precomputed)', figures.sql, figures.params],
      ['table page by rank (stored counts)', byRank[0], byRank[1]],
      ['table page by name, searched', byName[0], byName[1]],
      ['trend (precomputed)', TREND_FROM_FIGURES_SQL, [ctx.unit.districtId, ctx.unit.id, target.codes]],
      ['a branch: peer standing', PEER_STANDING_SQL, [branch.id, ctx.period.id, ctx.unit.districtId]],
      ['refresh: scoreboard figures', sql.figures, params.figures],
      ['refresh: scoreboard branches', sql.branches, params.branches],
      ['live trend', TREND_SQL, [ctx.unit.districtId, ctx.unit.path, `${ctx.unit.path}%`, target.codes]],
      [
        "a branch's checks: the branch, quarter and assessment",
        BRANCH_PERIOD_ASSESSMENT_SQL,
        [ctx.unit.districtId, ctx.period.code, branch.id],
      ],
      ["a branch's checks: its peer groups", GROUPS_OF_ASSESSMENTS_SQL, [...inPeriod, [branch.assessment]]],
      [
        "a branch's checks (peers by index)",
        qualitySetSql(listed, true, peers),
        [...inPeriod, ...listed.params, ...peers.params],
      ],
      [
        "refresh: a peer group's open flags",
        qualitySetSql(groupFlags, true, 'listed'),
        [...inPeriod, ...groupFlags.params],
      ],
      [
        'review queue page (submission order)',
        queuePageSql('SUBMITTED_AT', false, { search: null, wholeDistrict: true }),
        [...queueFilter, 20, 0],
      ],
      [
        'review queue page by risk (stored counts)',
        queuePageSql('RISK', false, { search: null, wholeDistrict: true }),
        [...inPeriod, `${ctx.unit.path}%`, null, null, 20, 0],
      ],
      // A draft's save re-checks itself against its group's stored sample (peer-samples.ts).
      ["a draft's save: its group's sample", OWN_SAMPLE_SQL, [...inPeriod, branch.assessment]],
    ];
    const partitionOf = (
      await db.query<{ part: string }>(
        `SELECT tableoid::regclass::text AS part FROM org_unit WHERE district_id = $1 LIMIT 1`,
        [target.id],
      )
    ).rows[0].part;
    console.log(
      `\ndistrict ${target.code} (${target.id}) lives in partition ${partitionOf.slice(-3)}; period ${target.period}`,
    );

    for (const [name, text, values] of statements) {
      const plan = (
        await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF, BUFFERS) ${text}`, values)
      ).rows
        .map((r) => r['QUERY PLAN'])
        .join('\n');
      const touched = partitionsTouched(plan);
      const summary = [...touched.entries()]
        .map(([t, parts]) => `${t} ${[...parts].map((p) => `p${p}`).join('+')}`)
        .join(', ');
      const single = [...touched.values()].every((parts) => parts.size === 1);
      console.log(
        `\n== ${name}: partitions read: ${summary || 'none'} → ${single ? 'ONE partition per table' : 'MORE THAN ONE partition'}`,
      );
      if (process.argv.includes('--plans')) console.log(plan);
      else
        console.log(
          plan
            .split('\n')
            .filter((l) => / on \w+_p\d\d\b|Subplans Removed|Planning Time|Execution Time/.test(l))
            .join('\n'),
        );
    }

    console.log(`\ntimings over ${runs} runs each (after 3 warm-up), one connection, jit off:`);
    for (const [name, text, values] of statements) {
      const times: number[] = [];
      for (let i = 0; i < runs + 3; i++) {
        const start = performance.now();
        await db.query(text, values);
        if (i >= 3) times.push(performance.now() - start);
      }
      console.log(
        `  ${name.padEnd(38)} median ${quantile(times, 0.5).toFixed(1)} ms  p95 ${quantile(times, 0.95).toFixed(1)} ms`,
      );
    }
    console.log(
      `\n  ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}, Node ${process.version}`,
    );
  } finally {
    await app.close();
    await db.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
