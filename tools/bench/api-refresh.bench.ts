/**
 * `npm run bench:refresh [-- --runs 40] [--branches 5000] [--quarters 2] [--reuse] [--statements]`
 *
 * "Save → figures current" on a real PostgreSQL (DATABASE_URL, default pathboard_bench, created fresh
 * and seeded by seedLargeDistrict): the refresh an assessment write waits for before it answers
 * (figures-refresh-queue.ts runs `refreshBranchFigures` for the written branch after its commit),
 * timed for one branch's write in the newest quarter, over `--runs` branches spread over the district:
 * a draft's row (what a status change that leaves the branch unreported refreshes: a return, a
 * reopening; its total stays empty) and a reported total that moved (what a submit, a review or a
 * score correction refreshes; the bench moves the stored total by 0.25 first, untimed, so the
 * stored rank counts must move too). A draft's own save skips the refresh
 * (assessment-mutations.service.ts changesCommitteeFigures) and re-checks its open flags alone:
 * timed on the same drafts as "a draft's own save".
 * Side by side in the same run, its baseline: the full `refreshDistrictFigures` of that quarter (what
 * a save would wait for without the incremental refresh), run after every fourth branch refresh so
 * both see the same database state and load. Prints p50/p95/max of each and their ratio, and, timed
 * on its own after each moved total, the step that stores the branch's inflation (self-inflation.ts)
 * and the one that re-checks and stores its peer group's open flags (open-flags.ts).
 * `--statements`: the draft rows' refreshes statement by statement (each from its start to the next
 * one's, so a statement's time includes the work in Node on its rows), the costliest first.
 */
/* eslint-disable @nx/enforce-module-boundaries -- the benchmark boots apps/api in-process */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type * as FiguresRefresh from '../../apps/api/src/analytics/figures/figures-refresh';
import { registerSwcForApi } from './api-swc-register';
import { ms, quantile } from './stats';

registerSwcForApi();
process.env['NODE_ENV'] = 'production';

/* eslint-disable @typescript-eslint/no-require-imports -- required after the SWC hook */
const setup = require('./api-bench-setup') as typeof import('./api-bench-setup');
const refresh = require('../../apps/api/src/analytics/figures/figures-refresh') as typeof FiguresRefresh;
const inflation =
  require('../../apps/api/src/analytics/figures/self-inflation') as typeof import('../../apps/api/src/analytics/figures/self-inflation');
const openFlags =
  require('../../apps/api/src/analytics/figures/open-flags') as typeof import('../../apps/api/src/analytics/figures/open-flags');
/* eslint-enable @typescript-eslint/no-require-imports */

