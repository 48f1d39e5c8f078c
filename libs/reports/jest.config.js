module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'reports',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // PDF and 5,000-row workbook tests do real work; the default 5 s is too tight on a 2-core CI machine.
  testTimeout: 60000,
};
