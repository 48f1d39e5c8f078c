import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { AppModule, AppModuleOptions } from './app.module';
import { dynamicCompression } from './web/http-compression';
import { serveWebApp } from './web/serve-web-app';
import { PINO_LOGGER } from './common/logger';
import { PinoNestLogger } from './common/pino-nest-logger';
import { securityHeaders } from './common/security-headers';

export interface CreateAppOptions extends AppModuleOptions {
  /** Serve the built web app (static files + SPA fallback) when the folder exists. Default true. */
  serveWeb?: boolean;
  /** Log every HTTP request (pino-http). Default true. */
  httpLogs?: boolean;
}

/** Build the Nest application (not listening): used by main.ts, the schema emitter and the test harness. */
export async function createApp(options: CreateAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bufferLogs: true,
    abortOnError: false,
  });
  const logger = app.get<Logger>(PINO_LOGGER);
  app.useLogger(new PinoNestLogger(logger));
  app.useBodyParser('json', { limit: '5mb' });
  app.disable('x-powered-by');
  // Behind a reverse proxy: which X-Forwarded-* to believe, for the client address (login throttle)
  // and req.secure (HSTS only over HTTPS).
  app.set('trust proxy', options.config.trustProxy);
  app.use(securityHeaders());
  app.enableShutdownHooks();
  app.use(dynamicCompression());
  if (options.httpLogs !== false) {
    app.use(
      pinoHttp({
        logger,
        genReqId: (req, res) => {
          const id = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
          res.setHeader('x-request-id', id);
          return id;
        },
        autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/health/live' },
        customLogLevel: (_req, res, err) =>
          err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
        serializers: {
          req: (req: { id: unknown; method: string; url: string }) => ({
            id: req.id,
            method: req.method,
            url: req.url,
          }),
        },
      }),
    );
  }
  if (options.serveWeb !== false) serveWebApp(app, options.config.webDistDir, logger);
  return app;
}
