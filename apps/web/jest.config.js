const preset = require('../../jest.preset.js');

// Pure logic specs run in node; component specs opt into jsdom with a `@jest-environment jsdom` docblock.
module.exports = {
  ...preset,
  displayName: 'web',
  rootDir: __dirname,
  setupFiles: ['<rootDir>/src/test-support/jest-setup.js'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '\\.(css|less|svg|png)$': '<rootDir>/src/test-support/file-stub.js',
  },
};
