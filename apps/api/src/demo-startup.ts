import { INestApplication } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Logger } from 'pino';
import { UserEntity } from './users/user.entity';

export const DEMO_USERNAMES = ['admin', 'reviewer', 'branch', 'viewer'] as const;
export const DEMO_PASSWORD = 'demo1234';

interface DemoSeederLike {
  seedIfEmpty(): Promise<unknown>;
}

/**
 * Seed the demo data when DEMO_DATA is on: `DemoSeeder.seedIfEmpty()` from apps/api/src/demo (which
 * decides whether the database is empty). Loaded lazily so the core starts without the demo module.
 */
export async function seedDemoIfEnabled(app: INestApplication, enabled: boolean, logger: Logger): Promise<void> {
  if (!enabled) return;
  let seederClass: (new (...args: never[]) => DemoSeederLike) | undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    seederClass = require('./demo/demo.seeder').DemoSeeder;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND' || !String((err as Error).message).includes('demo.seeder')) throw err;
  }
  if (!seederClass) {
    logger.warn('DEMO_DATA is on but the demo module is not available: no demo data seeded');
    return;
  }
  const seeder = app.get(seederClass, { strict: false });
  await seeder.seedIfEmpty();
}

/** The demo logins present in the database (for the start-up banner). */
export async function presentDemoLogins(dataSource: DataSource): Promise<string[]> {
  const rows = await dataSource.getRepository(UserEntity).find({ where: { username: In([...DEMO_USERNAMES]), active: true }, select: { username: true } });
  const present = new Set(rows.map((r) => r.username));
  return DEMO_USERNAMES.filter((u) => present.has(u));
}
