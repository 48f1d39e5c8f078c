/**
 * Issue 17 through the screens: a branch enters values far off and sees why they are flagged; the
 * reviewer sorts the queue by risk, finds that branch first and reads the reasons; the admin's
 * what-if of a reweighted framework shows the rank shifts. The demo seeds the data; the expected
 * figures are read from the API, the screens must show them.
 */
import { signIn } from './pages/login.page';
import { ReviewPage } from './pages/review.page';
import { SelfAssessmentPage } from './pages/self-assessment.page';
import { useBrowser } from './support/browser';
import { ensureEditable, ownAssessment, PERIOD } from './support/demo';
import { Api } from './support/graphql';
import { screenshot } from './support/screenshots';
import { step } from './support/steps';

const STUDY = '人均学习时长（小时/季度）';
const JOINT = '区域共建活动';
const MEETINGS = '三会一课落实率';

interface Flag {
  indicator: string;
  message: { zh: string };
}

describe('data quality: flags, review by risk and what-if', () => {
  const browser = useBrowser();
  const api = new Api();

  it('the branch sees why a value is flagged; the reviewer sorts by risk, finds that branch first and the same reasons', async () => {
    await ensureEditable(api);
    const page = await browser.newPage();
    const form = new SelfAssessmentPage(page);
    const { branch, branchId } = await ownAssessment(api);

    await step('1. the branch enters values far off and sees the warnings beside them', async () => {
      await signIn(page, 'branch');
      await form.open();
      await form.fillNumber(MEETINGS, 8, '应完成');
      await form.fillNumber(MEETINGS, 8, '实际完成');
      await form.evidence(MEETINGS).fill('支部党员大会、支委会会议记录共 8 份');
      await form.fillNumber(STUDY, 39);
      await form.fillNumber(JOINT, 30);
      // The validation rule and the expected range, computed in the browser as the value is typed.
      await form
        .indicator(MEETINGS)
        .getByText('未满足校验规则「每季度应开三会一课 12 次」', { exact: false })
        .waitFor();
      await form.indicator(JOINT).getByText('高于预期上限 12', { exact: false }).waitFor();
      await form.save();
      // The server's checks of the saved values (previous quarter and peers included) are the form's.
      const { valueChecks } = await api.as<{ valueChecks: { flags: Flag[] } }>(
        'branch',
        `query ($b: ID!, $p: String!) { valueChecks(branchId: $b, period: $p) { flags { indicator message { zh } } } }`,
        { b: branchId, p: PERIOD },
      );
      expect(valueChecks.flags.length).toBeGreaterThanOrEqual(3);
      const names: Record<string, string> = {
        ORG_MEETINGS: MEETINGS,
        TRN_STUDY_HOURS: STUDY,
        ORG_JOINT_BUILDING: JOINT,
      };
      for (const flag of valueChecks.flags.filter((f) => names[f.indicator]))
        await form.indicator(names[flag.indicator]).getByText(flag.message.zh, { exact: true }).waitFor();
      await screenshot(page, 'quality-1-form-warnings');
      await form.submit();
    });

    await step(
      '2. the reviewer sorts the queue by risk: that branch comes first, with its reasons',
      async () => {
        const reviewerPage = await browser.newPage();
        await signIn(reviewerPage, 'reviewer');
        const review = new ReviewPage(reviewerPage);
        await review.openQueue();
        const { reviewRisks } = await api.as<{
          reviewRisks: { branchId: string; openFlags: number; riskRank: number; flags: Flag[] }[];
        }>(
          'reviewer',
          `query ($p: String!) { reviewRisks(period: $p) { branchId openFlags riskRank flags { indicator message { zh } } } }`,
          { p: PERIOD },
        );
        const mine = reviewRisks.find((r) => r.branchId === branchId)!;
        expect(mine.riskRank).toBe(1);
        await reviewerPage.getByRole('button', { name: '按风险排序' }).click();
        const firstRow = reviewerPage.locator('.ant-table-tbody tr.ant-table-row').first();
        await firstRow.getByRole('link', { name: branch.name, exact: true }).waitFor();
        await firstRow.getByTestId('queue-risk').getByText(String(mine.openFlags), { exact: true }).waitFor();
        await screenshot(reviewerPage, 'quality-2-queue-by-risk');

        await review.openFromQueue(branch.name);
        const card = reviewerPage.getByTestId('value-flags');
        for (const flag of mine.flags)
          await card.getByText(flag.message.zh, { exact: false }).first().waitFor();
        await screenshot(reviewerPage, 'quality-3-workspace-flags');
      },
    );
  });

  it("the admin's what-if of a reweighted framework shows the rank shifts, and stores nothing", async () => {
    const frameworks = async () =>
      (await api.as<{ frameworks: unknown[] }>('admin', '{ frameworks { id } }')).frameworks.length;
    const before = await frameworks();
    const page = await browser.newPage();
    await signIn(page, 'admin');
    await page.goto('/admin?tab=whatIf');
    await page.getByText('基准方案：', { exact: false }).waitFor();
    const weight = (path: string) => page.getByRole('spinbutton', { name: `路径权重 ${path}`, exact: true });
    await weight('组织建设').fill('10');
    await weight('党内监督').fill('45');
    await weight('党内监督').press('Tab');
    await page.getByText('权重合计：100（应为 100）').waitFor();
    await page.getByRole('button', { name: /试\s*算/ }).click();
    const movers = page.getByTestId('what-if-movers');
    await movers.waitFor();
    // At least one branch moves, shown with its arrow; the full list says the same branch's shift.
    const arrow = movers.getByText(/^[▲▼]\d+$/).first();
    await arrow.waitFor();
    const shift = (await arrow.textContent())!;
    const moverName = (await movers
      .locator('.ant-table-tbody tr')
      .first()
      .locator('td')
      .first()
      .textContent())!;
    const row = page.getByTestId('what-if-rows').locator('tr').filter({ hasText: moverName });
    await row.getByText(shift, { exact: true }).waitFor();
    // The branches whose grade would change are listed by name, old grade → new grade.
    const changes = page.getByTestId('what-if-grade-changes');
    const count = Number(await page.locator('.ant-statistic-content-value').first().textContent());
    if (count > 0)
      await changes
        .getByText(/^(优秀|良好|合格|不合格) → (优秀|良好|合格|不合格)$/)
        .first()
        .waitFor();
    else await changes.getByText('没有支部的等次发生变化。').waitFor();
    await screenshot(page, 'quality-4-what-if');
    // An indicator's rule parameter is edited in the same form, checked in the browser as it is typed.
    await page.locator('.ant-collapse-header').filter({ hasText: '组织建设' }).click();
    const deduction = page.getByTestId('what-if-params-ORG_THEME_DAYS').getByLabel('主题党日 每次扣分');
    await deduction.fill('-1');
    await page.getByText('已修改 1 个参数').waitFor();
    await page
      .getByTestId('what-if-params-ORG_THEME_DAYS')
      .locator('.ant-form-item-explain-error')
      .first()
      .waitFor();
    await deduction.fill('6');
    await page
      .getByTestId('what-if-params-ORG_THEME_DAYS')
      .locator('.ant-form-item-explain-error')
      .waitFor({ state: 'detached' });
    // The draft sent carries the edited parameter, and the server scores it.
    const [response] = await Promise.all([
      page.waitForResponse((r) => (r.request().postData() ?? '').includes('"framework"')),
      page.getByRole('button', { name: /试\s*算/ }).click(),
    ]);
    const sent = JSON.parse(response.request().postData()!) as {
      variables: { framework: { paths: { indicators: { code: string; rule: { deduction?: number } }[] }[] } };
    };
    const themeDays = sent.variables.framework.paths
      .flatMap((p) => p.indicators)
      .find((i) => i.code === 'ORG_THEME_DAYS');
    expect(themeDays?.rule.deduction).toBe(6);
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(await frameworks()).toBe(before);
  });

  it("the admin's framework editor adds an indicator with its rule's defaults, previews the score, removes one, saves a new version", async () => {
    const { frameworks } = await api.as<{ frameworks: { id: string; code: string; version: number }[] }>(
      'admin',
      '{ frameworks { id code version } }',
    );
    const page = await browser.newPage();
    await signIn(page, 'admin');
    await page.goto('/admin?tab=frameworks');
    await page
      .getByRole('button', { name: /新\s*版\s*本/ })
      .first()
      .click();
    const drawer = page.locator('.ant-drawer-content');
    await drawer.getByText('校验通过，可以保存。').waitFor();
    const before = (await drawer.getByTestId('preview-before').textContent())!;
    expect(await drawer.getByTestId('preview-after').textContent()).toBe(before.replace('原版本', '修改后'));
    // A bonus (加分项) needs no rebalancing of the path's base points.
    const card = drawer.locator('.ant-card').filter({ hasText: '路径名称' }).first();
    await card.locator('.ant-select-selector').click();
    await page.locator('.ant-select-dropdown:visible').getByText('加分项', { exact: true }).click();
    await card.getByRole('button', { name: /添加指标/ }).click();
    const added = drawer.locator('[data-testid^="editor-indicator-"][data-testid$="_NEW_1"]');
    await added.waitFor();
    await added.getByLabel('新指标 每次分值').fill('3');
    await drawer.getByText('校验通过，可以保存。').waitFor();
    await drawer
      .getByTestId('preview-after')
      .getByText(/修改后/)
      .waitFor();
    // A negative cap is named beside its input; the save waits until it is fixed.
    await added.getByLabel('新指标 封顶').fill('-1');
    await added.locator('.ant-form-item-explain-error').first().waitFor();
    expect(await page.getByRole('button', { name: /保存为新版本/ }).isDisabled()).toBe(true);
    await added.getByLabel('新指标 封顶').fill('5');
    await drawer.getByText('校验通过，可以保存。').waitFor();
    // Removing asks first (a bonus: the path's base points stay balanced).
    const removedCode = 'ORG_INNOVATION_BONUS';
    const last = drawer.getByTestId(`editor-indicator-${removedCode}`);
    await last.getByRole('button', { name: /删\s*除/ }).click();
    await page
      .locator('.ant-popover:visible')
      .getByRole('button', { name: /删\s*除/ })
      .click();
    await drawer.getByTestId(`editor-indicator-${removedCode}`).waitFor({ state: 'detached' });
    await screenshot(page, 'quality-5-framework-editor');
    await page.getByRole('button', { name: /保存为新版本/ }).click();
    await drawer.waitFor({ state: 'hidden' });
    const after = await api.as<{ frameworks: { id: string; code: string; version: number }[] }>(
      'admin',
      '{ frameworks { id code version } }',
    );
    expect(after.frameworks.length).toBe(frameworks.length + 1);
    const saved = after.frameworks.find((f) => !frameworks.some((o) => o.id === f.id))!;
    const { framework } = await api.as<{
      framework: { definition: { paths: { indicators: { code: string; rule: unknown }[] }[] } };
    }>('admin', 'query ($id: ID!) { framework(id: $id) { definition } }', { id: saved.id });
    const codes = framework.definition.paths.flatMap((p) => p.indicators.map((i) => i.code));
    expect(codes).not.toContain(removedCode);
    const newOne = framework.definition.paths
      .flatMap((p) => p.indicators)
      .find((i) => i.code.endsWith('_NEW_1'));
    expect(newOne?.rule).toEqual({ type: 'bonus', points: 3, cap: 5 });
  });
});
