#!/usr/bin/env node
// `npm run test:mutation:parts [-- --from <part>]`: the whole of `npm run test:mutation`, in parts.
//
// A first full run takes hours on a 2-core machine; stopped midway, Stryker saves nothing. Each part
// here is one `stryker run --mutate <its files>` into the same incremental file, and Stryker keeps
// the results of the files outside a run's --mutate in that file: a finished part is saved, and an
// interrupted sequence resumes where it stopped (run it again: finished parts are reused, not
// retested). The last step is the full `stryker run`, which reuses every part and prints the whole
// report. Run mutation testing on an otherwise quiet machine: a mutant whose tests run slowly because
// the machine is busy is counted as "timed out", which Stryker scores as detected. The results start
// from, and are saved to, the committed baseline (incremental-baseline.mjs).
import { spawnSync } from 'node:child_process';
import { restoreBaseline, saveBaseline } from './incremental-baseline.mjs';

const not = (globs) => globs.map((glob) => `!${glob}`);
const NOT_CODE = not(['**/*.spec.ts', '**/*.fixtures.ts', '**/index.ts', '**/test-frameworks.ts']);
const lib = 'libs/scoring/src/lib';
const ENGINE = [
  `${lib}/rules/*.ts`,
  `${lib}/engine/score.ts`,
  `${lib}/engine/grades.ts`,
  `${lib}/aggregates/aggregate.ts`,
];

const dirs = (names) => names.map((name) => `${lib}/${name}/*.ts`);

/** In order: the engine's files first (what issue 19 judges), then the rest of both libraries. */
const PARTS = [
  { name: 'engine', mutate: ENGINE },
  { name: 'engine-support', mutate: [`${lib}/engine/*.ts`, ...not(ENGINE)] },
  // No {a,b} globs: Stryker's --mutate splits its value at every comma.
  {
    name: 'figures',
    mutate: [...dirs(['aggregates', 'figures', 'quality', 'rectification']), ...not(ENGINE)],
  },
  { name: 'annual-and-checks', mutate: [...dirs(['annual', 'checks']), `${lib}/*.ts`] },
  { name: 'frameworks', mutate: ['libs/frameworks/src/**/*.ts', '!**/generated/**'] },
];

const fromIndex = process.argv.indexOf('--from');
const from = fromIndex >= 0 ? PARTS.findIndex((part) => part.name === process.argv[fromIndex + 1]) : 0;
if (from < 0) {
  console.error(`--from must name a part: ${PARTS.map((part) => part.name).join(', ')}`);
  process.exit(2);
}

function stryker(args, label) {
  const started = Date.now();
  console.log(`\n== ${label}: npx stryker run ${args.join(' ')}`);
  const run = spawnSync('npx', ['stryker', 'run', ...args], { stdio: 'inherit' });
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  if (run.status !== 0) {
    console.error(`== ${label} failed (exit ${run.status}) after ${minutes} min`);
    process.exit(run.status ?? 1);
  }
  console.log(`== ${label} done in ${minutes} min`);
  // Each finished part goes into the committed baseline, so a later session (or machine) resumes here.
  saveBaseline();
}

restoreBaseline();
for (const part of PARTS.slice(from)) {
  stryker(['--mutate', [...part.mutate, ...NOT_CODE].join(',')], `part ${part.name}`);
}
stryker([], 'the whole run (every part reused)');
