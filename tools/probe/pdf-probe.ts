/**
 * `npm run probe:pdf [-- --port 4141] [--downloads 10] [--per-user 2] [--server dist/apps/api/main.js] [--no-build]`
 *
 * Does a batch of quarterly PDF downloads slow everybody else down? Starts the built API as deployed
 * (NODE_ENV=production, on a fresh PGlite in a temporary folder, or on DATABASE_URL if set, with the
 * demo data asked for explicitly: DEMO_DATA=true), logs in as the demo VIEWER, fires `--downloads`
 * concurrent downloads of the district's quarterly PDF while a /health request leaves every 20 ms,
 * and prints the /health latencies (p50, p95, max) beside the target: p95 < 200 ms.
 * `--per-user` sets REPORT_RENDERS_PER_USER (default: the server's, 2): with 2, the surplus downloads
 * are answered 429; with 10, all ten render on the worker pool at once. `--server` runs another build
 * (e.g. of an older commit) instead of building this one. Listens on 127.0.0.1 only; bounded in time.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const HEALTH_EVERY_MS = 20;
const TARGET_P95_MS = 200;
const START_TIMEOUT_MS = 300_000;
const REQUEST_TIMEOUT_MS = 120_000;

interface Options {
  port: number;
  downloads: number;
  perUser?: number;
  server: string;
  build: boolean;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const int = (name: string, fallback: number | undefined, min: number, max: number): number | undefined => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new Error(`--${name} must be an integer from ${min} to ${max} (got ${raw})`);
    return n;
  };
  const root = path.resolve(__dirname, '../..');
  const server = value('server');
  return {
    port: int('port', 4141, 1024, 65535)!,
    downloads: int('downloads', 10, 1, 100)!,
    perUser: int('per-user', undefined, 1, 20),
    server: path.resolve(server ?? path.join(root, 'dist/apps/api/main.js')),
    build: !server && !argv.includes('--no-build'),
  };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function waitForHealth(base: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    const ok = await fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(500);
  }
  throw new Error(`the server did not answer /health within ${START_TIMEOUT_MS / 1000} s`);
}

async function graphql<T>(
  base: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** One download: status, bytes and time. */
async function downloadPdf(
  url: string,
  token: string,
): Promise<{ status: number; bytes: number; ms: number }> {
  const started = performance.now();
  const res = await fetch(url, {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status === 200 && body.subarray(0, 5).toString() !== '%PDF-')
    throw new Error('a 200 answer that is not a PDF');
  return { status: res.status, bytes: body.length, ms: performance.now() - started };
}

/**
 * A /health request every 20 ms (each on its own, so a stalled server shows as queued latency) until
 * `stop`; a request that gets no answer (error, 2 min timeout) counts as an infinite latency.
 */
function pollHealth(base: string, route = '/health'): { stop(): Promise<number[]> } {
  const pending: Promise<number>[] = [];
  const timer = setInterval(() => {
    const started = performance.now();
    pending.push(
      fetch(`${base}${route}`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).then(
        async (r) => {
          await r.arrayBuffer();
          return performance.now() - started;
        },
        () => Number.POSITIVE_INFINITY,
      ),
    );
  }, HEALTH_EVERY_MS);
  return {
    async stop() {
      clearInterval(timer);
      return (await Promise.all(pending)).sort((a, b) => a - b);
    },
  };
}

/** The probe's own longest event-loop gap: a stalled client would inflate every latency it measures. */
function watchOwnLoop(): { stop(): number } {
  let last = performance.now();
  let longest = 0;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  };
  const timer = setInterval(tick, 5);
  return {
    stop() {
      tick();
      clearInterval(timer);
      return longest;
    },
  };
}

