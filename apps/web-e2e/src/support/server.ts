import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The monorepo root (apps/web-e2e/src/support → four levels up). */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'artifacts');
const API_MAIN = path.join(REPO_ROOT, 'dist/apps/api/main.js');
const WEB_INDEX = path.join(REPO_ROOT, 'dist/apps/web/index.html');
const SERVER_LOG = path.join(ARTIFACTS_DIR, 'e2e-server.log');
/** Preloaded into the server so it exits when the test runner dies without stopping it. */
const EXIT_WITH_PARENT = path.join(__dirname, 'exit-with-parent.cjs');

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  child: ChildProcess;
  logFile: string;
}

/**
 * The nx `e2e` target builds web and api first (dependsOn ^build); a plain `npx jest -c
 * apps/web-e2e/jest.config.js` on a fresh clone has no dist/ yet, so build what is missing.
 */
export function ensureBuilt(): void {
  if (existsSync(API_MAIN) && existsSync(WEB_INDEX)) return;
  console.log('[web-e2e] dist/ is missing: building web and api');
  const result = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '-p', 'web', 'api', '--outputStyle=static'],
    { cwd: REPO_ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0 || !existsSync(API_MAIN) || !existsSync(WEB_INDEX)) {
    throw new Error(`building web and api failed (exit ${result.status}); see the output above`);
  }
}

/**
 * A port nobody listens on right now (the OS picks it; released before the server binds it), or
 * PATHBOARD_E2E_PORT when set (a machine where each user keeps to a range of ports).
 */
async function freePort(): Promise<number> {
  const fixed = Number(process.env.PATHBOARD_E2E_PORT);
  if (Number.isInteger(fixed) && fixed > 0) return fixed;
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

function logTail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}

const DATA_DIR_PREFIX = 'pathboard-e2e-';
const RUNNER_PID_FILE = 'runner.pid';

/**
 * A runner killed outright (SIGKILL) cannot delete its temporary database; the next run does, for
 * every one whose runner is gone. Directories of a run still going (another checkout) are kept.
 */
function sweepAbandonedDataDirs(): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(DATA_DIR_PREFIX)) continue;
    const dir = path.join(tmpdir(), name);
    try {
      process.kill(Number(readFileSync(path.join(dir, RUNNER_PID_FILE), 'utf8')), 0);
    } catch (error) {
      // ESRCH: that runner is gone (EPERM would mean alive under another user; ENOENT: no pid file yet)
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') rmSync(dir, { recursive: true, force: true });
    }
  }
}

/**
 * The server reads the web app's files on every request, and anyone's `nx build web` empties
 * dist/apps/web while it rebuilds: a page requested then is a 404. So the server under test serves
 * a copy taken at start (deleted with the database). A copy caught mid-build is taken again.
 */
async function snapshotWeb(target: string): Promise<string> {
  const source = path.dirname(WEB_INDEX);
  for (let attempt = 1; ; attempt++) {
    rmSync(target, { recursive: true, force: true });
    try {
      cpSync(source, target, { recursive: true });
      if (existsSync(path.join(target, 'index.html'))) return target;
    } catch (error) {
      if (attempt >= 30) throw error;
    }
    if (attempt >= 30) throw new Error(`${source} has no index.html (a build that never finished?)`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function waitForHealth(server: RunningServer, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: string | null = null;
  server.child.once('exit', (code, signal) => (exited = `exited with ${signal ?? code}`));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the server ${exited} before it was healthy:\n${logTail(server.logFile)}`);
    try {
      const response = await fetch(`${server.baseUrl}/health`);
      const body = (await response.json()) as { status?: string };
      if (response.ok && body.status === 'ok') return;
    } catch {
      // not listening yet: migrations and the demo seed run before listen()
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server was not healthy within ${timeoutMs / 1000} s:\n${logTail(server.logFile)}`);
}

/**
 * Starts the built product (`node dist/apps/api/main.js`) the way it ships: production mode, a
 * fresh embedded PGlite database in a new temporary DATA_DIR (so the demo district is seeded
 * anew), on a free port. Every variable is set explicitly, so neither the caller's environment
 * nor a developer's .env (dotenv never overrides a set variable) points it at another database.
 */
export async function startServer(): Promise<RunningServer> {
  sweepAbandonedDataDirs();
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), DATA_DIR_PREFIX));
  writeFileSync(path.join(dataDir, RUNNER_PID_FILE), String(process.pid));
  const webDir = await snapshotWeb(path.join(dataDir, 'web'));
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const logFd = openSync(SERVER_LOG, 'w');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: '',
    DATA_DIR: dataDir,
    JWT_SECRET: randomBytes(24).toString('hex'),
    JWT_TTL: '8h',
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'true',
    WEB_DIST_DIR: webDir,
  };
  // stdin stays a pipe we never write to: see exit-with-parent.cjs.
  const child = spawn(process.execPath, ['--require', EXIT_WITH_PARENT, API_MAIN], {
    cwd: REPO_ROOT,
    env,
    stdio: ['pipe', logFd, logFd],
  });
  closeSync(logFd);
  const server: RunningServer = { baseUrl: `http://127.0.0.1:${port}`, dataDir, child, logFile: SERVER_LOG };
  // Last resort if Jest exits without running the teardown (a synchronous kill still works here).
  process.once('exit', () => child.kill('SIGKILL'));
  try {
    // A loaded machine (CI, several suites at once) may need longer: PATHBOARD_E2E_HEALTH_MS.
    await waitForHealth(server, Number(process.env.PATHBOARD_E2E_HEALTH_MS) || 120_000);
  } catch (error) {
    await stopServer(server);
    throw error;
  }
  return server;
}

/** SIGTERM, then SIGKILL after 10 s; then the temporary database goes. */
export async function stopServer(server: RunningServer | undefined): Promise<void> {
  if (!server) return;
  const { child } = server;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  child.stdin?.destroy();
  rmSync(server.dataDir, { recursive: true, force: true });
}
