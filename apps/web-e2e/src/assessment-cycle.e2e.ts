import { signIn } from './pages/login.page';
import { type OverviewFigures, OverviewPage } from './pages/overview.page';
import { ReviewPage } from './pages/review.page';
import { SelfAssessmentPage } from './pages/self-assessment.page';
import { useBrowser } from './support/browser';
import {
  districtScoreboard,
  ensureEditable,
  ownAssessment,
  type ScoreboardSnapshot,
  type Status,
} from './support/demo';
import { Api } from './support/graphql';
import { screenshot } from './support/screenshots';
import { eventually, score, step } from './support/steps';

/** The overview's status labels (features/overview/i18n: overview.statuses). */
const OVERVIEW_STATUS: Record<Status | 'NONE', string> = {
  DRAFT: '填报中',
  SUBMITTED: '待审核',
  RETURNED: '已退回',
  APPROVED: '已审核',
  NONE: '未开启',
};
const RETURN_COMMENT = '三会一课实际召开次数与会议记录不一致,请按记录核实后重新提交';

/** What the overview must print for these API figures. */
function expectedFigures(truth: ScoreboardSnapshot): OverviewFigures {
  return {
    assessed: truth.assessed,
    expected: truth.expected,
    awaitingReview: truth.awaitingReview,
    rowStatus: OVERVIEW_STATUS[truth.branch.status ?? 'NONE'],
    rowTotal: score(truth.branch.total),
  };
}

