import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { PINO_LOGGER } from '../common/logger';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { buildDataSourceOptions, DataSourceOverrides } from './data-source';
import { ensureDatabase, maintenanceTarget } from './ensure-database';
import { TypeOrmPinoLogger } from './typeorm-pino.logger';

/** TypeORM on the shared data-source options; pending migrations run during initialization. */
@Module({})
export class DatabaseModule {
  static forRoot(overrides: DataSourceOverrides = {}): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG, PINO_LOGGER],
          useFactory: async (config: AppConfig, logger: Logger) => {
            const url = overrides.databaseUrl ?? config.databaseUrl;
            // A fresh server has no `pathboard` database yet: create it, as PGlite creates its folder.
            if (url && (await ensureDatabase(url))) {
              logger.info(
                { database: maintenanceTarget(url).database },
                'created the database DATABASE_URL names',
              );
            }
            return {
              ...buildDataSourceOptions(config, overrides),
              migrationsRun: true,
              logging: ['error', 'warn', 'migration', 'schema'],
              logger: new TypeOrmPinoLogger(logger),
              maxQueryExecutionTime: 2000,
              // A server that is still starting (docker compose) gets a few retries; PGlite and failed
              // migrations fail at once instead of retrying for half a minute.
              retryAttempts: (overrides.databaseUrl ?? config.databaseUrl) && !overrides.inMemory ? 5 : 0,
              retryDelay: 2000,
              toRetry: (err: unknown) => !/migration/i.test(String((err as Error)?.message ?? '')),
            };
          },
        }),
      ],
    };
  }
}
