import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { buildDataSourceOptions, DataSourceOverrides } from './data-source';

/** TypeORM on the shared data-source options; pending migrations run during initialization. */
@Module({})
export class DatabaseModule {
  static forRoot(overrides: DataSourceOverrides = {}): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({ ...buildDataSourceOptions(config, overrides), migrationsRun: true }),
        }),
      ],
    };
  }
}
