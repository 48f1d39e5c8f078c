import { spawn } from 'node:child_process';

/**
 * The built API (dist/apps/api/main.js, `npx nx run api:build`; with the web app when
 * dist/apps/web exists) in its own process, as deployed: the load generator or browser in the
 * benchmark's process does not share its event loop. Returns a stop function. `BENCH_API_LOG_LEVEL=info`
 * prints the API's request log (each request's responseTime) to see where a slow run's time went.
 */
export async function startApiProcess(
  url: string,
  port: number,
  secret: string,
  extraEnv: Record<string, string> = {},
): Promise<() => void> {
  const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      JWT_SECRET: secret,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_DATA: 'false',
      LOG_LEVEL: process.env['BENCH_API_LOG_LEVEL'] ?? 'error',
      ...extraEnv,
    },
    stdio: ['ignore', process.env['BENCH_API_LOG_LEVEL'] ? 'inherit' : 'ignore', 'inherit'],
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return () => child.kill('SIGTERM');
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill('SIGTERM');
  throw new Error('the API did not start within 120 s (run `npx nx run api:build` first)');
}

export const DEFAULT_BENCH_DB = 'postgres://postgres@127.0.0.1:5432/pathboard_bench';
