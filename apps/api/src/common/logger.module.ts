import { Global, Module } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '../config/app-config';
import { createLogger, PINO_LOGGER } from './logger';

@Global()
@Module({
  providers: [
    {
      provide: PINO_LOGGER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        createLogger({ level: config.logLevel, pretty: config.nodeEnv === 'development' }),
    },
  ],
  exports: [PINO_LOGGER],
})
export class LoggerModule {}
