import 'reflect-metadata';
import path from 'node:path';
import { createApp } from './app.factory';
import { loadConfig } from './config/app-config';

/**
 * Writes apps/api/schema.gql (sorted SDL, read by the web app's codegen) without a server:
 * boots the app on an in-memory database and closes it. `npx nx run api:schema`.
 */
async function emit(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', DEMO_DATA: 'false' });
  const schemaFile = path.join(config.repoRoot, 'apps/api/schema.gql');
  const app = await createApp({
    config,
    database: { inMemory: true },
    schemaFile,
    serveWeb: false,
    httpLogs: false,
  });
  await app.init();
  await app.close();
  console.log(`GraphQL schema written to ${path.relative(process.cwd(), schemaFile)}`);
}

emit().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
