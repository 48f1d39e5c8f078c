// Headless screenshots of the built app, to look at what a person sees (CJK rendering included).
// Usage: node apps/web/scripts/screenshot.mjs <baseUrl> <outDir> [path...]
// Needs Debian's chromium (apt-get install -y chromium fonts-noto-cjk); playwright-core drives it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [baseUrl = 'http://localhost:4300', outDir = 'tmp/screenshots', ...paths] = process.argv.slice(2);
const targets = paths.length ? paths : ['/login'];
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  for (const target of targets) {
    await page.goto(new URL(target, baseUrl).toString(), { waitUntil: 'networkidle' });
    const file = join(outDir, `${target.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
} finally {
  await browser.close();
}
