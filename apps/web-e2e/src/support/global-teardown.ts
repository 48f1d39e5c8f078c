import { stopServer } from './server';

/** Runs after the last spec, whether it passed or failed. */
export default async function globalTeardown(): Promise<void> {
  await stopServer(globalThis.__PATHBOARD_E2E_SERVER__);
  globalThis.__PATHBOARD_E2E_SERVER__ = undefined;
}
