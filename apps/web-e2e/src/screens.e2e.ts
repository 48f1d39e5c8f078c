import type { Page } from 'playwright-core';
import { signIn } from './pages/login.page';
import { OverviewPage } from './pages/overview.page';
import { switchLanguage } from './pages/shell';
import { useBrowser } from './support/browser';
import { PERIOD } from './support/demo';
import { Api } from './support/graphql';
import { screenshot } from './support/screenshots';

type Lang = 'zh-CN' | 'en';
const LANGS: Lang[] = ['zh-CN', 'en'];
const suffix = (lang: Lang) => (lang === 'en' ? 'en' : 'zh');

/** The words each screen must show (its heading or title) in each language. */
const WORDS = {
  'zh-CN': {
    overview: '示范区 · 2026年第四季度',
    compare: '支部对比',
    compareButton: /对比所选支部/,
    admin: '系统管理',
    review: '审核',
    selfAssessment: '2026年第四季度自评',
    backToQueue: '返回审核列表',
  },
  en: {
    overview: '示范区 · Q4 2026',
    compare: 'Compare branches',
    compareButton: /Compare selected/,
    admin: 'Administration',
    review: 'Review',
    selfAssessment: 'Self-assessment, Q4 2026',
    backToQueue: /Back/,
  },
} as const;

/**
 * A tour of every screen, in Chinese and in English, with a screenshot of each: each screen must
 * render its heading without a console error (checked after every test by useBrowser).
 */
describe('every screen renders, in Chinese and in English', () => {
  const browser = useBrowser();
  const api = new Api();

  it('login page, and a wrong password answered in words', async () => {
    const page = await browser.newPage();
    await page.goto('/login');
    await page.getByRole('heading', { name: '基层党建考评看板' }).waitFor();
    await screenshot(page, 'login.zh');
    await signInExpectingRefusal(page, 'wrong-password');
    await page.getByRole('alert').getByText('用户名或密码不正确，请重新输入。').waitFor();
    await screenshot(page, 'login-wrong-password.zh');
    await switchLanguage(page, 'en');
    await page.getByLabel('Username').waitFor();
    await screenshot(page, 'login.en');
  });

  it("antd's styles: from the stylesheet built with the bundle; built in the browser for reduced motion", async () => {
    // apps/web/vite/antd-static-styles.ts: the app theme's styles are in the built CSS file, so the
    // browser builds none of them; the reduced-motion theme (other tokens) still builds its own.
    const styling = async (reducedMotion: 'reduce' | 'no-preference') => {
      const page = await browser.newPage({ reducedMotion });
      await page.goto('/login');
      await page.getByRole('heading', { name: '基层党建考评看板' }).waitFor();
      return page.evaluate(() => {
        const button = document.querySelector('button.ant-btn-variant-solid');
        return {
          background: button ? getComputedStyle(button).backgroundColor : null,
          builtInBrowser: Array.from(document.querySelectorAll('style')).some((s) =>
            /\)\.ant-btn\{/.test(s.textContent ?? ''),
          ),
        };
      });
    };
    expect(await styling('no-preference')).toEqual({ background: 'rgb(196, 29, 29)', builtInBrowser: false });
    expect(await styling('reduce')).toEqual({ background: 'rgb(196, 29, 29)', builtInBrowser: true });
  });

  it('committee screens: overview, a branch, compare, review queue and detail, administration', async () => {
    // The two best-ranked branches of the district: the top of the overview's table, to compare.
    const top = await topBranches(api);
    const page = await browser.newPage();
    await signIn(page, 'admin');
    for (const lang of LANGS) {
      const words = WORDS[lang];
      const tag = suffix(lang);
      if (lang === 'en') await switchLanguage(page, 'en');
      const main = page.getByRole('main');

      await page.goto(`/overview?period=${PERIOD}`);
      await main.getByRole('heading', { name: words.overview }).waitFor();
      const overview = new OverviewPage(page);
      await overview.branchRow(top[0].code).waitFor();
      await screenshot(page, `overview.${tag}`);

      // A committee member opens a branch from the table.
      await overview.branchRow(top[0].code).getByRole('link').click();
      await page.waitForURL((url) => url.pathname === `/branches/${top[0].id}`);
      await main.getByRole('heading', { name: top[0].name }).waitFor();
      await screenshot(page, `branch-committee-view.${tag}`);

      // Two rows ticked → compare.
      await page.goBack();
      await main.getByRole('heading', { name: words.overview }).waitFor();
      for (const branch of top) await main.getByRole('checkbox', { name: branch.name, exact: true }).check();
      await main.getByRole('button', { name: words.compareButton }).click();
      await page.waitForURL((url) => url.pathname === '/compare');
      await main.getByRole('heading', { name: words.compare }).waitFor();
      for (const branch of top) await main.getByText(branch.name).first().waitFor();
      await screenshot(page, `compare.${tag}`);

      await page.goto(`/review?period=${PERIOD}`);
      await main.getByRole('heading', { name: words.review, exact: true }).waitFor();
      const queue = main.getByTestId('review-queue');
      await queue.getByRole('table').waitFor();
      await screenshot(page, `review-queue.${tag}`);
      // Opening an assessment is only looking: nothing is decided here.
      await queue.getByRole('row').nth(1).getByRole('link').first().click();
      await main.getByRole('link', { name: words.backToQueue }).waitFor();
      await main.getByRole('toolbar').waitFor();
      await screenshot(page, `review-detail.${tag}`);

      await visitAdmin(page, lang);
    }
  });

  it('branch screens: my branch and the self-assessment', async () => {
    const page = await browser.newPage();
    await signIn(page, 'branch');
    for (const lang of LANGS) {
      const tag = suffix(lang);
      if (lang === 'en') await switchLanguage(page, 'en');
      const main = page.getByRole('main');
      await page.goto('/my-branch');
      await main.getByRole('heading', { level: 3 }).first().waitFor();
      await screenshot(page, `my-branch.${tag}`);
      await page.goto(`/self-assessment?period=${PERIOD}`);
      await main.getByRole('heading', { name: WORDS[lang].selfAssessment }).waitFor();
      await main.getByRole('region').first().waitFor();
      await screenshot(page, `self-assessment.${tag}`);
    }
  });
});

