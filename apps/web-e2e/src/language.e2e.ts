import { signIn } from './pages/login.page';
import { sideMenu, switchLanguage } from './pages/shell';
import { useBrowser } from './support/browser';
import { PERIOD } from './support/demo';
import { screenshot } from './support/screenshots';

describe('the language switch', () => {
  const browser = useBrowser();

  it('turns the same page from Chinese to English, and English survives a reload', async () => {
    const page = await browser.newPage();
    // The English strings are a chunk of their own (app/i18n-en.ts): a Chinese session never asks for it.
    const englishChunks: string[] = [];
    page.on('request', (request) => {
      if (/\/i18n-en-[\w-]+\.js$/.test(new URL(request.url()).pathname)) englishChunks.push(request.url());
    });
    await signIn(page, 'viewer');
    await page.goto(`/overview?period=${PERIOD}`);
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: '示范区 · 2026年第四季度' }).waitFor();
    await main.getByText('平均分', { exact: true }).waitFor();
    await sideMenu(page).getByText('考评总览', { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    const address = page.url();
    expect(englishChunks).toEqual([]);

    await switchLanguage(page, 'en');
    // Same page, same data (unit names are data and stay Chinese), English words.
    expect(page.url()).toBe(address);
    await main.getByRole('heading', { name: '示范区 · Q4 2026' }).waitFor();
    await main.getByText('Mean score', { exact: true }).waitFor();
    await sideMenu(page).getByText('Overview', { exact: true }).waitFor();
    await page.getByRole('button', { name: /Log out/ }).waitFor();
    expect(await main.getByText('平均分', { exact: true }).count()).toBe(0);
    expect(englishChunks).toHaveLength(1);
    await screenshot(page, 'language-overview-en');

    await page.reload();
    await main.getByRole('heading', { name: '示范区 · Q4 2026' }).waitFor();
    await main.getByText('Mean score', { exact: true }).waitFor();
    await sideMenu(page).getByText('Overview', { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    // And back: the choice is the person's, both ways.
    await switchLanguage(page, 'zh-CN');
    await main.getByText('平均分', { exact: true }).waitFor();
    await page.reload();
    await main.getByRole('heading', { name: '示范区 · 2026年第四季度' }).waitFor();
  });

  it('is offered on the login page too, and the choice carries into the app', async () => {
    const page = await browser.newPage();
    await page.goto('/login');
    await switchLanguage(page, 'en');
    await page.getByLabel('Username').waitFor();
    await screenshot(page, 'language-login-en');
    await page.getByLabel('Username').fill('branch');
    await page.getByLabel('Password').fill('demo1234');
    await page.getByRole('button', { name: /^Log in$/ }).click();
    await page.waitForURL((url) => url.pathname === '/my-branch');
    await sideMenu(page).getByText('My branch', { exact: true }).waitFor();
  });
});
