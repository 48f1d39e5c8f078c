// Orders the API suites so the long ones start first. With no timings cached (a fresh clone, where
// `npm test` is judged), Jest orders files by size, and a long suite that happens to start last runs
// alone on one core while the other idles: the API suite took 258–317 s in three fresh-clone runs.
// The list is the measured slowest (node tools/bench/test-profile.mjs api, 2026-12-05); then the
// other integration suites; then the unit specs, which take well under a second each.
const Sequencer = require('@jest/test-sequencer').default;

const SLOWEST = [
  'reports/figures-consistency.int-spec.ts',
  'test/login-throttle.int-spec.ts',
  'database/migrations.int-spec.ts',
  'test/district-logins.int-spec.ts',
  'reports/render/report-render.int-spec.ts',
  'reports/branch-report.int-spec.ts',
  'reports/demo-pdf-pages.int-spec.ts',
  'reports/reports.int-spec.ts',
  'demo/demo.seeder.int-spec.ts',
  'test/auth.int-spec.ts',
];

function rank(path) {
  const listed = SLOWEST.findIndex((end) => path.endsWith(end));
  if (listed >= 0) return listed;
  return path.endsWith('.int-spec.ts') ? SLOWEST.length : SLOWEST.length + 1;
}

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    // Array.prototype.sort is stable: within a rank, Jest's own order (cached timings, else size).
    return super.sort(tests).sort((a, b) => rank(a.path) - rank(b.path));
  }
}

module.exports = SlowFirstSequencer;
