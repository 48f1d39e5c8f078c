import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signIn } from './pages/login.page';
import { useBrowser } from './support/browser';
import { ownAssessment, PERIOD } from './support/demo';
import { Api } from './support/graphql';
import { screenshot } from './support/screenshots';

const YEAR = 2026;
const ANNUAL = `query A($u: ID!, $y: Int!) { annualScoreboard(unitId: $u, year: $y) {
  status branchCount gradeCounts grades { name { zh } }
  branches { name total rank grade { name { zh } } cappedBy { quarter } } } }`;
const BRANCH_ANNUAL = `query B($b: ID!, $y: Int!) { branchAnnual(branchId: $b, year: $y) { total grade { name { zh } } quarters { quarter total status } } }`;

interface Board {
  status: string;
  branchCount: number;
  gradeCounts: number[];
  grades: { name: { zh: string } }[];
  branches: {
    name: string;
    total: number;
    rank: number;
    grade: { name: { zh: string } };
    cappedBy: { quarter: number | null } | null;
  }[];
}

/** The year (年度考评) in the demo district: 2026 has four quarters, Q4 still open, so it is provisional. */
describe('the year: 2026年度', () => {
  const browser = useBrowser();
  const api = new Api();

  it('the admin picks 2026年度, sees the annual grades and ranks, and downloads the annual PDF', async () => {
    const { me } = await api.as<{ me: { scopeUnitId: string } }>('admin', '{ me { scopeUnitId } }');
    const { annualScoreboard: board } = await api.as<{ annualScoreboard: Board }>('admin', ANNUAL, {
      u: me.scopeUnitId,
      y: YEAR,
    });
    expect(board.status).toBe('OPEN');
    expect(board.branchCount).toBeGreaterThan(50);
    // The demo's one veto (a 西湖 branch, 2026Q2) caps that branch's year.
    expect(board.branches.filter((b) => b.cappedBy)).toEqual([
      expect.objectContaining({ cappedBy: { quarter: 2 } }),
    ]);

    const page = await browser.newPage();
    await signIn(page, 'admin');
    await page.goto(`/overview?period=${PERIOD}`);
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: '示范区 · 2026年第四季度' }).waitFor();
    // The antd select: its visible selector takes the click (the combobox input sits under it).
    await page
      .locator('.ant-select')
      .filter({ has: page.locator('#overview-period') })
      .click();
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: /^2026年度$/ })
      .click();
    await page.waitForURL((url) => url.searchParams.get('year') === String(YEAR));
    await main.getByRole('heading', { name: '示范区 · 2026年度' }).waitFor();
    const annual = page.getByTestId('annual-overview');
    await annual.getByText('暂定：尚有季度未关闭').waitFor();

    // The grade distribution and the first rows of the ranking are the API's figures.
    for (const [i, grade] of board.grades.entries())
      await annual.getByText(`${grade.name.zh}：${board.gradeCounts[i]}`, { exact: true }).waitFor();
    for (const b of board.branches.slice(0, 3)) {
      const row = annual.getByRole('row').filter({ hasText: b.name });
      await row.getByText(b.total.toFixed(2), { exact: true }).waitFor();
      await row
        .getByRole('cell', { name: String(b.rank), exact: true })
        .first()
        .waitFor();
      await row.getByText(b.grade.name.zh, { exact: true }).waitFor();
    }
    const capped = board.branches.find((b) => b.cappedBy)!;
    await annual
      .getByRole('row')
      .filter({ hasText: capped.name })
      .getByText(/^第2季度一票否决（.+），封顶为.+$/)
      .waitFor();
    await screenshot(page, 'annual-overview');

    // The annual PDF, as the person gets it: the saved download (the first render may start the
    // render pool: allow 60 s). Reading the fetch's response body instead raced the page's own use
    // of it (the body is gone once the app turns it into the download).
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      annual.getByRole('button', { name: /年度通报 PDF/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('示范区_2026年度_年度通报.pdf');
    const file = join(mkdtempSync(join(tmpdir(), 'pb-e2e-')), 'annual.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('示范区2026年度党建考评通报');
    expect(text).toContain(capped.name);
    await page.getByText(/^已下载“示范区_2026年度_年度通报\.pdf”$/).waitFor();
  });

  it('a branch sees its annual grade with the explanation on its page', async () => {
    const own = await ownAssessment(api);
    const { branchAnnual } = await api.as<{
      branchAnnual: {
        total: number;
        grade: { name: { zh: string } };
        quarters: { quarter: number; total: number | null; status: string }[];
      };
    }>('branch', BRANCH_ANNUAL, { b: own.branchId, y: YEAR });
    const page = await browser.newPage();
    await signIn(page, 'branch');
    await page.goto('/my-branch');
    await page.getByRole('heading', { name: own.branch.name }).waitFor();
    const card = page.getByTestId('branch-annual');
    await card.getByText('2026年度考评').waitFor();
    await card
      .getByTestId('branch-annual-grade')
      .getByText(branchAnnual.grade.name.zh, { exact: true })
      .waitFor();
    await card.getByText(branchAnnual.total.toFixed(2), { exact: true }).waitFor();
    // Which quarters counted: the explanation and a tag per quarter.
    await card.getByText(/^计算说明：.*第1季度.*$/).waitFor();
    const words: Record<string, string> = { COUNTED: '计入', ZERO: '按0分计', EXCLUDED: '不计入' };
    for (const q of branchAnnual.quarters)
      await card
        .getByText(
          `第${q.quarter}季度 ${q.total === null ? '—' : q.total.toFixed(2)}（${words[q.status]}）`,
          {
            exact: true,
          },
        )
        .waitFor();
    await screenshot(page, 'annual-branch');
  });
});
