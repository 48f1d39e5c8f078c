/**
 * `npm run bench:refresh [-- --runs 40] [--branches 5000] [--quarters 2] [--reuse]`
 *
 * "Save → figures current" on a real PostgreSQL (DATABASE_URL, default pathboard_bench, created fresh
 * and seeded by seedLargeDistrict): the refresh an assessment write waits for before it answers
 * (figures-refresh-queue.ts runs `refreshBranchFigures` for the written branch after its commit),
 * timed for one branch's save in the newest quarter, over `--runs` branches spread over the district.
 * Prints p50/p95 and, for scale, one full `refreshDistrictFigures` of the same quarter.
 */
/* eslint-disable @nx/enforce-module-boundaries -- the benchmark boots apps/api in-process */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type * as FiguresRefresh from '../../apps/api/src/analytics/figures/figures-refresh';
import { registerSwcForApi } from './api-swc-register';

registerSwcForApi();
process.env['NODE_ENV'] = 'production';

/* eslint-disable @typescript-eslint/no-require-imports -- required after the SWC hook */
const setup = require('./api-bench-setup') as typeof import('./api-bench-setup');
const refresh = require('../../apps/api/src/analytics/figures/figures-refresh') as typeof FiguresRefresh;
/* eslint-enable @typescript-eslint/no-require-imports */

const WARM_UP = 3;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  const runs = arg('runs', 40);
  const branches = arg('branches', 5000);
  const quarters = arg('quarters', 2);
  const url = process.env['DATABASE_URL'] ?? setup.DEFAULT_BENCH_URL;
  const mustSeed = await setup.prepareDatabase(url, process.argv.includes('--reuse'));
  const { app, dataSource } = await setup.startApi(url);
  try {
    if (mustSeed) {
      console.log(`seeding ${branches} branches × ${quarters} quarters (seedLargeDistrict) …`);
      const seeded = await setup.seedDistrict(app, branches, quarters);
      console.log(`  seeded (figures precomputed) in ${(seeded.ms / 1000).toFixed(1)} s`);
    }
    await dataSource.query('ANALYZE');
    const target = await setup.benchTarget(dataSource);
    const [period]: { id: string }[] = await dataSource.query(
      `SELECT id FROM period WHERE district_id = $1 AND code = $2`,
      [target.districtId, target.period],
    );
    // Branches spread evenly over the district (every street), in a fixed order.
    const sample: { id: string; path: string }[] = await dataSource.query(
      `SELECT id, path FROM (
         SELECT a.branch_id AS id, u.path, row_number() OVER (ORDER BY u.code) AS n, count(*) OVER () AS total
           FROM assessment a JOIN org_unit u ON u.id = a.branch_id
          WHERE a.district_id = $1 AND a.period_id = $2) x
        WHERE n % greatest(total / $3, 1) = 0 ORDER BY n LIMIT $3`,
      [target.districtId, period.id, runs + WARM_UP],
    );
    const once = async (b: { id: string; path: string }) => {
      const start = performance.now();
      await dataSource.transaction((m) =>
        refresh.refreshBranchFigures(m, [
          { districtId: target.districtId, periodId: period.id, branchId: b.id, branchPath: b.path },
        ]),
      );
      return performance.now() - start;
    };
    for (const b of sample.slice(0, WARM_UP)) await once(b);
    const times: number[] = [];
    for (const b of sample.slice(WARM_UP)) times.push(await once(b));
    const fullStart = performance.now();
    await dataSource.transaction((m) => refresh.refreshDistrictFigures(m, target.districtId, [period.id]));
    const full = performance.now() - fullStart;

    console.log(
      `\nsave → figures current: refreshBranchFigures for one branch of district ${target.districtId} (${target.branches} branches), period ${target.period}, ${times.length} runs after ${WARM_UP} warm-up`,
    );
    console.log(
      `  p50 ${ms(quantile(times, 0.5))}  p95 ${ms(quantile(times, 0.95))}  max ${ms(Math.max(...times))}`,
    );
    console.log(`  for scale: refreshDistrictFigures of that quarter once: ${ms(full)}`);
    console.log(
      `  ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}, Node ${process.version}`,
    );
  } finally {
    await app.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
