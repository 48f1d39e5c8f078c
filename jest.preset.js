// Shared Jest settings: SWC transpiles TypeScript (with decorator metadata for Nest/TypeORM),
// and the workspace path aliases resolve to library sources so tests never need a build.
const path = require('node:path');
const root = __dirname;

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@pathboard/scoring$': path.join(root, 'libs/scoring/src/index.ts'),
    '^@pathboard/frameworks$': path.join(root, 'libs/frameworks/src/index.ts'),
    '^@pathboard/charts$': path.join(root, 'libs/charts/src/index.ts'),
    '^@pathboard/reports$': path.join(root, 'libs/reports/src/index.ts'),
    '^@pathboard/reports/testing$': path.join(root, 'libs/reports/src/testing.ts'),
  },
};
