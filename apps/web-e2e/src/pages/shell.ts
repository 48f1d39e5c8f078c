import path from 'node:path';
import type { Locator, Page, Response } from 'playwright-core';
import { ARTIFACTS_DIR } from '../support/server';

/**
 * The header's 中文 / English switch (a radio group named 语言 / Language). Each option is written
 * in its own language, so the option's name is the same whichever language is showing.
 */
export async function switchLanguage(page: Page, to: 'zh-CN' | 'en'): Promise<void> {
  const option = page
    .getByRole('radiogroup', { name: /^(语言|Language)$/ })
    .getByText(to === 'en' ? 'English' : '中文', { exact: true });
  await option.click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to);
}

/** The side menu (a nav landmark named after the app). */
export const sideMenu = (page: Page) => page.getByRole('navigation').getByRole('menu');

/**
 * Clicks a dialog's OK button and waits for what it should lead to. When that never shows, the
 * error says what the screen shows instead: the dialog still open with its form's complaints, and
 * the errors the server answered meanwhile (a toast saying so is gone by then).
 */
export async function confirmDialog(dialog: Locator, outcome: Locator): Promise<void> {
  const page = dialog.page();
  const refusals: string[] = [];
  const listen = (response: Response) => {
    if (!response.url().endsWith('/graphql')) return;
    void response
      .json()
      .then((body: { errors?: { message: string }[] }) =>
        refusals.push(...(body.errors ?? []).map((e) => e.message)),
      )
      .catch(() => undefined);
  };
  page.on('response', listen);
  try {
    await dialog.getByRole('button', { name: /^(OK|确\s*定)$/ }).click();
    await outcome.waitFor();
  } catch (error) {
    const open = await dialog.isVisible();
    const complaints = open ? await dialog.locator('.ant-form-item-explain').allInnerTexts() : [];
    await page
      .screenshot({ path: path.join(ARTIFACTS_DIR, `failed-dialog-${Date.now()}.png`) })
      .catch(() => undefined);
    throw new Error(
      `${(error as Error).message}\nthe dialog is ${open ? 'still open' : 'closed'}; its form says ${JSON.stringify(complaints)}; the server refused: ${JSON.stringify(refusals)}`,
    );
  } finally {
    page.off('response', listen);
  }
}
