// The browser suite: Debian's Chromium (driven by playwright-core) against the real server, built
// and started once per run by the global setup on a free port with a fresh PGlite database.
// Run it through `npx nx run web-e2e:e2e` (builds web + api first); `npm test` never runs it: the
// target is `e2e`, and *.e2e.ts is matched by no other Jest config.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'web-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  // One browser and one server: files run one after another, in a fixed order (see the sequencer).
  maxWorkers: 1,
  testSequencer: '<rootDir>/src/support/sequencer.js',
  // A whole review cycle through the UI takes a minute on a 2-core machine; leave room.
  testTimeout: 300_000,
  slowTestThreshold: 60,
};
