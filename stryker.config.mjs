// Mutation testing of the scoring engine and the framework library (issue 19): `npm run test:mutation`.
// Not part of `npm test`: a full run takes long on a small machine; the incremental file makes a
// rerun after a small change test only the mutants whose code or covering tests changed.
// Surviving mutants that no test can kill are listed, with the reason, in stryker-equivalent.md.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const preset = require('./jest.preset.js');

// MUTATION_SPECS=libs/scoring/src/lib/rules/ratio.spec.ts,… runs only those specs against the
// mutants (with --mutate naming the files): a module's own spec must kill its mutants, and a run
// of one rule takes minutes instead of the hour the whole library's specs take per module. A
// mutant such a run lets survive may still be killed by another spec; the full run decides.
const specs = process.env.MUTATION_SPECS?.split(',')
  .map((spec) => spec.trim())
  .filter(Boolean)
  .map((spec) => `<rootDir>/${spec}`);

// MUTATION_SCOPE=engine (`npm run test:mutation:engine`): only the files the scores are judged on
// (issue 19): every rule module, the scorer, grades and aggregates, with an incremental file of
// their own. The whole of both libraries is `npm run test:mutation`.
const ENGINE = [
  'libs/scoring/src/lib/rules/*.ts',
  '!libs/scoring/src/lib/rules/*.spec.ts',
  '!libs/scoring/src/lib/rules/index.ts',
  'libs/scoring/src/lib/engine/score.ts',
  'libs/scoring/src/lib/engine/grades.ts',
  'libs/scoring/src/lib/aggregates/aggregate.ts',
];
const engineOnly = process.env.MUTATION_SCOPE === 'engine';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  // One Jest config for both libraries' specs, from the shared preset (SWC, path aliases).
  jest: {
    projectType: 'custom',
    config: {
      ...preset,
      rootDir: '.',
      testMatch: specs ?? [
        '<rootDir>/libs/scoring/src/**/*.spec.ts',
        '<rootDir>/libs/frameworks/src/**/*.spec.ts',
      ],
      // The generated-validators check compares a committed file with what the schemas compile to:
      // a staleness check of the build, not of behaviour. In the sandbox the instrumented sources
      // compile to different code, so it fails the dry run; and it would "kill" any mutant of a
      // schema by comparing text, not by what the validator decides.
      //
      // The property specs (random branches checked against invariants) run every line, so with
      // perTest coverage they would run for every mutant and take most of the hour a run took. The
      // score should say what the hand-computed scenario specs catch; `npm test` runs both.
      testPathIgnorePatterns: ['/node_modules/', 'validator-code\\.spec\\.ts$', 'properties\\.spec\\.ts$'],
      // Runs only the spec files that hold a mutant's covering tests (see the file for why it cannot
      // change a result). Outside the sandbox: tools/ is not copied into it.
      testSequencer: fileURLToPath(new URL('./tools/mutation/covering-spec-sequencer.cjs', import.meta.url)),
      // Relative to the sandbox Stryker copies the code into (the preset's paths are absolute).
      moduleNameMapper: {
        '^@pathboard/scoring$': '<rootDir>/libs/scoring/src/index.ts',
        '^@pathboard/frameworks$': '<rootDir>/libs/frameworks/src/index.ts',
      },
    },
    enableFindRelatedTests: true,
  },
  coverageAnalysis: 'perTest',
  mutate: engineOnly
    ? ENGINE
    : [
        'libs/scoring/src/**/*.ts',
        'libs/frameworks/src/**/*.ts',
        '!**/*.spec.ts',
        // Test data for the specs, not code the product runs.
        '!**/*.fixtures.ts',
        '!**/test-frameworks.ts',
        '!**/index.ts',
        // Compiled by Ajv from the JSON schemas (npm run schema:framework): Ajv's code, not ours.
        '!**/generated/**',
      ],
  // SWC transpiles without type checks, so no TypeScript checker: a mutant that would not compile
  // still runs and is reported as killed or survived by the tests, as in `npm test`.
  ignoreStatic: true,
  // The sandbox needs only the two libraries and the root configs.
  ignorePatterns: [
    'apps',
    'tools',
    'docs',
    'libs/charts',
    'libs/reports',
    'libs/text-limits',
    'dist',
    'tmp',
    'coverage',
    '.nx',
    '.data',
    'artifacts',
  ],
  incremental: true,
  incrementalFile: engineOnly
    ? 'reports/mutation/engine-incremental.json'
    : 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: 'tmp/stryker',
  cleanTempDir: 'always',
  concurrency: 2,
  timeoutMS: 10000,
  thresholds: { high: 90, low: 80, break: null },
};
