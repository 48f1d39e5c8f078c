import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR } from './server';

export const SCREENSHOT_DIR = path.join(ARTIFACTS_DIR, 'screenshots');

/**
 * A full-page picture of what the person sees, for a human to look at (CJK glyphs, overlaps,
 * empty charts): artifacts/screenshots/<name>.png. Waits for the network to settle and the fonts
 * to load, then waits until two captures in a row are identical, so ECharts has finished drawing
 * (its entry animation takes a second or more after a late chunk or a language switch): a fixed
 * pause caught line charts half drawn.
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
  // Stability is judged on the first screen (cheap to capture; every chart on a page starts its
  // animation when the page renders, so the first screen settling means the rest has too).
  let previous = await page.screenshot({ animations: 'disabled' });
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.waitForTimeout(250);
    const current = await page.screenshot({ animations: 'disabled' });
    if (current.equals(previous)) break;
    previous = current;
  }
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}
