// Files run in path order, so a failure reproduces in the same sequence every time. Jest's default
// orders by past durations and failures, which changes from one run to the next. Each spec still
// puts the data it needs in place itself (src/support/demo.ts): the order is for reproducibility.
const Sequencer = require('@jest/test-sequencer').default;

class PathOrderSequencer extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => a.path.localeCompare(b.path));
  }
}

module.exports = PathOrderSequencer;
