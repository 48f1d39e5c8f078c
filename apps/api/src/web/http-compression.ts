import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * Compression of dynamic answers (GraphQL JSON, exports): brotli when the browser accepts it, else gzip.
 * Brotli at quality 4 (the `compression` package's default) shrinks a dashboard answer about as well as
 * gzip -9 for a fraction of the CPU; static assets are compressed once at build time instead (see
 * serveWebApp), so no request pays for them.
 */
export function dynamicCompression(): RequestHandler {
  return compression({ threshold: 1024 }) as RequestHandler;
}
