// Shared Jest settings: SWC transpiles TypeScript with the build's own options (.swcrc: decorator
// metadata for Nest/TypeORM, the automatic JSX runtime), and the workspace path aliases
// (tsconfig.base.json, the list the type-checker reads) resolve to library sources, so tests never
// need a build. tools/test/swc-register.cjs reads the same two files for the API suites.
const fs = require('node:fs');
const path = require('node:path');
const root = __dirname;
const readJson = (file) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

// @swc/jest makes its own inline source maps.
const { $schema, sourceMaps, ...swcOptions } = readJson('.swcrc');
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const aliases = Object.entries(readJson('tsconfig.base.json').compilerOptions.paths).map(
  ([alias, [source]]) => [`^${escape(alias)}$`, path.join(root, source)],
);

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swcOptions, swcrc: false }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: Object.fromEntries(aliases),
};
