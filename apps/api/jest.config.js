// Unit (*.spec.ts) and integration (*.int-spec.ts, real GraphQL over HTTP on a fresh PGlite database
// per suite, or on PostgreSQL when TEST_DATABASE_URL is set).
//
// Run by jest-light-runner: each worker loads NestJS, TypeORM, GraphQL and the app's modules once
// and runs file after file in plain Node, where Jest's default runner re-evaluated every module in
// a fresh VM context per file. That re-loading was most of this suite's time (10.6 min and ~1,200
// CPU seconds on 2 cores; 4.0 min and ~440 with this runner, same tests). Each suite still starts its
// own app on its own database, so what a test sees of the app is unchanged; what is shared is the
// loaded code, as in production. TypeScript is compiled on require by SWC with the build's options
// (tools/test/swc-register.cjs); the runner has no per-test timeout, so test/test-timeout.ts adds one.
const path = require('node:path');

const register = path.join(__dirname, '../../tools/test/swc-register.cjs');
// This process (the PostgreSQL run is in band: tests run here) and the worker threads, which take
// their Node options from the environment.
require(register);
if (!(process.env.NODE_OPTIONS ?? '').includes(register)) {
  process.env.NODE_OPTIONS =
    `${process.env.NODE_OPTIONS ?? ''} --require ${register} --enable-source-maps`.trim();
}

module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  runner: 'jest-light-runner',
  testEnvironment: 'node',
  // SWC compiles on require (above), not through Jest's transform.
  transform: {},
  testMatch: [
    '<rootDir>/src/**/*.spec.ts',
    '<rootDir>/src/**/*.int-spec.ts',
    '<rootDir>/test/**/*.int-spec.ts',
  ],
  // Builds the migrated PGlite template the in-memory test apps load (test/pglite-template.ts).
  globalSetup: '<rootDir>/test/global-setup.ts',
  setupFilesAfterEnv: ['<rootDir>/test/test-timeout.ts'],
  // The long suites first, so that no long one starts last and runs alone on one core.
  testSequencer: '<rootDir>/test/slow-first.sequencer.js',
  // Jest's default is one worker per core minus one: a single worker on this 2-core machine. Two
  // use both cores; Nx still runs the other projects' tasks alongside.
  maxWorkers: '100%',
};
