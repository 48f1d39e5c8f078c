import { pgliteTemplate } from './pglite-template';

/**
 * Once per Jest run, before any worker starts: the migrated PGlite template every in-memory test app
 * loads (see pglite-template.ts). Built here so the first suites of each worker don't all build it at
 * once; kept in the temp folder, so later runs with the same migrations reuse it. PostgreSQL runs
 * (TEST_DATABASE_URL) create real databases instead and need none.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['TEST_DATABASE_URL']) return;
  await pgliteTemplate();
}
