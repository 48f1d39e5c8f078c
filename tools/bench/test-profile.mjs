// Where `npm test` spends its time: runs every task it runs (format check, then each project's lint,
// typecheck and test target, commands read from project.json) ONE AT A TIME, never from Nx's cache,
// and prints each task's wall and CPU seconds (user + system, the task and all its child processes,
// summed over every Node process of the task by tools/bench/cpu-meter.cjs, plus what /usr/bin/time
// sees of non-Node children) with the load average at its start. Jest tasks also write their
// per-file durations (--json) to tmp/test-profile/<project>.json; the slowest files are printed.
//
//   node tools/bench/test-profile.mjs [project|target ...]   e.g. `... api` or `... lint typecheck`
//
// The sum of CPU seconds over 2 cores is the floor for `npm test`'s wall time on this machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const outDir = path.join(root, 'tmp/test-profile');
mkdirSync(outDir, { recursive: true });
const filters = process.argv.slice(2);

const projects = JSON.parse(
  execFileSync('npx', ['nx', 'show', 'projects', '--json'], {
    cwd: root,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  }).toString(),
);

const tasks = [{ project: '-', target: 'format', cwd: root, command: 'npx prettier --check . > /dev/null' }];
for (const target of ['lint', 'typecheck', 'test']) {
  for (const project of projects.sort()) {
    const config = JSON.parse(
      execFileSync('npx', ['nx', 'show', 'project', project, '--json'], {
        cwd: root,
        env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
      }).toString(),
    );
    const options = config.targets?.[target]?.options;
    if (!options?.command) continue;
    let command = options.command;
    if (target === 'test' && /jest/.test(command)) {
      command += ` --json --outputFile=${path.join(outDir, `${project}.json`)} > /dev/null 2>&1`;
    }
    tasks.push({ project, target, cwd: path.join(root, options.cwd ?? ''), command });
  }
}

const selected = tasks.filter(
  (t) => filters.length === 0 || filters.includes(t.project) || filters.includes(t.target),
);
const rows = [];
for (const task of selected) {
  const load = os.loadavg()[0].toFixed(2);
  const timeFile = path.join(outDir, 'time.txt');
  const cpuFile = path.join(outDir, 'cpu.txt');
  writeFileSync(cpuFile, '');
  const meter = path.join(root, 'tools/bench/cpu-meter.cjs');
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S', '-o', timeFile, 'sh', '-c', task.command], {
    cwd: task.cwd,
    env: {
      ...process.env,
      PATH: `${path.join(root, 'node_modules/.bin')}:${process.env.PATH}`,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${meter}`.trim(),
      CPU_METER_FILE: cpuFile,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const [wall, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  const nodeCpu = readFileSync(cpuFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .reduce((total, line) => total + Number(line), 0);
  const row = {
    task: `${task.project}:${task.target}`,
    wall,
    // What time saw includes the Node processes it could reap; the meter sees all of them.
    cpu: Math.max(user + sys, nodeCpu),
    load,
    ok: result.status === 0,
  };
  rows.push(row);
  console.log(
    `${row.task.padEnd(22)} wall ${wall.toFixed(1).padStart(6)} s  cpu ${row.cpu.toFixed(1).padStart(6)} s  load ${load}${row.ok ? '' : '  FAILED'}`,
  );
}
const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
console.log(
  `${'total'.padEnd(22)} wall ${sum('wall').toFixed(1).padStart(6)} s  cpu ${sum('cpu').toFixed(1).padStart(6)} s`,
);

for (const task of selected.filter((t) => t.target === 'test')) {
  const file = path.join(outDir, `${task.project}.json`);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const files = report.testResults
    .map((r) => ({ name: path.relative(root, r.name), seconds: (r.endTime - r.startTime) / 1000 }))
    .sort((a, b) => b.seconds - a.seconds);
  const total = files.reduce((t, f) => t + f.seconds, 0);
  console.log(`\n${task.project}: ${files.length} files, ${total.toFixed(1)} s summed over files; slowest:`);
  for (const f of files.slice(0, 12)) console.log(`  ${f.seconds.toFixed(1).padStart(6)} s  ${f.name}`);
}
