import { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, In } from 'typeorm';
import type { AppConfig } from './config/app-config';
import { DEMO_PASSWORD, DemoSeeder } from './demo/demo.seeder';
import { UserEntity } from './users/user.entity';

export { DEMO_PASSWORD };
export const DEMO_USERNAMES = ['admin', 'reviewer', 'branch', 'viewer'] as const;

/**
 * DEMO_DATA on: seed the demo district into an empty database (DemoSeeder decides what "empty" is).
 * Production only seeds when DEMO_DATA=true was set explicitly (see env.schema.ts), and says so at
 * warn level: the demo users, an ADMIN among them, share a published password.
 */
export async function seedDemoIfEnabled(
  app: INestApplication,
  config: Pick<AppConfig, 'demoData' | 'nodeEnv'>,
  logger: Logger,
): Promise<void> {
  if (!config.demoData) return;
  if (config.nodeEnv === 'production') {
    logger.warn(
      `DEMO_DATA=true in production: an empty database gets the demo district and the demo users (${DEMO_USERNAMES.join(', ')}, an ADMIN among them) with the public password ${DEMO_PASSWORD}. Never do this on a real install.`,
    );
  }
  const summary = await app.get(DemoSeeder).seedIfEmpty();
  if (summary) logger.info({ demo: summary }, 'demo data seeded');
}

/** The demo logins present in the database (for the start-up banner). */
export async function presentDemoLogins(dataSource: DataSource): Promise<string[]> {
  const rows = await dataSource
    .getRepository(UserEntity)
    .find({ where: { username: In([...DEMO_USERNAMES]), active: true }, select: { username: true } });
  const present = new Set(rows.map((r) => r.username));
  return DEMO_USERNAMES.filter((u) => present.has(u));
}
