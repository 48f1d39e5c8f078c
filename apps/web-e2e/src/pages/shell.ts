import type { Page } from 'playwright-core';

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
