import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR } from './server';

export const SCREENSHOT_DIR = path.join(ARTIFACTS_DIR, 'screenshots');

/**
 * A full-page picture of what the person sees, for a human to look at (CJK glyphs, overlaps,
 * empty charts): artifacts/screenshots/<name>.png. Waits for the network to settle and the fonts
 * to load, then lets ECharts finish its entry animation (about half a second) so charts are drawn.
 * A full-page capture keeps the window's height for layout, so a bottom-sticky action bar shows
 * where the first screen ends (over the content there): that is the capture, not the page.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    await document.fonts.ready;
    // From the top: sticky parts (the score card, the action bar) sit where the first screen puts them.
    window.scrollTo(0, 0);
  });
  await page.waitForTimeout(800);
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
