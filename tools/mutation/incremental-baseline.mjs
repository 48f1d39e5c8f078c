#!/usr/bin/env node
// `node tools/mutation/incremental-baseline.mjs restore|save`: the mutation results kept in the
// repository, so that `npm run test:mutation` on a fresh clone retests only the mutants whose code or
// covering tests changed since the results were saved, instead of every mutant (hours on 2 cores).
//
// Stryker reads and writes its incremental file under reports/ (git-ignored, per machine). `restore`
// copies the committed baseline there when the machine has none; `save` writes it back, gzipped
// (~1/20 of the JSON). Commit the baseline after a run that changed it. Stryker checks each kept
// result against the current source and tests itself, so a stale baseline costs time, never a wrong
// result.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../..', import.meta.url));
const WORKING = `${root}reports/mutation/stryker-incremental.json`;
const BASELINE = `${root}tools/mutation/stryker-incremental.json.gz`;

export function restoreBaseline() {
  if (existsSync(WORKING) || !existsSync(BASELINE)) return false;
  mkdirSync(dirname(WORKING), { recursive: true });
  writeFileSync(WORKING, gunzipSync(readFileSync(BASELINE)));
  console.log(`mutation results restored from ${BASELINE.slice(root.length)}`);
  return true;
}

/**
 * What a baseline says, without what changes from run to run with the same results: the project's
 * absolute path, the config, mutant ids and their order, empty `killedBy` lists.
 */
function results(json) {
  const report = JSON.parse(json);
  const files = Object.entries(report.files ?? {});
  const mutants = files.flatMap(([file, { mutants: list }]) =>
    list.map(({ mutatorName, location, replacement = '', status }) =>
      JSON.stringify([file, mutatorName, location, replacement, status]),
    ),
  );
  const sources = [...files, ...Object.entries(report.testFiles ?? {})].map(
    ([file, { source = '' }]) => `${file}\0${source}`,
  );
  return [...mutants.sort(), ...sources.sort()].join('\n');
}

export function saveBaseline() {
  if (!existsSync(WORKING)) return false;
  const working = readFileSync(WORKING);
  if (
    existsSync(BASELINE) &&
    results(gunzipSync(readFileSync(BASELINE)).toString()) === results(working.toString())
  ) {
    console.log(`mutation results unchanged: ${BASELINE.slice(root.length)} left as it is`);
    return false;
  }
  writeFileSync(BASELINE, gzipSync(working, { level: 9 }));
  console.log(`mutation results saved to ${BASELINE.slice(root.length)} (commit it)`);
  return true;
}

const command = process.argv[2];
if (import.meta.url === `file://${process.argv[1]}`) {
  if (command === 'restore') restoreBaseline();
  else if (command === 'save') saveBaseline();
  else {
    console.error('usage: incremental-baseline.mjs restore|save');
    process.exit(2);
  }
}
