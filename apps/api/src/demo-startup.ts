import { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, In } from 'typeorm';
import { DemoSeeder } from './demo/demo.seeder';
import { UserEntity } from './users/user.entity';

export const DEMO_USERNAMES = ['admin', 'reviewer', 'branch', 'viewer'] as const;
export const DEMO_PASSWORD = 'demo1234';

/** DEMO_DATA on: seed the demo district into an empty database (DemoSeeder decides what "empty" is). */
export async function seedDemoIfEnabled(app: INestApplication, enabled: boolean, logger: Logger): Promise<void> {
  if (!enabled) return;
  const summary = await app.get(DemoSeeder).seedIfEmpty();
  if (summary) logger.info({ demo: summary }, 'demo data seeded');
}

/** The demo logins present in the database (for the start-up banner). */
export async function presentDemoLogins(dataSource: DataSource): Promise<string[]> {
  const rows = await dataSource.getRepository(UserEntity).find({ where: { username: In([...DEMO_USERNAMES]), active: true }, select: { username: true } });
  const present = new Set(rows.map((r) => r.username));
  return DEMO_USERNAMES.filter((u) => present.has(u));
}
