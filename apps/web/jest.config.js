const preset = require('../../jest.preset.js');

// Pure logic specs run in node; component specs opt into jsdom with a `@jest-environment jsdom` docblock.
module.exports = {
  ...preset,
  displayName: 'web',
  rootDir: __dirname,
  // antd's CSS-in-JS makes the first jsdom render of a form take seconds on a 2-core machine
  testTimeout: 30000,
  setupFiles: ['<rootDir>/src/test-support/jest-setup.js'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx', '<rootDir>/vite/**/*.spec.tsx'],
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '\\.(css|less|svg|png)$': '<rootDir>/src/test-support/file-stub.js',
  },
};
