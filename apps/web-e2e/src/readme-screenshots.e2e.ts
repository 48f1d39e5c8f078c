import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { signIn } from './pages/login.page';
import { useBrowser } from './support/browser';
import { ownAssessment, PERIOD } from './support/demo';
import { baseUrl } from './support/env';
import { Api } from './support/graphql';
import { REPO_ROOT } from './support/server';

/**
 * The pictures in the README (docs/screenshots/*.webp), made from the demo as it runs: overview,
 * a branch page, the self-assessment form, a review and the first page of a branch PDF. Refresh
 * them with `npm run screenshots:readme` (builds web and api, then runs this file alone). Each is
 * the first screen at 1366×768, scaled to 960 px wide as WebP, and must stay under 150 KB.
 */
const OUT = path.join(REPO_ROOT, 'docs/screenshots');
const MAX_BYTES = 150 * 1024;
const WIDTH = 960;

async function save(name: string, png: Buffer): Promise<void> {
  const file = path.join(OUT, `${name}.webp`);
  writeFileSync(file, await sharp(png).resize({ width: WIDTH }).webp({ quality: 72 }).toBuffer());
  expect({ name, bytes: statSync(file).size < MAX_BYTES }).toEqual({ name, bytes: true });
}

/** The first screen once the network is idle, fonts are in and the charts have stopped moving. */
async function firstScreen(page: Page): Promise<Buffer> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    await document.fonts.ready;
    window.scrollTo(0, 0);
  });
  let previous = await page.screenshot({ animations: 'disabled' });
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.waitForTimeout(250);
    const current = await page.screenshot({ animations: 'disabled' });
    if (current.equals(previous)) return current;
    previous = current;
  }
  return previous;
}

// Only when asked (the npm script sets it): the whole suite must not rewrite files under docs/.
const describeWhenAsked = process.env['README_SCREENSHOTS'] === '1' ? describe : describe.skip;

describeWhenAsked('README screenshots (docs/screenshots)', () => {
  const browser = useBrowser();
  const api = new Api();

  beforeAll(() => mkdirSync(OUT, { recursive: true }));

  it('overview, branch page and review as the committee sees them', async () => {
    const own = await ownAssessment(api);
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(page, 'admin');
    const main = page.getByRole('main');
    await page.goto(`/overview?period=${PERIOD}`);
    await main.getByRole('heading', { name: '示范区 · 2026年第四季度' }).waitFor();
    await main.getByRole('table').first().waitFor();
    await save('overview', await firstScreen(page));

    await page.goto(`/branches/${own.branchId}`);
    await main.getByRole('heading', { name: own.branch.name }).waitFor();
    await save('branch', await firstScreen(page));

    await page.goto(`/review?period=${PERIOD}`);
    const queue = main.getByTestId('review-queue');
    await queue.getByRole('table').waitFor();
    await queue.getByRole('row').nth(1).getByRole('link').first().click();
    await main.getByRole('toolbar').waitFor();
    await save('review', await firstScreen(page));
  });

  it('the self-assessment form as a branch secretary fills it in', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(page, 'branch');
    await page.goto(`/self-assessment?period=${PERIOD}`);
    await page.getByRole('main').getByRole('heading', { name: '2026年第四季度自评' }).waitFor();
    await page.getByRole('main').getByRole('region').first().waitFor();
    await save('form', await firstScreen(page));
  });

  it('the first page of the branch PDF', async () => {
    const own = await ownAssessment(api);
    const response = await fetch(
      `${baseUrl()}/api/reports/branch.pdf?branchId=${own.branchId}&period=2026Q3`,
      { headers: { authorization: `Bearer ${await api.token('admin')}` } },
    );
    expect(response.status).toBe(200);
    const dir = mkdtempSync(path.join(tmpdir(), 'pathboard-readme-'));
    try {
      writeFileSync(path.join(dir, 'branch.pdf'), Buffer.from(await response.arrayBuffer()));
      execFileSync(
        'pdftoppm',
        ['-r', '110', '-png', '-f', '1', '-l', '1', '-singlefile', 'branch.pdf', 'page'],
        {
          cwd: dir,
        },
      );
      await save('pdf', readFileSync(path.join(dir, 'page.png')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
