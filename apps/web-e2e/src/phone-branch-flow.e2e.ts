import type { Page } from 'playwright-core';
import { signIn } from './pages/login.page';
import { SelfAssessmentPage } from './pages/self-assessment.page';
import { sideMenu } from './pages/shell';
import { PHONE, useBrowser } from './support/browser';
import { ensureEditable, ownAssessment, ownValue, PERIOD } from './support/demo';
import { Api } from './support/graphql';
import { screenshot } from './support/screenshots';
import { step } from './support/steps';

const INDICATOR = '区域共建活动';
const CODE = 'ORG_JOINT_BUILDING';

/** Nothing sticks out sideways, and the header shows the whole app name and the menu toggle. */
async function expectFitsPhone(page: Page, where: string): Promise<void> {
  const { width, outside } = await page.evaluate((viewport) => {
    const width = document.documentElement.scrollWidth;
    if (width <= viewport) return { width, outside: [] };
    // The page is wider than the phone: name what reaches past its edge, so the failure says which.
    const label = (el: Element) =>
      `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} right=${Math.round(el.getBoundingClientRect().right)} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const wide = Array.from(document.querySelectorAll('body *')).filter(
      (el) => el.getBoundingClientRect().right > viewport + 0.5,
    );
    return { width, outside: wide.slice(0, 8).map(label) };
  }, PHONE.viewport.width);
  expect({ where, width, outside }).toEqual({ where, width: PHONE.viewport.width, outside: [] });
  const name = page.getByRole('banner').getByText('党建考评看板', { exact: true });
  const box = await name.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= PHONE.viewport.width).toBe(true);
  expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true); // not cut
  expect(await page.getByRole('button', { name: '菜单' }).isVisible()).toBe(true);
}

async function goThroughMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: '菜单' }).click();
  await sideMenu(page)
    .getByRole('menuitem', { name: new RegExp(item) })
    .click();
}

describe('a branch secretary on a 390 px phone', () => {
  const browser = useBrowser();
  const api = new Api();

  it('signs in, fills in, is warned before leaving unsaved, gets the draft back, saves, submits and sees the branch page', async () => {
    await ensureEditable(api);
    const stored = await ownValue(api, CODE);
    const typed = (typeof stored?.selfValue === 'number' ? stored.selfValue : 0) + 1;
    const page = await browser.newPage(PHONE);

    await step('login fits the phone', async () => {
      await page.goto('/login');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBe(PHONE.viewport.width);
      await signIn(page, 'branch');
      // The page's last card to load (its annual items, a block each on a phone) before measuring.
      await page.getByTestId('annual-items').getByTestId('stacked-row').first().waitFor();
      await expectFitsPhone(page, 'my branch');
      await screenshot(page, 'phone-my-branch');
    });

    const form = new SelfAssessmentPage(page);
    await step('the form fits the phone', async () => {
      await goThroughMenu(page, '季度自评');
      await form.indicator('三会一课落实率').waitFor();
      await expectFitsPhone(page, 'self-assessment');
      await form.fillNumber(INDICATOR, typed);
      await form.actionBar.getByText('1 项修改未保存').waitFor();
      await screenshot(page, 'phone-self-assessment');
    });

    await step('leaving through the side menu asks first', async () => {
      await goThroughMenu(page, '本支部');
      const dialog = page.getByRole('dialog').filter({ hasText: '有 1 项修改尚未保存' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: '留在本页' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(new URL(page.url()).pathname).toBe('/self-assessment');
      expect(await form.numberInput(INDICATOR).inputValue()).toBe(String(typed));

      await goThroughMenu(page, '本支部');
      await dialog.getByRole('button', { name: /^离\s*开$/ }).click();
      await page.waitForURL((url) => url.pathname === '/my-branch');
    });

    await step('coming back brings the unsaved value back from this device', async () => {
      await form.open();
      expect(await form.numberInput(INDICATOR).inputValue()).toBe(String(typed));
      await page.getByText(/在本机填写但未保存的内容/).waitFor();
      expect((await ownValue(api, CODE))?.selfValue ?? null).toBe(stored?.selfValue ?? null); // not saved yet
    });

    await step('save and submit on the phone', async () => {
      await form.save();
      expect((await ownValue(api, CODE))?.selfValue).toBe(typed);
      await form.submit();
      expect((await ownAssessment(api)).status).toBe('SUBMITTED');
      await expectFitsPhone(page, 'submitted self-assessment');
    });

    await step('the branch page shows the submitted quarter', async () => {
      await goThroughMenu(page, '本支部');
      await page.waitForURL((url) => url.pathname === '/my-branch');
      await page
        .getByRole('main')
        .getByText(/已提交/)
        .first()
        .waitFor();
      await page.getByTestId('annual-items').getByTestId('stacked-row').first().waitFor();
      await expectFitsPhone(page, 'my branch after submit');
      await screenshot(page, `phone-my-branch-${PERIOD}-submitted`);
    });
  });

  it('finds its way through the long form: path links, next unanswered, last quarter’s values', async () => {
    await ensureEditable(api);
    const { assessments } = await api.as<{
      assessments: { values: { indicatorCode: string; selfValue: unknown; reviewedValue: unknown }[] }[];
    }>(
      'branch',
      'query P($period: String!) { assessments(period: $period) { values { indicatorCode selfValue reviewedValue } } }',
      { period: '2026Q3' },
    );
    const counted = assessments[0].values.find((v) => v.indicatorCode === 'ORG_THEME_DAYS');
    const page = await browser.newPage(PHONE);
    await signIn(page, 'branch');
    const form = await new SelfAssessmentPage(page).open();

    await step('last quarter’s value beside the input', async () => {
      const last = counted?.reviewedValue ?? counted?.selfValue;
      expect(typeof last).toBe('number');
      await form.indicator('主题党日').getByText(`上季度：${last}`).waitFor();
    });

    await step('a path link scrolls to its path', async () => {
      await page
        .getByRole('navigation', { name: '按路径跳转' })
        .getByRole('link', { name: /党风廉政建设/ })
        .click();
      // The path's card comes to the top of the screen.
      await page.waitForFunction(() => {
        const top = document.getElementById('path-INTEGRITY')?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < 200;
      });
    });

    await step('下一项未填 puts the cursor in an empty input', async () => {
      await form.actionBar.getByRole('button', { name: /下一项未填/ }).click();
      // The cursor is in an indicator's input, on screen once the smooth scroll has settled…
      await page.waitForFunction((height) => {
        const el = document.activeElement as HTMLInputElement | null;
        if (!el || el.tagName !== 'INPUT' || !el.closest('section[id^="indicator-"]')) return false;
        const top = el.closest('section')!.getBoundingClientRect().top;
        return top >= 0 && top < height;
      }, PHONE.viewport.height);
      // …of an indicator the branch has not answered.
      const code = await page.evaluate(() =>
        document.activeElement!.closest('section')!.id.slice('indicator-'.length),
      );
      expect((await ownValue(api, code))?.selfValue ?? null).toBeNull();
      await screenshot(page, 'phone-next-unfilled');
    });
  });
});
