/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { initI18n } from '../../../test-support/i18n';
import { assessmentFixture } from '../../../shared/assessment-form/testing/assessment-fixture';
import { REVIEW_ASSESSMENT } from '../graphql/review.operations';
import { renderWorkspace, submitted } from '../testing/workspace-harness';

const i18n = initI18n(window.localStorage);

describe('ReviewWorkspace', () => {
  beforeEach(async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
  });

  it('sends the reviewer’s adjustment with the approval and goes back to the list', async () => {
    const approved = assessmentFixture({
      ...submitted,
      status: 'APPROVED',
      version: 5,
      values: [
        { indicatorCode: 'ORG_THEME_DAYS', selfValue: 3, reviewedValue: 2, reviewReason: '第三次无活动记录' },
      ],
    });
    renderWorkspace([
      {
        request: {
          query: REVIEW_ASSESSMENT,
          variables: {
            assessmentId: 'a1',
            expectedVersion: 4,
            decision: 'APPROVE',
            reviewedValues: [{ indicatorCode: 'ORG_THEME_DAYS', value: 2, reason: '第三次无活动记录' }],
            comment: null,
          },
        },
        result: { data: { reviewAssessment: approved } },
      },
    ]);
    expect(screen.getByText('佐证说明：会议记录')).toBeTruthy();
    // The branch's file beside its value, with the plausibility flag explained, and the archive.
    const files = within(screen.getByTestId('review-evidence-ORG_MEETINGS'));
    expect(await files.findByText('支委会会议记录.pdf')).toBeTruthy();
    expect(files.getByText('其他支部上传过完全相同的文件')).toBeTruthy();
    expect(files.getByText('另外 1 个支部上传了完全相同的文件。')).toBeTruthy();
    expect(
      within(screen.getByTestId('review-evidence-ORG_THEME_DAYS')).getByText('支部未上传佐证材料'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: /下载全部佐证材料（ZIP）/ })).toBeTruthy();
    fireEvent.change(screen.getByRole('spinbutton', { name: '主题党日' }), { target: { value: '2' } });
    expect(screen.getAllByText('已调整 1 项').length).toBeGreaterThan(0);
    // Not without the reason: the row asks for it, and neither decision goes ahead.
    fireEvent.click(screen.getByRole('button', { name: /审核通过/ }));
    expect(await screen.findByText('有 1 项调整未填写调整理由（已标红），请先填写。')).toBeTruthy();
    expect(screen.getByText('请填写调整理由。')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /退回修改/ }));
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: '调整理由' }), {
      target: { value: '第三次无活动记录' },
    });
    fireEvent.click(screen.getByRole('button', { name: /审核通过/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('您调整的 1 项将一并保存。')).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: /审核通过/ }));
    });
    expect(await screen.findByText('审核列表')).toBeTruthy();
  }, 90_000);

  it('does not return without a comment saying what to fix', async () => {
    renderWorkspace([]);
    fireEvent.click(screen.getByRole('button', { name: /退回修改/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /退\s*回/ }));
    expect(await within(dialog).findByText('请填写退回意见。')).toBeTruthy();
  }, 90_000);

  it('says a wrongly entered reviewed value is not scored yet, instead of calling it unanswered', () => {
    renderWorkspace([]);
    const themeDays = screen.getByRole('spinbutton', { name: '主题党日' });
    fireEvent.change(themeDays, { target: { value: '-2' } });
    const section = themeDays.closest('section')!;
    expect(within(section).getByText('审核值有误，改正后才计分。')).toBeTruthy();
    expect(within(section).queryByText(/未填写/)).toBeNull();
  }, 60_000);
});