const WARM_UP = 3;
/** One full district refresh (the baseline) after every this many branch refreshes. */
const BASELINE_EVERY = 4;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

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
    // VACUUM too: the seed rewrites many rows, and a server with autovacuum off (as on the machine the
    // figures in the README come from) would otherwise scan their dead versions in every statement.
    await dataSource.query('VACUUM ANALYZE');
    const target = await setup.benchTarget(dataSource);
    const [period]: { id: string; framework_id: string }[] = await dataSource.query(
      `SELECT id, framework_id FROM period WHERE district_id = $1 AND code = $2`,
      [target.districtId, target.period],
    );
    // Branches spread evenly over the district (every street), in a fixed order, whose assessment
    // is a DRAFT (a return or a reopening changes its row, not its total) or reported (its total is
    // what a submit, a review or a score correction changes).
    const sampleOf = (reported: boolean): Promise<{ id: string; path: string; assessment_id: string }[]> =>
      dataSource.query(
        `SELECT id, path, assessment_id FROM (
           SELECT a.branch_id AS id, u.path, a.id AS assessment_id, row_number() OVER (ORDER BY u.code) AS n, count(*) OVER () AS total
             FROM assessment a JOIN org_unit u ON u.id = a.branch_id
            WHERE a.district_id = $1 AND a.period_id = $2 AND (a.status IN ('SUBMITTED', 'APPROVED')) = $4) x
          WHERE n % greatest(total / $3, 1) = 0 ORDER BY n LIMIT $3`,
        [target.districtId, period.id, runs + WARM_UP, reported],
      );
    /** A reported total moves by a quarter point (untimed), as a new score would move it. */
    const moveTotal = (b: { id: string }) =>
      dataSource.query(
        `UPDATE assessment_score SET total = total + CASE WHEN total >= 50 THEN -0.25 ELSE 0.25 END
          WHERE district_id = $1 AND period_id = $2 AND branch_id = $3 AND kind = 'OFFICIAL'`,
        [target.districtId, period.id, b.id],
      );
    const timed = async (work: () => Promise<unknown>) => {
      const start = performance.now();
      await work();
      return performance.now() - start;
    };
    const branchRefresh = (b: { id: string; path: string }) =>
      timed(() =>
        dataSource.transaction((m) =>
          refresh.refreshBranchFigures(m, [
            { districtId: target.districtId, periodId: period.id, branchId: b.id, branchPath: b.path },
          ]),
        ),
      );
    // The part of a branch refresh that stores the branch's inflation in the window's quarters.
    const inflationOnly = (b: { id: string }) =>
      timed(() =>
        dataSource.transaction((m) =>
          inflation.writeSelfInflation(m, target.districtId, [period.id], [b.id]),
        ),
      );
    // What a draft's own save runs instead of the refresh (assessment-mutations.service.ts): its
    // open flags re-checked alone, against its group's stored sample.
    const ownFlags = (b: { assessment_id: string }) =>
      timed(() =>
        dataSource.transaction((m) =>
          openFlags.writeOwnOpenFlags(m, {
            districtId: target.districtId,
            periodId: period.id,
            frameworkId: period.framework_id,
            id: b.assessment_id,
          }),
        ),
      );
    // The part that re-checks the branch's peer group and stores its open flags.
    const openFlagsOnly = (b: { id: string }) =>
      timed(() =>
        dataSource.transaction((m) => openFlags.writeOpenFlags(m, target.districtId, [period.id], [b.id])),
      );
    const districtRefresh = () =>
      timed(() =>
        dataSource.transaction((m) => refresh.refreshDistrictFigures(m, target.districtId, [period.id])),
      );

    // --statements: each statement of the timed draft refreshes, timed start to the next one's start.
    const spans = new Map<string, number[]>();
    let previous: { key: string; at: number } | null = null;
    let spansOn = false;
    const closeSpan = () => {
      if (previous) {
        const times = spans.get(previous.key) ?? [];
        times.push(performance.now() - previous.at);
        spans.set(previous.key, times);
      }
      previous = null;
    };
    const logger = dataSource.logger;
    if (process.argv.includes('--statements')) {
      const timing = Object.create(logger) as typeof logger;
      timing.logQuery = (query, parameters, runner) => {
        closeSpan();
        const key = query.replace(/\s+/g, ' ').trim().slice(0, 90);
        if (spansOn && !/^(START TRANSACTION|COMMIT)/.test(key)) previous = { key, at: performance.now() };
        return logger.logQuery(query, parameters, runner);
      };
      (dataSource as { logger: typeof logger }).logger = timing;
    }
    const drafts = await sampleOf(false);
    const reported = await sampleOf(true);
    for (const b of reported.slice(0, WARM_UP)) await branchRefresh(b);
    await districtRefresh();
    const draftTimes: number[] = [];
    const ownFlagTimes: number[] = [];
    const totalTimes: number[] = [];
    const inflationTimes: number[] = [];
    const openFlagTimes: number[] = [];
    const districtTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const draft = drafts[WARM_UP + i];
      if (draft) {
        spansOn = true;
        draftTimes.push(await branchRefresh(draft));
        spansOn = false;
        ownFlagTimes.push(await ownFlags(draft));
      }
      const changed = reported[WARM_UP + i];
      if (changed) {
        await moveTotal(changed);
        totalTimes.push(await branchRefresh(changed));
        inflationTimes.push(await inflationOnly(changed));
        openFlagTimes.push(await openFlagsOnly(changed));
      }
      if (i % BASELINE_EVERY === BASELINE_EVERY - 1) districtTimes.push(await districtRefresh());
    }
    console.log(
      `\nsave → figures current, district ${target.districtId} (${target.branches} branches), period ${target.period}, after ${WARM_UP} warm-up runs`,
    );
    const row = (label: string, times: number[]) =>
      console.log(
        `  ${label.padEnd(44)} ${String(times.length).padStart(4)}  ${ms(quantile(times, 0.5)).padStart(10)}  ${ms(quantile(times, 0.95)).padStart(10)}  ${ms(Math.max(...times)).padStart(10)}`,
      );
    console.log(
      `  ${''.padEnd(44)} ${'runs'.padStart(4)}  ${'p50'.padStart(10)}  ${'p95'.padStart(10)}  ${'max'.padStart(10)}`,
    );
    row("a draft's own save: its open flags alone", ownFlagTimes);
    row("refreshBranchFigures, a draft's row", draftTimes);
    if (spans.size) {
      console.log('    its statements, by time per refresh (start to the next statement):');
      const perRefresh = (times: number[]) => times.reduce((a, b) => a + b, 0) / draftTimes.length;
      for (const [key, times] of [...spans].sort((a, b) => perRefresh(b[1]) - perRefresh(a[1])).slice(0, 12))
        console.log(
          `    ${ms(perRefresh(times)).padStart(10)}  ${(times.length / draftTimes.length).toFixed(1).padStart(4)}×  ${key}`,
        );
    }
    row('refreshBranchFigures, a reported total moved', totalTimes);
    row('  of which storing its inflation', inflationTimes);
    row("  of which its peer group's open flags", openFlagTimes);
    row('baseline: refreshDistrictFigures (all)', districtTimes);
    console.log(
      `  the baseline takes ${(quantile(districtTimes, 0.5) / quantile(totalTimes, 0.5)).toFixed(0)}× the branch refresh of a moved total at p50`,
    );
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
