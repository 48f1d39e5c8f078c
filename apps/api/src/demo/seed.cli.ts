/**
 * `npm run seed -- --branches 5000 --quarters 8 [--seed 42]` adds a synthetic district for load and
 * UI testing; `npm run seed -- --demo` seeds the demo district if the database is empty.
 * Runs against DATABASE_URL, or the embedded PGlite in DATA_DIR, through the app's own datasource.
 */
import 'reflect-metadata';
import path from 'node:path';
import { findRepoRoot, loadConfig } from '../config/app-config';
import { createDataSource, runMigrations } from '../database/data-source';
import { DemoSeeder } from './demo.seeder';

function parseArgs(argv: string[]): { branches: number; quarters: number; seed?: number; demo: boolean } {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const number = (name: string, fallback: number | undefined, min: number, max: number) => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new Error(`--${name} must be an integer from ${min} to ${max} (got ${raw})`);
    return n;
  };
  return {
    branches: number('branches', 5000, 1, 100_000)!,
    quarters: number('quarters', 8, 1, 40)!,
    seed: number('seed', undefined, 0, 2 ** 31),
    demo: argv.includes('--demo'),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('dotenv').config({ path: path.join(findRepoRoot(), '.env'), quiet: true });
  const config = loadConfig();
  const dataSource = createDataSource(config, { logging: ['error'] });
  await dataSource.initialize();
  try {
    const migrated = await runMigrations(dataSource);
    if (migrated.length) console.log(`migrations run: ${migrated.join(', ')}`);
    const seeder = new DemoSeeder(dataSource);
    if (args.demo) {
      const summary = await seeder.seedIfEmpty();
      console.log(
        summary ? `demo district seeded in ${summary.ms} ms` : 'database not empty: demo district not seeded',
      );
      return;
    }
    console.log(
      `seeding a district of ${args.branches} branches over ${args.quarters} quarters into ${config.databaseUrl ? 'PostgreSQL' : `PGlite (${config.dataDir})`} …`,
    );
    const summary = await seeder.seedLargeDistrict(args);
    console.log(
      `done: district ${summary.districtId}, ${summary.branches} branches, ${summary.periods} periods, ${summary.assessments} assessments in ${(summary.ms / 1000).toFixed(1)} s`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
