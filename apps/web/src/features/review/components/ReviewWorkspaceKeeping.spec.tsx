/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { sessionStore } from '../../auth';
import { initI18n } from '../../../test-support/i18n';
import { ASSESSMENT } from '../../../shared/assessment-form/graphql/assessment.operations';
import { assessmentFixture } from '../../../shared/assessment-form/testing/assessment-fixture';
import { REVIEW_ASSESSMENT } from '../graphql/review.operations';
import { renderWorkspace, submitted } from '../testing/workspace-harness';

// What happens to the reviewer's unsent work: a decision that lost the race to another tab, a
// version clash, leaving the page, and a reload.

const i18n = initI18n(window.localStorage);

const themeDays = () => screen.getByRole('spinbutton', { name: '主题党日' }) as HTMLInputElement;
const conflictError = { errors: [new GraphQLError('conflict', { extensions: { code: 'CONFLICT' } })] };
const loadMock = (assessment: unknown) => ({
  request: { query: ASSESSMENT, variables: { branchId: 'b1', period: '2026Q4' } },
  result: { data: { assessment } },
});
const approveMock = (expectedVersion: number, reviewedValues: unknown[], result: object) => ({
  request: {
    query: REVIEW_ASSESSMENT,
    variables: { assessmentId: 'a1', expectedVersion, decision: 'APPROVE', reviewedValues, comment: null },
  },
  result,
});

async function approve() {
  fireEvent.click(screen.getByRole('button', { name: /审核通过/ }));
  const dialog = await screen.findByRole('dialog');
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: /审核通过/ }));
  });
}

function adjustThemeDays(value: string, reason: string) {
  fireEvent.change(themeDays(), { target: { value } });
  fireEvent.change(screen.getByRole('textbox', { name: '调整理由' }), { target: { value: reason } });
}

