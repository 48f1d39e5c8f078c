import path from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig, findRepoRoot, loadConfig } from '../config/app-config';
import { createPgliteDriver, type PgliteLease } from './pglite-driver';
import { SESSION_OPTIONS } from './session-options';

/**
 * The ONE database configuration, shared by Nest (TypeOrmModule.forRootAsync → buildDataSourceOptions)
 * and the TypeORM CLI (the lazy `dataSource` export below).
 *
 * - DATABASE_URL set: PostgreSQL through `pg`.
 * - Otherwise: embedded PGlite persisted in DATA_DIR/pglite (or in memory for tests).
 *
 * Entities (`*.entity.{ts,js}`) and migrations (`<feature>/migrations/*` or `database/migrations/*`)
 * are discovered by glob under src/, so feature modules add theirs without touching this file.
 * Schema changes only through migrations (`synchronize: false`); they run at start-up.
 */
const SRC_DIR = path.resolve(__dirname, '..');

export const ENTITY_GLOBS = [path.join(SRC_DIR, '**', '*.entity.{ts,js}')];
export const MIGRATION_GLOBS = [path.join(SRC_DIR, '**', 'migrations', '*.{ts,js}')];

export interface DataSourceOverrides {
  /** Use this postgres URL instead of config.databaseUrl (the test harness's per-suite database). */
  databaseUrl?: string;
  /** PGlite in memory instead of DATA_DIR (tests). Ignored with a database URL. */
  inMemory?: boolean;
  /** In-memory PGlite only: start from this dumped data directory (tests; see pglite-template). */
  pgliteTemplate?: Blob;
  /** In-memory PGlite only: an open database to use and hand back (tests; see test/pglite-pool). */
  pgliteLease?: PgliteLease;
  /** TypeORM query logging. */
  logging?: DataSourceOptions['logging'];
}

export function buildDataSourceOptions(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>,
  overrides: DataSourceOverrides = {},
): DataSourceOptions {
  const common = {
    entities: ENTITY_GLOBS.filter(notDeclaration),
    migrations: MIGRATION_GLOBS,
    migrationsTableName: 'typeorm_migrations',
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    logging: overrides.logging ?? (['error', 'warn', 'migration'] as DataSourceOptions['logging']),
  } as const;
  const url = overrides.databaseUrl ?? config.databaseUrl;
  if (url) {
    return {
      type: 'postgres',
      url,
      applicationName: 'pathboard-api',
      // JIT off for every session: the analytics and report statements over a 5,000-branch district
      // estimate above jit_above_cost, and PostgreSQL then spent ~80 ms per request compiling
      // expressions for plans that run in tens of milliseconds. A startup option (pg sends it in the
      // connection packet) costs no extra statement. PGlite (below) is built without JIT.
      // No parallel plans either: the committee reads run many at once on a few cores, and a parallel
      // plan took the cores the other requests need; on a 2-core machine it chose a parallel scan of
      // every quarter's figures over the one quarter's index, and a 50,000-branch table page sorted by
      // change took 260 ms instead of 70 (tools/bench, 2026-12-05).
      extra: { options: SESSION_OPTIONS },
      ...common,
    };
  }
  const dataDir = overrides.inMemory ? undefined : path.join(config.dataDir, 'pglite');
  return {
    type: 'postgres',
    driver: createPgliteDriver({
      dataDir,
      loadDataDir: overrides.inMemory ? overrides.pgliteTemplate : undefined,
      lease: overrides.inMemory ? overrides.pgliteLease : undefined,
      // The persisted database (the server, `npm start`) runs on its own thread; see pglite-thread.ts.
      thread: dataDir !== undefined,
    }),
    // Informational only for PGlite (the driver ignores connection settings).
    database: 'pathboard',
    ...common,
  } as DataSourceOptions;
}

function notDeclaration(glob: string): boolean {
  return !glob.endsWith('.d.ts');
}

/** Create (not initialize) a DataSource for the given config. */
export function createDataSource(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>,
  overrides?: DataSourceOverrides,
): DataSource {
  return new DataSource(buildDataSourceOptions(config, overrides));
}

/** Run pending migrations; returns the names that ran. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const ran = await dataSource.runMigrations({ transaction: 'each' });
  return ran.map((m) => m.name);
}

/**
 * For the TypeORM CLI (`npm run migration:run` etc.): a lazy thenable the CLI awaits, so importing
 * this file from the app has no side effects (no env parsing, no PGlite instance).
 */
export const dataSource: PromiseLike<DataSource> = {
  then(onFulfilled, onRejected) {
    return Promise.resolve()
      .then(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('dotenv').config({ path: path.join(findRepoRoot(), '.env'), quiet: true });
        return createDataSource(loadConfig());
      })
      .then(onFulfilled, onRejected);
  },
};
