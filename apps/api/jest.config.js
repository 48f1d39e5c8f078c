// Unit (*.spec.ts) and integration (*.int-spec.ts, real GraphQL over HTTP on a fresh PGlite database
// per suite, or on PostgreSQL when TEST_DATABASE_URL is set).
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  testTimeout: 60000,
};
