import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ARTIFACTS_DIR, ensureBuilt, type RunningServer, startServer } from './server';

declare global {
  // Shared with global-teardown.ts: Jest runs both in the same (parent) process.
  var __PATHBOARD_E2E_SERVER__: RunningServer | undefined;
}

export default async function globalSetup(): Promise<void> {
  ensureBuilt();
  // Screenshots of this run only: a screen no longer visited must not leave an old picture behind.
  const screenshots = path.join(ARTIFACTS_DIR, 'screenshots');
  rmSync(screenshots, { recursive: true, force: true });
  mkdirSync(screenshots, { recursive: true });
  const server = await startServer();
  globalThis.__PATHBOARD_E2E_SERVER__ = server;
  // Read by the specs (src/support/env.ts); the test processes see the parent's environment.
  process.env.PATHBOARD_E2E_BASE_URL = server.baseUrl;
  console.log(
    `\n[web-e2e] server ${server.baseUrl} (DATA_DIR ${server.dataDir}, log ${path.relative(process.cwd(), server.logFile)})`,
  );
}