function row(label: string, measured: string, target = ''): string {
  return `  ${label.padEnd(40)} ${measured.padStart(12)}   ${target}`;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const root = path.resolve(__dirname, '../..');
  if (options.build) {
    console.log('building the API (nx run api:build) …');
    execFileSync('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], { cwd: root, stdio: 'ignore' });
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pathboard-pdf-probe-'));
  const base = `http://127.0.0.1:${options.port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(options.port),
    JWT_SECRET: randomBytes(24).toString('hex'),
    DEMO_DATA: 'true',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    WEB_DIST_DIR: path.join(dataDir, 'no-web'),
    ...(options.perUser ? { REPORT_RENDERS_PER_USER: String(options.perUser) } : {}),
  };
  console.log(
    `starting ${path.relative(root, options.server) || options.server} on ${base} (production, demo data, ${env.DATABASE_URL ? 'DATABASE_URL' : 'PGlite'}) …`,
  );
  const server = spawn(process.execPath, [options.server], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let serverErrors = '';
  server.stderr?.on(
    'data',
    (chunk: Buffer) => (serverErrors = (serverErrors + chunk.toString()).slice(-4000)),
  );
  const guard = setTimeout(
    () => {
      console.error('probe took too long: stopping');
      server.kill('SIGKILL');
      process.exit(2);
    },
    START_TIMEOUT_MS + 5 * REQUEST_TIMEOUT_MS,
  );
  try {
    await waitForHealth(base, server);
    const { login } = await graphql<{
      login: { token: string; user: { scopeUnit: { id: string; name: string } } };
    }>(
      base,
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token user { scopeUnit { id name } } } }',
      { u: 'viewer', p: 'demo1234' },
    );
    const { periods } = await graphql<{ periods: { code: string }[] }>(
      base,
      '{ periods { code } }',
      {},
      login.token,
    );
    const unit = login.user.scopeUnit;
    const url = `${base}/api/reports/quarterly.pdf?unitId=${unit.id}&period=${periods[0].code}`;

    const warm = await downloadPdf(url, login.token); // fonts, worker start: not what is measured
    const idle = pollHealth(base);
    await sleep(3000); // the machine's own noise, for comparison
    const idleHealth = await idle.stop();

    const ownLoop = watchOwnLoop();
    const health = pollHealth(base);
    // The liveness route touches no database: its latency is the request thread's own stalls, apart
    // from waiting for the database session (which /health includes).
    const live = pollHealth(base, '/health/live');
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: options.downloads }, () => downloadPdf(url, login.token)),
    );
    const batchMs = performance.now() - started;
    const latencies = await health.stop();
    const liveLatencies = await live.stop();
    const ownGap = ownLoop.stop();

    const count = (status: number) => answers.filter((a) => a.status === status).length;
    const others = answers.filter((a) => a.status !== 200 && a.status !== 429).map((a) => a.status);
    const p95 = percentile(latencies, 95);
    console.log(
      `\n${unit.name} ${periods[0].code} quarterly PDF (${(warm.bytes / 1024).toFixed(0)} KB, warm-up ${warm.ms.toFixed(0)} ms), ` +
        `${options.downloads} concurrent downloads by the VIEWER; ${cpus().length} cores, load ${loadavg()[0].toFixed(1)}`,
    );
    console.log(row('', 'measured', 'target'));
    console.log(
      row(
        `/health idle p50 / p95 / max (n=${idleHealth.length})`,
        `${[50, 95, 100].map((p) => percentile(idleHealth, p).toFixed(0)).join(' / ')} ms`,
      ),
    );
    console.log(
      row(
        `/health during the batch p50 (n=${latencies.length})`,
        `${percentile(latencies, 50).toFixed(0)} ms`,
      ),
    );
    console.log(
      row(
        '/health during the batch p95',
        `${p95.toFixed(0)} ms`,
        `< ${TARGET_P95_MS} ms ${p95 < TARGET_P95_MS ? 'met' : 'MISSED'}`,
      ),
    );
    console.log(
      row(
        `/health/live during p50 / p95 / max (n=${liveLatencies.length})`,
        `${[50, 95, 100].map((p) => percentile(liveLatencies, p).toFixed(0)).join(' / ')} ms`,
      ),
    );
    const failed = latencies.filter((ms) => ms === Number.POSITIVE_INFINITY).length;
    const answered = latencies.filter((ms) => ms !== Number.POSITIVE_INFINITY);
    console.log(row('/health during the batch max (answered)', `${(answered.at(-1) ?? NaN).toFixed(0)} ms`));
    console.log(
      row('/health requests without an answer', String(failed), failed ? 'counted as ∞ above' : ''),
    );
    console.log(
      row(
        'downloads 200 / 429 / other',
        `${count(200)} / ${count(429)} / ${others.length}`,
        others.length ? `other: ${others.join(', ')}` : '',
      ),
    );
    console.log(row("the probe's own longest event-loop gap", `${ownGap.toFixed(0)} ms`));
    console.log(row('batch wall time', `${batchMs.toFixed(0)} ms`));
    console.log(
      row(
        'slowest 200 download',
        `${Math.max(0, ...answers.filter((a) => a.status === 200).map((a) => a.ms)).toFixed(0)} ms`,
      ),
    );
    process.exitCode = p95 < TARGET_P95_MS && others.length === 0 && failed === 0 ? 0 : 1;
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    if (serverErrors) console.error(`server stderr (last lines):\n${serverErrors}`);
    process.exitCode = 1;
  } finally {
    clearTimeout(guard);
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve).once('error', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
