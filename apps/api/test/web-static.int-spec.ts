import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
});
