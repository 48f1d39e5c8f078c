module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'score-cli',
  rootDir: __dirname,
  testMatch: ['<rootDir>/*.spec.ts'],
};
