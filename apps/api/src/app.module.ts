import { ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { createFormatError } from './common/format-error';
import { graphqlParseOptions, graphqlValidationRules } from './common/graphql-limits';
import { LoggerModule } from './common/logger.module';
import { PINO_LOGGER } from './common/logger';
import { createValidationPipe } from './common/validation';
import { AppConfig, APP_CONFIG } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DataSourceOverrides } from './database/data-source';
import { DatabaseModule } from './database/database.module';
import { AnnualModule } from './annual/annual.module';
import { AnalyticsModule } from './analytics/analytics.module';
import { AssessmentsModule } from './assessments/assessments.module';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { SettingsModule } from './settings/settings.module';
import { DemoModule } from './demo/demo.module';
import { DistrictsModule } from './districts/districts.module';
import { EvidenceModule } from './evidence/evidence.module';
import { FrameworksModule } from './frameworks/frameworks.module';
import { PathboardApolloDriver } from './graphql/pathboard-apollo.driver';
import { StrictDateTimeScalar } from './graphql/scalars/strict-date-time.scalar';
import { HealthModule } from './health/health.module';
import { OrgUnitsModule } from './org-units/org-units.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PeriodsModule } from './periods/periods.module';
import { QualityModule } from './quality/quality.module';
import { RectificationModule } from './rectification/rectification.module';
import { ReportsModule } from './reports/reports.module';
import { UsersModule } from './users/users.module';

/**
 * Feature modules. Add new ones here (frameworks, periods, assessments, demo, analytics, reports).
 * Infrastructure (config, logger, database, GraphQL, auth, audit) is wired in AppModule.forRoot.
 */
export const FEATURE_MODULES: Type[] = [
  HealthModule,
  OrgUnitsModule,
  UsersModule,
  DistrictsModule,
  FrameworksModule,
  PeriodsModule,
  AssessmentsModule,
  DemoModule,
  AnalyticsModule,
  AnnualModule,
  ReportsModule,
  EvidenceModule,
  NotificationsModule,
  RectificationModule,
  DeadlinesModule,
  SettingsModule,
  QualityModule,
];

export interface AppModuleOptions {
  config: AppConfig;
  database?: DataSourceOverrides;
  /** Where to write the generated SDL; `true` keeps it in memory. */
  schemaFile: string | true;
}

@Module({})
export class AppModule {
  static forRoot({ config, database, schemaFile }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule,
        DatabaseModule.forRoot(database),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: PathboardApolloDriver,
          inject: [APP_CONFIG, PINO_LOGGER],
          useFactory: (cfg: AppConfig, logger: Logger) => {
            // Production hides the schema: no introspection, and no "Did you mean …?" in errors.
            const showSchema = cfg.nodeEnv !== 'production';
            return {
              path: '/graphql',
              autoSchemaFile: schemaFile,
              sortSchema: true,
              // Every `Date` field and argument is the strict DateTime: Nest's own (`new Date(value)`)
              // rolled 2027-02-30 over to 2027-03-02 and read a zone-less time in the server's zone.
              // One map for the whole schema, so no date input can be declared lenient by omission.
              buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: StrictDateTimeScalar }] },
              introspection: showSchema,
              playground: false,
              csrfPrevention: true,
              includeStacktraceInErrorResponses: cfg.nodeEnv === 'development',
              parseOptions: graphqlParseOptions,
              validationRules: graphqlValidationRules(),
              formatError: createFormatError({
                nodeEnv: cfg.nodeEnv,
                logger,
                hideSchemaSuggestions: !showSchema,
              }),
              context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
            };
          },
        }),
        AuditModule,
        AuthModule,
        ...FEATURE_MODULES,
      ],
      providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }],
    };
  }
}
