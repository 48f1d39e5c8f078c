import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { AppModule, AppModuleOptions } from './app.module';
import { HttpRequest, HttpResponse, NextFn } from './common/http-types';
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
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), { bufferLogs: true, abortOnError: false });
  const logger = app.get<Logger>(PINO_LOGGER);
  app.useLogger(new PinoNestLogger(logger));
  app.useBodyParser('json', { limit: '5mb' });
  app.disable('x-powered-by');
  // Behind a TLS-terminating reverse proxy: believe its X-Forwarded-Proto/-For (one hop), so that
  // req.secure is true for HTTPS requests (HSTS) and logs show the client's address.
  if (options.config.trustProxy) app.set('trust proxy', 1);
  app.use(securityHeaders());
  app.enableShutdownHooks();
  if (options.httpLogs !== false) {
    app.use(
      pinoHttp({
        logger,
        genReqId: (req, res) => {
          const id = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
          res.setHeader('x-request-id', id);
          return id;
        },
        autoLogging: { ignore: (req) => req.url === '/health' },
        customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
        serializers: { req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }) },
      }),
    );
  }
  if (options.serveWeb !== false) serveWebApp(app, options.config.webDistDir, logger);
  return app;
}

/** Static files of the built web app with an SPA fallback to index.html (GET/HEAD, not /graphql or /health). */
export function serveWebApp(app: INestApplication, webDistDir: string, logger: Logger): boolean {
  const index = path.join(webDistDir, 'index.html');
  if (!existsSync(index)) {
    logger.info({ webDistDir }, 'web app not built: serving the API only');
    return false;
  }
  const expressApp = app as NestExpressApplication;
  expressApp.useStaticAssets(webDistDir, { index: false, maxAge: '1h', setHeaders: (res, file) => file.endsWith('.html') && res.setHeader('Cache-Control', 'no-cache') });
  expressApp.use((req: HttpRequest, res: HttpResponse, next: NextFn) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || /^\/(graphql|health|api)(\/|$)/.test(req.path) || path.extname(req.path)) return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
