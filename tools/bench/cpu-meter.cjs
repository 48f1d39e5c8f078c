// Preloaded into every Node process a profiled task starts (NODE_OPTIONS=--require, see
// test-profile.mjs): at exit each process appends its own CPU seconds (user + system) to the file
// CPU_METER_FILE names. /usr/bin/time cannot see them all: Jest exits without waiting for its
// worker processes, so their CPU never reaches the parent's child usage.
const fs = require('node:fs');

const file = process.env.CPU_METER_FILE;
if (file) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    try {
      fs.appendFileSync(file, `${((user + system) / 1e6).toFixed(3)}\n`);
    } catch {
      // The profile is a measurement aid; a failed write must not change the task's outcome.
    }
  });
}
