import { signIn } from './pages/login.page';
import { SelfAssessmentPage } from './pages/self-assessment.page';
import { useBrowser } from './support/browser';
import { ensureEditable, ownValue } from './support/demo';
import { Api } from './support/graphql';
import { screenshot } from './support/screenshots';

const INDICATOR = '区域共建活动';
const CODE = 'ORG_JOINT_BUILDING';

describe('two tabs saving the same self-assessment', () => {
  const browser = useBrowser();
  const api = new Api();

  it('the second save gets the conflict message and keeps what was typed in it', async () => {
    await ensureEditable(api);
    const stored = await ownValue(api, CODE);
    const base = typeof stored?.selfValue === 'number' ? stored.selfValue : 0;
    const first = base + 2;
    const second = base + 1;
    const secondEvidence = '与驻区单位联合开展共建活动,签到表存档于支部办公室';

    // Two tabs of one browser: the same signed-in branch user (the session is in localStorage).
    const context = await browser.newContext();
    const pageA = await context.newPage();
    await signIn(pageA, 'branch');
    const tabA = await new SelfAssessmentPage(pageA).open();
    const tabB = await new SelfAssessmentPage(await context.newPage()).open();

    // Both opened the same version; A saves first.
    await tabA.fillNumber(INDICATOR, first);
    await tabA.save();
    expect((await ownValue(api, CODE))?.selfValue).toBe(first);

    await tabB.fillNumber(INDICATOR, second);
    await tabB.evidence(INDICATOR).fill(secondEvidence);
    await tabB.clickSave();
    const notice = tabB.page.getByRole('alert').filter({ hasText: '保存前，别人已修改过这份自评' });
    await notice.waitFor();
    await notice.getByText('您填写的内容都还在').waitFor();
    // The indicator both changed is listed with both values; B's own stays in the form.
    await notice.getByText(INDICATOR, { exact: true }).waitFor();
    expect(await tabB.numberInput(INDICATOR).inputValue()).toBe(String(second));
    expect(await tabB.evidence(INDICATOR).inputValue()).toBe(secondEvidence);
    await tabB.actionBar.getByText(/\d+ 项修改未保存/).waitFor();
    await screenshot(tabB.page, 'conflict-second-tab');
    // Nothing of B reached the server.
    expect((await ownValue(api, CODE))?.selfValue).toBe(first);

    // Saving again now goes on the server's latest version, with B's values.
    await tabB.save();
    const saved = await ownValue(api, CODE);
    expect(saved).toEqual({ indicatorCode: CODE, selfValue: second, evidence: secondEvidence });
  });
});