describe('ReviewWorkspace: unsent work', () => {
  beforeEach(async () => {
    window.localStorage.clear();
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
  });

  it('after another tab approved first, shows who decided and the saved figures, not the lost adjustment', async () => {
    const approvedElsewhere = assessmentFixture({
      ...submitted,
      status: 'APPROVED',
      version: 5,
      history: [
        {
          fromStatus: 'DRAFT',
          toStatus: 'SUBMITTED',
          at: '2026-10-18T02:00:00.000Z',
          actorName: '书记',
          comment: null,
        },
        {
          fromStatus: 'SUBMITTED',
          toStatus: 'APPROVED',
          at: '2026-11-21T06:30:00.000Z',
          actorName: '王审核',
          comment: null,
        },
      ],
    });
    renderWorkspace(
      [
        loadMock(submitted),
        approveMock(4, [{ indicatorCode: 'ORG_THEME_DAYS', value: 2, reason: '少一次' }], conflictError),
        loadMock(approvedElsewhere),
      ],
      null,
    );
    await screen.findByRole('spinbutton', { name: '主题党日' });
    adjustThemeDays('2', '少一次');
    await approve();

    const notice = await screen.findByTestId('decided-elsewhere', {}, { timeout: 5000 });
    expect(within(notice).getByText('在您提交之前，这份自评已被审核通过')).toBeTruthy();
    expect(within(notice).getByText(/办理人：王审核，办理时间：2026/)).toBeTruthy();
    // The saved figures: the branch's 3, no "已调整", no reason, no count of adjustments.
    expect(screen.queryByText('已调整')).toBeNull();
    expect(screen.queryByText(/少一次/)).toBeNull();
    expect(screen.queryByText(/已调整 1 项/)).toBeNull();
    expect(screen.queryByRole('spinbutton', { name: '主题党日' })).toBeNull();
    // Nothing offered that cannot work: no decision buttons, no "再点保存" conflict notice.
    expect(screen.queryByRole('button', { name: /审核通过|退回修改/ })).toBeNull();
    expect(screen.queryByText(/再点“保存”/)).toBeNull();
    expect(screen.queryByText('审核期间，这份自评被他人改动过')).toBeNull();
  }, 90_000);

  it('on a version clash without a decision, keeps the adjustment and names the buttons this screen has', async () => {
    const changed = assessmentFixture({ ...submitted, version: 5 });
    renderWorkspace([
      approveMock(4, [{ indicatorCode: 'ORG_THEME_DAYS', value: 2, reason: '少一次' }], conflictError),
      loadMock(changed),
    ]);
    adjustThemeDays('2', '少一次');
    await approve();

    expect(await screen.findByText('审核期间，这份自评被他人改动过', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(/然后再点“审核通过”或“退回修改”/)).toBeTruthy();
    expect(screen.queryByText(/再点“保存”/)).toBeNull();
    expect(themeDays().value).toBe('2');
    expect(screen.getByRole('button', { name: /审核通过/ })).toBeTruthy();
  }, 90_000);

  it('asks before leaving with an adjustment, and brings it back with its reason after a reload', async () => {
    sessionStore.start({
      token: 't',
      expiresAt: '2999-01-01T00:00:00.000Z',
      user: {
        id: 'u9',
        username: 'dc',
        displayName: '审核员',
        role: 'REVIEWER',
        scopeUnit: { id: 's1', name: '东城街道' },
      },
    });
    const { router, unmount } = renderWorkspace([]);
    adjustThemeDays('2', '少一次');
    fireEvent.click(screen.getByRole('link', { name: '返回审核列表' }));
    // antd repeats a confirm's title for screen readers
    expect(await screen.findAllByText('有 1 项调整或意见尚未提交')).not.toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: '留在本页' }));
    await act(async () => {});
    expect(router.state.location.pathname).toBe('/review/b1');

    unmount(); // a reload: only the device's copy is left
    renderWorkspace([]);
    expect(themeDays().value).toBe('2');
    expect((screen.getByRole('textbox', { name: '调整理由' }) as HTMLTextAreaElement).value).toBe('少一次');
    expect(screen.getByText(/在本机做的审核调整（尚未提交）/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /放弃这些内容/ }));
    expect(themeDays().value).toBe('3');
    expect(screen.queryByText(/在本机做的审核调整/)).toBeNull();
    sessionStore.end('logout');
  }, 90_000);

  it('drops the device copy once the decision went through, and does not ask on the way back', async () => {
    sessionStore.start({
      token: 't',
      expiresAt: '2999-01-01T00:00:00.000Z',
      user: {
        id: 'u9',
        username: 'dc',
        displayName: '审核员',
        role: 'REVIEWER',
        scopeUnit: { id: 's1', name: '东城街道' },
      },
    });
    const approved = assessmentFixture({ ...submitted, status: 'APPROVED', version: 5 });
    renderWorkspace([
      approveMock(4, [{ indicatorCode: 'ORG_THEME_DAYS', value: 2, reason: '少一次' }], {
        data: { reviewAssessment: approved },
      }),
    ]);
    adjustThemeDays('2', '少一次');
    expect(window.localStorage.getItem('pathboard.reviewDraft.u9.a1')).not.toBeNull();
    await approve();
    expect(await screen.findByText('审核列表')).toBeTruthy();
    expect(screen.queryByText('有 1 项调整或意见尚未提交')).toBeNull();
    expect(window.localStorage.getItem('pathboard.reviewDraft.u9.a1')).toBeNull();
    sessionStore.end('logout');
  }, 90_000);

  it('keeps nothing of an assessment typed on an older submission', async () => {
    sessionStore.start({
      token: 't',
      expiresAt: '2999-01-01T00:00:00.000Z',
      user: {
        id: 'u9',
        username: 'dc',
        displayName: '审核员',
        role: 'REVIEWER',
        scopeUnit: { id: 's1', name: '东城街道' },
      },
    });
    const { unmount } = renderWorkspace([]);
    adjustThemeDays('2', '少一次');
    unmount();
    renderWorkspace([], assessmentFixture({ ...submitted, version: 7 })); // returned and resubmitted since
    expect(themeDays().value).toBe('3');
    expect(screen.queryByText(/在本机做的审核调整/)).toBeNull();
    sessionStore.end('logout');
  }, 90_000);
});
