import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { PINO_LOGGER } from '../common/logger';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { buildDataSourceOptions, DataSourceOverrides } from './data-source';
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
          useFactory: (config: AppConfig, logger: Logger) => ({
            ...buildDataSourceOptions(config, overrides),
            migrationsRun: true,
            logging: ['error', 'warn', 'migration', 'schema'],
            logger: new TypeOrmPinoLogger(logger),
            maxQueryExecutionTime: 2000,
          }),
        }),
      ],
    };
  }
}
