// Unit (*.spec.ts) and integration (*.int-spec.ts, real GraphQL over HTTP on a fresh PGlite database
// per suite, or on PostgreSQL when TEST_DATABASE_URL is set).
//
// PGlite loads its WASM with dynamic import(), which Jest's VM only allows under
// --experimental-vm-modules. The nx targets start Node with it; for a plain `npx jest -c ...`, the
// flag is added to NODE_OPTIONS here so Jest's worker processes get it, and `workerIdleMemoryLimit`
// makes Jest always use workers (never in band), which also recycles workers grown by PGlite.
const flag = '--experimental-vm-modules';
if (!process.execArgv.includes(flag) && !(process.env.NODE_OPTIONS ?? '').includes(flag)) {
  process.env.NODE_OPTIONS =
    `${process.env.NODE_OPTIONS ?? ''} ${flag} --no-warnings=ExperimentalWarning`.trim();
}

module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api',
  rootDir: __dirname,
  testMatch: [
    '<rootDir>/src/**/*.spec.ts',
    '<rootDir>/src/**/*.int-spec.ts',
    '<rootDir>/test/**/*.int-spec.ts',
  ],
  // Builds the migrated PGlite template the in-memory test apps load (test/pglite-template.ts).
  globalSetup: '<rootDir>/test/global-setup.ts',
  testTimeout: 60000,
  workerIdleMemoryLimit: '1GB',
  // Jest's default is one worker per core minus one: on a 2-core machine a single worker, and this
  // suite (~600 CPU seconds, mostly per-file module loading and app start) was `npm test`'s critical
  // path at 10+ minutes on one core while the other idled. Two workers use both cores; Nx still
  // runs the other projects' tasks alongside, so nothing waits on an idle core.
  maxWorkers: '100%',
};
