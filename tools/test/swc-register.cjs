// Loads TypeScript in plain Node for the API suites run by jest-light-runner (apps/api/jest.config.js):
// `require` of a .ts file is compiled by SWC with the same options as the build (.swcrc: decorator
// metadata for Nest and TypeORM), and the test files, which the runner loads with import(), are
// handed to that same CommonJS loader by a small ESM hook (swc-esm-hook.mjs).
// The workspace libraries resolve to their sources, as in the other Jest projects, so a test never
// waits on a build.
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const { transformSync } = require('@swc/core');
const { addHook } = require('pirates');

const root = path.resolve(__dirname, '../..');
const swcrc = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));
delete swcrc.$schema;

// The workspace's own path aliases (tsconfig.base.json), the one list the type-checker also reads.
const libraries = Object.fromEntries(
  Object.entries(
    JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths,
  ).map(([alias, [source]]) => [alias, source]),
);
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const source = libraries[request];
  return resolveFilename.call(this, source ? path.join(root, source) : request, ...rest);
};

addHook(
  (code, filename) =>
    transformSync(code, {
      ...swcrc,
      filename,
      swcrc: false,
      sourceMaps: 'inline',
    }).code,
  { exts: ['.ts', '.tsx'], ignoreNodeModules: true },
);

Module.register('./swc-esm-hook.mjs', require('node:url').pathToFileURL(__filename));
Error.stackTraceLimit = 50;
