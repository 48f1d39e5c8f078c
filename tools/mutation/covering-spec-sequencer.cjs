// Jest test sequencer for Stryker runs only (stryker.config.mjs): run a mutant's covering tests
// without loading every spec file.
//
// For each mutant, Stryker's Jest runner runs `--findRelatedTests <mutated file>` with a
// `testNamePattern` naming the tests that cover the mutant (perTest coverage). Nearly every spec
// imports the library's index, so "related" is nearly every spec file, and Jest loads each of them
// (and the whole library with it) only to skip tests that do not match the pattern. That loading was
// most of a mutant's cost.
//
// The dry run (no pattern) runs every test; cacheResults records which spec file holds which test
// name. For a mutant run, sort keeps the spec files holding at least one test the pattern matches,
// matched the way jest-circus matches (`new RegExp(pattern, 'i')` against the full name). Those
// files are exactly the ones in which Jest would run a test: the same tests run against each mutant,
// so no mutant those tests kill can survive. What changes is that a spec file without a covering
// test can no longer turn a mutant into a "runtime error" by failing as it loads (its covering tests
// now decide), nor time it out by its loading time. Should the record be missing or match nothing,
// every file runs, as without this sequencer.
const fs = require('node:fs');
const path = require('node:path');
const DefaultSequencer = require('@jest/test-sequencer').default;

const RECORD = '.stryker-tests-by-file.json';

class CoveringSpecSequencer extends DefaultSequencer {
  constructor(options) {
    super(options);
    this.pattern = options.globalConfig.testNamePattern;
    this.rootDir = options.globalConfig.rootDir;
  }

  recordPath() {
    return path.join(this.rootDir, RECORD);
  }

  readRecord() {
    try {
      return JSON.parse(fs.readFileSync(this.recordPath(), 'utf8'));
    } catch {
      return undefined;
    }
  }

  sort(tests) {
    const record = this.pattern ? this.readRecord() : undefined;
    if (record) {
      const pattern = new RegExp(this.pattern, 'i');
      const covering = tests.filter((test) => (record[test.path] ?? []).some((name) => pattern.test(name)));
      if (covering.length > 0) return super.sort(covering);
    }
    return super.sort(tests);
  }

  cacheResults(tests, results) {
    super.cacheResults(tests, results);
    // Only a run of every test (the dry run) knows every file's tests.
    if (this.pattern) return;
    const record = {};
    for (const file of results.testResults) {
      record[file.testFilePath] = file.testResults.map((test) => test.fullName);
    }
    fs.writeFileSync(this.recordPath(), JSON.stringify(record));
  }
}

module.exports = CoveringSpecSequencer;