describe('the quarterly assessment cycle, through the screens of each role', () => {
  const browser = useBrowser();
  const api = new Api();

  // One test: each person's turn needs the one before it (submit → return → resubmit → approve).
  it('branch submits, reviewer returns with a comment, branch fixes and resubmits, reviewer approves, the overview follows', async () => {
    const start = await ensureEditable(api);
    const { name: branchName, code } = start.branch;

    const adminPage = await browser.newPage();
    await signIn(adminPage, 'admin');
    const overview = new OverviewPage(adminPage);
    const initial = await step('0. the admin reads the overview before anything happens', async () => {
      await overview.open(code);
      const shown = await overview.figures(code);
      const truth = await districtScoreboard(api, start.branchId);
      expect(shown).toEqual(expectedFigures(truth));
      await screenshot(adminPage, 'cycle-0-overview-before');
      return { shown, truth };
    });

    const branchPage = await browser.newPage();
    const form = new SelfAssessmentPage(branchPage);
    await step('1. the branch fills in the form, sees the live score, saves and submits', async () => {
      await signIn(branchPage, 'branch');
      await branchPage.getByRole('heading', { name: branchName }).waitFor();
      await screenshot(branchPage, 'cycle-1-my-branch');
      await form.open();
      await screenshot(branchPage, 'cycle-1-self-assessment-empty');

      // Each answer moves the total in the action bar at once, before anything is saved.
      let total = await form.previewTotal();
      const expectPreviewMoved = async () => {
        total = await eventually(async () => {
          const now = await form.previewTotal();
          expect(now).not.toBe(total);
          return now;
        });
      };
      await form.fillNumber('三会一课落实率', 12, '应完成');
      await form.fillNumber('三会一课落实率', 10, '实际完成');
      await expectPreviewMoved();
      await form.evidence('三会一课落实率').fill('支部党员大会、支委会会议记录共 10 份');
      await form.fillNumber('主题党日', 3);
      await expectPreviewMoved();
      await form.choose('组织生活会与民主评议党员', '是');
      await expectPreviewMoved();
      await form.choose('党建工作计划与落实', '好');
      await expectPreviewMoved();
      await form.tick('党建工作责任清单', '清单建立');
      await expectPreviewMoved();
      await form.fillNumber('廉政与警示教育', 2);
      await expectPreviewMoved();
      await form.choose('八项规定自查', '是');
      await expectPreviewMoved();
      await form.fillNumber('人均学习时长（小时/季度）', 8);
      await expectPreviewMoved();
      await form.actionBar.getByText(/\d+ 项修改未保存/).waitFor();
      await screenshot(branchPage, 'cycle-1-self-assessment-filled');

      await form.save();
      // The browser's live score is the server's: the same engine, the same values.
      const saved = await ownAssessment(api);
      expect(saved.status).toBe(start.status);
      expect(score(saved.selfScore?.total)).toBe(await form.previewTotal());

      await form.submit();
      expect((await ownAssessment(api)).status).toBe('SUBMITTED');
      await screenshot(branchPage, 'cycle-1-self-assessment-submitted');
    });

    const reviewerPage = await browser.newPage();
    const review = new ReviewPage(reviewerPage);
    await step('2. the reviewer returns it; the comment is required', async () => {
      await signIn(reviewerPage, 'reviewer');
      await review.openQueue();
      await review.queueRow(branchName).getByText('已提交，待审核').waitFor();
      await screenshot(reviewerPage, 'cycle-2-review-queue');
      await review.openFromQueue(branchName);
      await screenshot(reviewerPage, 'cycle-2-review-detail');

      const dialog = await review.openReturnDialog();
      await dialog.getByRole('button', { name: /^退\s*回$/ }).click();
      await dialog.getByText('请填写退回意见。', { exact: true }).waitFor();
      await screenshot(reviewerPage, 'cycle-2-review-return-comment-required');
      expect((await ownAssessment(api)).status).toBe('SUBMITTED');

      await dialog.getByLabel('退回意见').fill(RETURN_COMMENT);
      await dialog.getByRole('button', { name: /^退\s*回$/ }).click();
      // The lasting signs (back on the queue, the stored status); the 3-second toast is missed under load.
      await reviewerPage.waitForURL((url) => url.pathname === '/review');
      expect((await ownAssessment(api)).status).toBe('RETURNED');
    });

    await step('3. the branch reads the comment, fixes a value and resubmits', async () => {
      await form.open();
      const notice = branchPage.getByRole('alert').filter({ hasText: '审核人退回了本次自评' });
      await notice.getByText(RETURN_COMMENT).waitFor();
      await form.statusTag('已退回修改').waitFor();
      await screenshot(branchPage, 'cycle-3-self-assessment-returned');

      await form.fillNumber('三会一课落实率', 12, '实际完成');
      await form.submit(); // saves the change first, then submits on the saved version
      const resubmitted = await ownAssessment(api);
      expect(resubmitted.status).toBe('SUBMITTED');
      expect(resubmitted.selfScore!.total).toBeGreaterThan(0);
    });

    const beforeApproval = await step('5a. the admin sees the resubmission on the overview', async () => {
      await overview.open(code);
      const shown = await overview.figures(code);
      const truth = await districtScoreboard(api, start.branchId);
      expect(shown).toEqual(expectedFigures(truth));
      expect(shown.rowStatus).toBe('待审核');
      expect(shown.rowTotal).toBe(score((await ownAssessment(api)).selfScore!.total));
      // Submitted once more than at the start (unless it already was then), and now scored.
      expect(shown.awaitingReview).toBe(
        initial.truth.awaitingReview + (initial.truth.branch.status === 'SUBMITTED' ? 0 : 1),
      );
      expect(shown.assessed).toBe(initial.truth.assessed + (initial.truth.branch.total === null ? 1 : 0));
      await screenshot(adminPage, 'cycle-5a-overview-before-approval');
      return shown;
    });

    await step('4. the reviewer adjusts one value and approves', async () => {
      await review.openQueue();
      await review.openFromQueue(branchName);
      // 3 → 2: one short of 3, 5 of the path's points.
      await review.adjustCount('主题党日', 2, '签到表只有 2 次主题党日记录');
      await screenshot(reviewerPage, 'cycle-4-review-adjusted');
      await review.approve('您调整的 1 项将一并保存。');
      await reviewerPage.getByText(`已审核通过：${branchName}。`, { exact: true }).waitFor();
      const approved = await ownAssessment(api);
      expect(approved.status).toBe('APPROVED');
      // 5 points of 组织建设 (weight 30, out of 100) is 1.5 points of the total.
      expect(approved.gap).toBeCloseTo(1.5, 2);
      expect(approved.values.find((v) => v.indicatorCode === 'ORG_THEME_DAYS')).toMatchObject({
        reviewedValue: 2,
        reviewReason: '签到表只有 2 次主题党日记录',
      });
    });

    await step('5b. the admin sees the approval and the reviewed total on the overview', async () => {
      await overview.open(code);
      const shown = await overview.figures(code);
      const truth = await districtScoreboard(api, start.branchId);
      expect(shown).toEqual(expectedFigures(truth));
      expect(shown.rowStatus).toBe('已审核');
      expect(shown.rowTotal).toBe(score((await ownAssessment(api)).officialScore!.total));
      expect(Number(shown.rowTotal)).toBeCloseTo(Number(beforeApproval.rowTotal) - 1.5, 2);
      expect(shown.awaitingReview).toBe(beforeApproval.awaitingReview - 1);
      expect(truth.approved).toBeGreaterThan(initial.truth.approved);
      await screenshot(adminPage, 'cycle-5b-overview-after-approval');
    });
  });
});
