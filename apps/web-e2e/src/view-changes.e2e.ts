import type { Page } from 'playwright-core';
import { signIn } from './pages/login.page';
import { OverviewPage } from './pages/overview.page';
import { ReviewPage } from './pages/review.page';
import { useBrowser } from './support/browser';
import { step } from './support/steps';

/**
 * The GraphQL operations a page sends while `act` runs and until the network has been quiet, by
 * name. The router applies a navigation as a transition; a screen that read its view from the
 * address alone sent the old view and the new one in turn, up to 26 requests for one click
 * (shared/links/useUrlState.ts).
 */
async function requestsDuring(page: Page, act: () => Promise<void>): Promise<Record<string, number>> {
  const sent: Record<string, number> = {};
  const count = (request: { url(): string; postData(): string | null }) => {
    if (!request.url().endsWith('/graphql')) return;
    const name = (JSON.parse(request.postData() ?? '{}') as { operationName?: string }).operationName ?? '?';
    sent[name] = (sent[name] ?? 0) + 1;
  };
  page.on('request', count);
  try {
    await act();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500); // a late render asking again would show here
  } finally {
    page.off('request', count);
  }
  return sent;
}

describe('a change of view asks the server once', () => {
  const browser = useBrowser();

  it('the overview: each sort of the branch table is one request', async () => {
    const page = await browser.newPage();
    await signIn(page, 'admin');
    await new OverviewPage(page).open();
    await page.waitForLoadState('networkidle');
    for (const column of ['总分', '排名', '较上季度', '名次变化', '排名'])
      await step(`sort by ${column}`, async () => {
        const header = page.getByRole('columnheader', { name: new RegExp(`^${column}`) }).first();
        expect(await requestsDuring(page, () => header.click())).toEqual({ OverviewBranchPage: 1 });
      });
  });

  it('the review queue: the risk order, a search and a column sort are one request each', async () => {
    const page = await browser.newPage();
    await signIn(page, 'reviewer');
    await new ReviewPage(page).openQueue();
    await page.waitForLoadState('networkidle');
    const changes: [string, () => Promise<void>][] = [
      ['by risk', () => page.getByRole('button', { name: '按风险排序' }).click()],
      [
        'a search',
        async () => {
          await page.getByLabel('支部名称、拼音或编号').fill('社区');
          await page.getByLabel('支部名称、拼音或编号').press('Enter');
        },
      ],
      ['by branch', () => page.getByRole('columnheader', { name: /^支部/ }).first().click()],
    ];
    for (const [name, change] of changes)
      await step(name, async () => {
        expect(await requestsDuring(page, change)).toEqual({ ReviewQueue: 1 });
      });
  });
});
