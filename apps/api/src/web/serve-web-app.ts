import { existsSync } from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import expressStaticGzip from 'express-static-gzip';
import type { Logger } from 'pino';
import { HttpRequest, HttpResponse, NextFn } from '../common/http-types';

/** Vite names what it emits under assets/ by content hash: a new build gives new names, so they never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Static files of the built web app with an SPA fallback to index.html (GET/HEAD, not /graphql,
 * /health or /api). The build writes `.br` and `.gz` beside each text asset (vite-plugin-compression2);
 * express-static-gzip serves the best one the browser accepts, so assets cost no CPU per request.
 */
export function serveWebApp(app: INestApplication, webDistDir: string, logger: Logger): boolean {
  const index = path.join(webDistDir, 'index.html');
  if (!existsSync(index)) {
    logger.info({ webDistDir }, 'web app not built: serving the API only');
    return false;
  }
  const expressApp = app as NestExpressApplication;
  expressApp.use(
    expressStaticGzip(webDistDir, {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      serveStatic: {
        index: false,
        setHeaders: (res, file) => res.setHeader('Cache-Control', cacheControlFor(webDistDir, file)),
      },
    }),
  );
  expressApp.use((req: HttpRequest, res: HttpResponse, next: NextFn) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      /^\/(graphql|health|api)(\/|$)/.test(req.path) ||
      path.extname(req.path)
    )
      return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}

/** index.html must be revalidated (it names the current hashed assets); hashed assets are cached for good. */
export function cacheControlFor(webDistDir: string, file: string): string {
  const relative = path.relative(webDistDir, file).split(path.sep);
  if (relative[0] === 'assets') return IMMUTABLE;
  if (/\.html(\.br|\.gz)?$/.test(file)) return 'no-cache';
  return 'public, max-age=3600';
}
