import 'reflect-metadata';
import path from 'node:path';
import dotenv from 'dotenv';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory';
import { PINO_LOGGER } from './common/logger';
import { EnvValidationError } from './config/env.schema';
import { findRepoRoot, loadConfig } from './config/app-config';
import { DEMO_PASSWORD, presentDemoLogins, seedDemoIfEnabled } from './demo-startup';

async function bootstrap(): Promise<void> {
  dotenv.config({ path: path.join(findRepoRoot(), '.env'), quiet: true });
  const config = loadConfig();
  const schemaFile =
    config.nodeEnv === 'development' ? path.join(config.repoRoot, 'apps/api/schema.gql') : true;
  const app = await createApp({ config, schemaFile });
  const logger = app.get<Logger>(PINO_LOGGER);
  if (config.jwtSecretIsDefault)
    logger.warn('JWT_SECRET is not set: using the development default (never do this in production)');
  logger.info(
    { database: config.databaseUrl ? 'postgres' : `pglite:${path.join(config.dataDir, 'pglite')}` },
    'database ready, migrations applied',
  );

  await app.init();
  await seedDemoIfEnabled(app, config, logger);
  await app.listen(config.port, config.host);

  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${config.port}`;
  const demo = await presentDemoLogins(app.get(DataSource));
  const lines = [`Pathboard is running at ${url}/ (GraphQL: ${url}/graphql, health: ${url}/health)`];
  if (demo.length) lines.push(`Demo logins (password ${DEMO_PASSWORD}): ${demo.join(', ')}`);
  logger.info({ url, demoLogins: demo }, lines.join('\n'));
  if (demo.length && config.nodeEnv === 'production') {
    logger.warn(
      { demoLogins: demo },
      `production database has demo logins with the public password ${DEMO_PASSWORD}: anyone can sign in as them`,
    );
  }
}

bootstrap().catch((err: unknown) => {
  if (err instanceof EnvValidationError) {
    console.error(err.message);
  } else {
    console.error('Pathboard API failed to start:', err);
  }
  process.exit(1);
});
