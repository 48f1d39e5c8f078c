module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'charts',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
