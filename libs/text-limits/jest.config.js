module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'text-limits',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
