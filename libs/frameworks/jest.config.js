module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'frameworks',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
