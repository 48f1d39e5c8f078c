import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signIn } from './pages/login.page';
import { useBrowser } from './support/browser';
import { neighbourBranch, ownAssessment, PERIOD } from './support/demo';
import { Api } from './support/graphql';
import { screenshot } from './support/screenshots';
import { score } from './support/steps';

const ASSESSMENT =
  'query A($b: ID!, $p: String!) { assessment(branchId: $b, period: $p) { branch { name code } officialScore { total } } }';

describe('a branch user and other branches', () => {
  const browser = useBrowser();
  const api = new Api();

  it('typing another branch’s URL shows a refusal, not its data', async () => {
    const own = await ownAssessment(api);
    const other = await neighbourBranch(api, own.branchId);
    // The other branch has figures to leak (the admin sees them): the refusal is about scope.
    const { assessment } = await api.as<{ assessment: { officialScore: { total: number } | null } }>(
      'admin',
      ASSESSMENT,
      { b: other.id, p: PERIOD },
    );
    // Out of scope answers as a missing branch: NOT_FOUND, nothing that tells it exists.
    await expect(api.as('branch', ASSESSMENT, { b: other.id, p: PERIOD })).rejects.toThrow(/NOT_FOUND/);

    const page = await browser.newPage();
    await signIn(page, 'branch');
    await page.goto(`/branches/${other.id}?period=${PERIOD}`);
    const main = page.getByRole('main');
    await main.getByText('无法查看该支部', { exact: true }).waitFor();
    await main.getByText('未找到所请求的内容，可能已被删除或不在您的管辖范围内。').waitFor();
    await page.waitForLoadState('networkidle');
    const shown = await main.innerText();
    expect(shown).not.toContain(other.name);
    expect(shown).not.toContain(other.code);
    if (assessment.officialScore) expect(shown).not.toContain(score(assessment.officialScore.total));
    expect(await main.getByText('总分').count()).toBe(0);
    await screenshot(page, 'access-other-branch-refused');

    await main.getByRole('link', { name: /返回首页/ }).click();
    await page.waitForURL((url) => url.pathname === '/my-branch');
    await page.getByRole('heading', { name: own.branch.name }).waitFor();
  });

  it('committee screens typed by hand show the 403 page', async () => {
    const page = await browser.newPage();
    await signIn(page, 'branch');
    for (const path of ['/overview', '/review', '/admin', `/compare?period=${PERIOD}`]) {
      await page.goto(path);
      await page.getByRole('main').getByText('无权访问', { exact: true }).waitFor();
    }
    await screenshot(page, 'access-branch-on-committee-screen');
  });

  it('a branch user downloads its own one-page report as a PDF with Chinese text', async () => {
    const own = await ownAssessment(api);
    const page = await browser.newPage();
    await signIn(page, 'branch');
    await page.goto('/my-branch');
    await page.getByRole('heading', { name: own.branch.name }).waitFor();
    const [download] = await Promise.all([
      // The first report of a server's life starts its render pool (workers load pdfkit and the CJK
      // font): on a loaded 2-core CI machine that alone has taken over 20 s.
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: /支部考评报告 PDF/ }).click(),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'pb-e2e-')), 'branch.pdf');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(own.branch.name);
    await screenshot(page, 'my-branch-report-downloaded');
  });
});
