import helmet, { strictTransportSecurity } from 'helmet';
import type { HttpRequest, HttpResponse, NextFn } from './http-types';

/**
 * What the built web app needs, and nothing more (checked in headless Chromium: no CSP violation):
 * its Vite bundle and assets from this origin; `style-src 'unsafe-inline'` because antd's CSS-in-JS
 * inserts <style> elements and antd and ECharts set style attributes; data:/blob: images (ECharts
 * "save as image", antd icons); GraphQL and downloads on this origin only.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // helmet's default; left out: on a plain-HTTP intranet install it would break every asset.
  upgradeInsecureRequests: null,
};

/** No page of Pathboard uses these browser features; nothing it loads may ask for them. */
export const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=()';

/**
 * Every response's security headers (helmet): CSP, COOP same-origin, CORP same-origin,
 * X-Frame-Options DENY, nosniff, Referrer-Policy same-origin, Permissions-Policy; HSTS only on a
 * request that came over HTTPS (TRUST_PROXY lets Express see that behind a TLS-terminating proxy):
 * over plain HTTP a browser ignores it, and sending it from a plain-HTTP install is meaningless.
 */
export function securityHeaders() {
  const headers = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: false,
  });
  const hsts = strictTransportSecurity({ maxAge: 180 * 24 * 3600, includeSubDomains: true });
  return (req: HttpRequest & { secure?: boolean }, res: HttpResponse, next: NextFn) => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    headers(req, res, (err?: unknown) => (err || !req.secure ? next(err) : hsts(req, res, next)));
  };
}
