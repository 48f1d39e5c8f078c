import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { pgliteTemplate } from './pglite-template';

/** The committed apps/api/schema.gql (read by the web app's codegen) must match the code. */
describe('apps/api/schema.gql', () => {
  it('is up to date (regenerate with `npx nx run api:schema`)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pb-schema-'));
    const file = path.join(dir, 'schema.gql');
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'false' });
    const app = await createApp({
      config,
      // The schema does not depend on the database: start from the migrated template (no initdb).
      database: { inMemory: true, pgliteTemplate: await pgliteTemplate() },
      schemaFile: file,
      serveWeb: false,
      httpLogs: false,
    });
    try {
      await app.init();
      const generated = readFileSync(file, 'utf8');
      const committed = readFileSync(path.join(config.repoRoot, 'apps/api/schema.gql'), 'utf8');
      if (generated !== committed) {
        throw new Error('apps/api/schema.gql is stale: run `npx nx run api:schema` and commit it');
      }
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