async function signInExpectingRefusal(page: Page, password: string): Promise<void> {
  await page.getByLabel('用户名').fill('branch');
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
}

/** /admin and each of its tabs, if the screen has tabs (it is still being built). */
async function visitAdmin(page: Page, lang: Lang): Promise<void> {
  const tag = suffix(lang);
  const main = page.getByRole('main');
  await page.goto('/admin');
  await main.getByText(WORDS[lang].admin).first().waitFor();
  await page.waitForLoadState('networkidle');
  const tabs = main.getByRole('tab');
  const count = await tabs.count();
  await screenshot(page, `admin.${tag}`);
  for (let i = 1; i < count; i++) {
    await tabs.nth(i).click();
    await page.waitForLoadState('networkidle');
    // Named by the tab's key in the link (/admin?tab=users), else by its position.
    const key = new URL(page.url()).searchParams.get('tab') ?? `tab-${i + 1}`;
    await screenshot(page, `admin-${key}.${tag}`);
  }
}

async function topBranches(api: Api): Promise<{ id: string; name: string; code: string }[]> {
  const { me } = await api.as<{ me: { scopeUnitId: string } }>('admin', '{ me { scopeUnitId } }');
  const { scoreboard } = await api.as<{
    scoreboard: { branches: { id: string; name: string; code: string; rank: number | null }[] };
  }>(
    'admin',
    'query S($p: String!, $u: ID!) { scoreboard(period: $p, unitId: $u) { branches { id name code rank } } }',
    { p: PERIOD, u: me.scopeUnitId },
  );
  const ranked = scoreboard.branches.filter((b) => b.rank !== null).sort((a, b) => a.rank! - b.rank!);
  return ranked.slice(0, 2);
}
