import { signIn } from './pages/login.page';
import { useBrowser } from './support/browser';
import { ownAssessment, PERIOD } from './support/demo';
import { Api } from './support/graphql';

const YEAR = 2026;
const ITEM = 'ANNUAL_DISTRICT_COMMENDATION';
const ITEM_NAME = '年度区级表彰';
const ITEMS = `query I($b: ID!, $y: Int!) { annualItems(branchId: $b, year: $y) {
  items { code selfValue reviewedValue reviewedAt reviewState indicator }
  result { total bonusPoints } } }`;

interface Items {
  annualItems: {
    items: {
      code: string;
      selfValue: unknown;
      reviewedValue: number | null;
      reviewedAt: string | null;
      reviewState: string;
      indicator: { rule: { points: number; cap: number } };
    }[];
    result: { total: number; bonusPoints: number };
  };
}

/**
 * The year's annual-only items (年度加分) from claim to official value: the demo branch claims one more
 * district commendation on its page, the 东城 reviewer finds it under 年度事项待审核 and takes it, and
 * the branch sees the reviewed value and its annual total up by the item's points.
 */
describe('annual items: claim, 年度事项待审核, review', () => {
  const browser = useBrowser();
  const api = new Api();

  it('a branch claims a commendation, the reviewer reviews it from the queue, the annual total moves', async () => {
    const own = await ownAssessment(api);
    const before = (await api.as<Items>('branch', ITEMS, { b: own.branchId, y: YEAR })).annualItems;
    const item = before.items.find((i) => i.code === ITEM)!;
    const { points, cap } = item.indicator.rule;
    // Starts from whatever is official: one commendation more, still under the item's and the year's caps
    // (the default framework: 1 point each, at most 3; annual bonuses at most 5).
    const official = item.reviewedValue ?? 0;
    const claim = official + 1;
    expect(points * claim).toBeLessThanOrEqual(cap);
    expect(before.result.bonusPoints + points).toBeLessThanOrEqual(5);
    // Hand-computed: the claim adds one commendation, worth `points` (1) once reviewed.
    const expectedTotal = (before.result.total + points).toFixed(2);
    const waitingTag = item.reviewedAt ? '已修改，待复核' : '待审核';

    // The branch claims on its page; nothing official yet, so the total stays.
    const branchPage = await browser.newPage();
    await signIn(branchPage, 'branch');
    await branchPage.goto(`/my-branch?period=${PERIOD}`);
    const card = branchPage.getByTestId('annual-items');
    const row = card.getByRole('row').filter({ hasText: ITEM_NAME });
    await row.getByRole('spinbutton').fill(String(claim));
    await row.getByLabel(`${ITEM_NAME} 依据说明`).fill('e2e：2026年获评区级先进基层党组织');
    await card.getByRole('button', { name: /保存年度填报/ }).click();
    await row.getByText(waitingTag, { exact: true }).waitFor();
    await card
      .getByTestId('annual-items-total')
      .getByText(new RegExp(`^年度总分 ${before.result.total.toFixed(2)}（`))
      .waitFor();

    // The reviewer finds the branch under 年度事项待审核 and opens it.
    const reviewerPage = await browser.newPage();
    await signIn(reviewerPage, 'reviewer');
    await reviewerPage.goto(`/review?period=${PERIOD}`);
    const queue = reviewerPage.getByTestId('annual-claims-queue');
    await queue.getByText('年度事项待审核').waitFor();
    const queued = queue.getByRole('row').filter({ hasText: own.branch.name });
    await queued.getByText(`${waitingTag} 1 项`, { exact: true }).waitFor();
    await queued.getByRole('link', { name: own.branch.name }).click();
    await reviewerPage.waitForURL((url) => url.pathname === `/branches/${own.branchId}`);

    // On the branch page's annual card: take the branch's value and save the review.
    const reviewCard = reviewerPage.getByTestId('annual-items');
    const reviewRow = reviewCard.getByRole('row').filter({ hasText: ITEM_NAME });
    await reviewRow.getByText(waitingTag, { exact: true }).waitFor();
    await reviewRow.getByRole('button', { name: '采用支部填报值' }).click();
    await reviewCard.getByRole('button', { name: /保存审核认定/ }).click();
    await reviewCard
      .getByTestId('annual-items-total')
      .getByText(new RegExp(`^年度总分 ${expectedTotal}（`))
      .waitFor();
    await reviewRow.getByText(waitingTag, { exact: true }).waitFor({ state: 'detached' });

    // Back in the queue, the branch no longer waits.
    await reviewerPage.goto(`/review?period=${PERIOD}`);
    await queue.getByText('年度事项待审核').waitFor();
    await reviewerPage.waitForLoadState('networkidle');
    expect(await queue.getByRole('row').filter({ hasText: own.branch.name }).count()).toBe(0);

    // The branch sees the official value and its annual total up by the item's points.
    await branchPage.reload();
    const officialCell = row.getByRole('cell').nth(2);
    await officialCell.getByText(String(claim), { exact: true }).waitFor();
    expect(await row.getByText(waitingTag, { exact: true }).count()).toBe(0);
    await card
      .getByTestId('annual-items-total')
      .getByText(new RegExp(`^年度总分 ${expectedTotal}（`))
      .waitFor();
    await branchPage.getByTestId('branch-annual').getByText(expectedTotal, { exact: true }).first().waitFor();
    const after = (await api.as<Items>('branch', ITEMS, { b: own.branchId, y: YEAR })).annualItems;
    expect(after.result.total.toFixed(2)).toBe(expectedTotal);
    expect(after.items.find((i) => i.code === ITEM)).toMatchObject({
      reviewedValue: claim,
      reviewState: 'REVIEWED',
    });
  });
});
