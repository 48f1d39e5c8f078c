/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { initI18n } from '../../../../test-support/i18n';
import { PERIOD_LIST } from '../../../../shared/org/org-period.operations';
import { ADMIN_FRAMEWORKS } from '../../graphql/admin.operations';
import { CLOSE_PERIOD_CONFIRMED, PERIOD_CLOSE_CHECK } from './period-close.operations';
import { PeriodsTab } from './PeriodsTab';
import { pinDate } from '../../../../test-support/pin-date';

const i18n = initI18n(window.localStorage);

const q4 = {
  __typename: 'Period' as const,
  id: 'p4',
  code: '2026Q4',
  status: 'OPEN',
  deadline: '2027-01-10T16:00:00.000Z',
  frameworkId: 'f1',
  closedAt: null,
};

const check = {
  __typename: 'PeriodCloseCheck' as const,
  periodId: 'p4',
  code: '2026Q4',
  deadline: q4.deadline,
  deadlinePassed: false,
  completesYear: true,
  needsForce: ['BEFORE_DEADLINE', 'SUBMITTED_UNREVIEWED'],
  counts: {
    __typename: 'PeriodAssessmentCounts' as const,
    draft: 20,
    submitted: 29,
    returned: 9,
    approved: 21,
  },
};

// The audit's day: the deadline rules read today's date (test-support/pin-date.ts).
pinDate('2026-12-07T04:00:00Z');

describe('PeriodsTab: closing a quarter', () => {
  it('shows what is outstanding and that the year finalizes, then closes with force only once confirmed', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    const closed = jest.fn(() => ({
      data: {
        closePeriod: {
          __typename: 'Period',
          id: 'p4',
          code: '2026Q4',
          status: 'CLOSED',
          closedAt: '2026-12-07T04:00:00.000Z',
        },
      },
    }));
    render(
      <MockedProvider
        mocks={[
          { request: { query: PERIOD_LIST }, result: { data: { periods: [q4] } } },
          { request: { query: ADMIN_FRAMEWORKS }, result: { data: { frameworks: [] } } },
          {
            request: { query: PERIOD_CLOSE_CHECK, variables: { periodId: 'p4' } },
            result: { data: { periodCloseCheck: check } },
          },
          {
            request: { query: CLOSE_PERIOD_CONFIRMED, variables: { periodId: 'p4', force: true } },
            result: closed,
          },
        ]}
      >
        <App>
          <PeriodsTab />
        </App>
      </MockedProvider>,
    );
    // antd spaces a two-character Chinese label ("关 闭").
    const close = await screen.findByRole('button', { name: /^关\s?闭$/ });
    await act(async () => {
      fireEvent.click(close);
    });
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('close-counts').textContent).toBe(
      '尚未审核通过的考评 58 份：未提交 20 份，已提交待审核 29 份，已退回待修改 9 份（已通过 21 份）。',
    );
    expect(within(dialog).getByTestId('close-before-deadline').textContent).toContain('2027年1月10日 24:00');
    expect(within(dialog).getByTestId('close-unreviewed').textContent).toContain('29 份已提交的考评尚未审核');
    expect(within(dialog).getByTestId('close-finalizes-year').textContent).toContain('2026年度');
    // The branches are told: the admin need not tell them (they once had to).
    expect(within(dialog).getByTestId('close-notifies').textContent).toContain(
      '关闭后系统将通知各党支部书记',
    );
    expect(closed).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: '仍要关闭' }));
    });
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(closed).toHaveBeenCalledTimes(1);
  });
});
