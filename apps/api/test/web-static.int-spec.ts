import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, TestApp } from './test-app';

describe('serving the built web app', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'pb-web-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Pathboard</title>');
    writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
    t = await createTestApp({ env: { WEB_DIST_DIR: dir }, serveWeb: true });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves static files and falls back to index.html for client routes', async () => {
    const asset = await fetch(`${t.url}/assets/app.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    expect(asset.headers.get('x-powered-by')).toBeNull();
    expect(await asset.text()).toBe('console.log(1)');
    for (const route of ['/', '/assessments/2026Q1', '/login']) {
      const page = await fetch(`${t.url}${route}`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Pathboard</title>');
    }
  });

  it('does not hide missing assets, /health or /graphql behind the fallback', async () => {
    expect((await fetch(`${t.url}/assets/missing.js`)).status).toBe(404);
    expect(await (await fetch(`${t.url}/health`)).json()).toMatchObject({ status: 'ok' });
    const r = await t.gql('{ me { id } }');
    expect(r.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('sends the security headers (helmet) on pages, assets and the API; no HSTS over plain HTTP', async () => {
    for (const res of [
      await fetch(`${t.url}/`, { headers: { accept: 'text/html' } }),
      await fetch(`${t.url}/assets/app.js`),
      await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      }),
    ]) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(res.headers.get('permissions-policy')).toContain('camera=()');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
  });
});

describe('behind a TLS-terminating proxy (TRUST_PROXY=true)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: 'true' } });
  });
  afterAll(() => t?.close());

  it('sends HSTS on requests that came over HTTPS only', async () => {
    const https = await fetch(`${t.url}/health`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers.get('strict-transport-security')).toBe('max-age=15552000; includeSubDomains');
    const http = await fetch(`${t.url}/health`);
    expect(http.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('compressed and cached delivery', () => {
  let t: TestApp;
  let dir: string;
  const bundle = `console.log(${JSON.stringify('党建考评'.repeat(2000))});`;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'pb-web-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Pathboard</title>');
    writeFileSync(path.join(dir, 'favicon.svg'), '<svg/>');
    writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), bundle);
    writeFileSync(path.join(dir, 'assets', 'index-abc123.js.br'), brotliCompressSync(bundle));
    writeFileSync(path.join(dir, 'assets', 'index-abc123.js.gz'), gzipSync(bundle));
    t = await createTestApp({ env: { WEB_DIST_DIR: dir }, serveWeb: true });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // fetch() would decode for us; node:http shows the bytes and headers as they travel.
  const raw = (route: string, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
      (resolve, reject) => {
        const req = request(`${t.url}${route}`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        });
        req.on('error', reject);
        req.end();
      },
    );

  it('serves the build-time brotli or gzip copy of a hashed asset, cached as immutable', async () => {
    const br = await raw('/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.body).toString()).toBe(bundle);

    const gz = await raw('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(bundle);

    const plain = await raw('/assets/index-abc123.js', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(bundle);
  });

  it('revalidates index.html and keeps unhashed files for an hour only', async () => {
    expect((await raw('/', { accept: 'text/html' })).headers['cache-control']).toBe('no-cache');
    expect((await raw('/favicon.svg', {})).headers['cache-control']).toBe('public, max-age=3600');
  });

  it('compresses GraphQL answers for browsers that accept it', async () => {
    // Under the alias limit, but long aliases make an answer above the 1 KiB threshold.
    const alias = (i: number) => `${'x'.repeat(80)}${i}`;
    const body = JSON.stringify({
      query: `{ ${Array.from({ length: 20 }, (_, i) => `${alias(i)}: __typename`).join(' ')} }`,
    });
    const answer = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        const req = request(
          `${t.url}/graphql`,
          {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'accept-encoding': 'br',
              'apollo-require-preflight': '1',
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          },
        );
        req.on('error', reject);
        req.end(body);
      },
    );
    expect(answer.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(answer.body).toString())).toHaveProperty(
      ['data', alias(19)],
      'Query',
    );
  });
});
