/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { initI18n } from '../../../../test-support/i18n';
import { CHANGE_PERIOD_DEADLINE } from '../../graphql/admin.operations';
import { ChangeDeadlineModal } from './ChangeDeadlineModal';
import { pinDate } from '../../../../test-support/pin-date';

const i18n = initI18n(window.localStorage);
const period = { id: 'p4', code: '2026Q4', deadline: '2027-01-10T16:00:00.000Z' };

// The audit's day: the deadline rules read today's date (test-support/pin-date.ts).
pinDate('2026-12-07T04:00:00Z');

describe('ChangeDeadlineModal', () => {
  it('needs a reason, then sends the deadline and the trimmed reason', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    const changed = jest.fn(() => ({
      data: {
        changePeriodDeadline: {
          __typename: 'Period',
          id: 'p4',
          code: '2026Q4',
          status: 'OPEN',
          deadline: period.deadline,
        },
      },
    }));
    const onClose = jest.fn();
    render(
      <MockedProvider
        mocks={[
          {
            request: {
              query: CHANGE_PERIOD_DEADLINE,
              variables: { periodId: 'p4', deadline: period.deadline, reason: '春节假期顺延' },
            },
            result: changed,
          },
        ]}
      >
        <App>
          <ChangeDeadlineModal period={period} onClose={onClose} />
        </App>
      </MockedProvider>,
    );
    const dialog = await screen.findByRole('dialog');
    // The picker shows the deadline on the district's clock (Beijing), whatever the browser's zone.
    expect(within(dialog).getByDisplayValue('2027-01-11 00:00')).toBeTruthy();
    // …and says what that means, as every list words a deadline.
    expect(within(dialog).getByTestId('deadline-reads').textContent).toBe('即截止于 2027年1月10日 24:00');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: '保存截止时间' }));
    });
    expect(await within(dialog).findByText('请填写修改原因。')).toBeTruthy();
    expect(changed).not.toHaveBeenCalled();

    // The reason takes what the API keeps for it, no more.
    const reason = within(dialog).getByLabelText('修改原因');
    expect(reason.getAttribute('maxlength')).toBe(String(TEXT_LIMITS.deadlineReason));
    fireEvent.change(reason, { target: { value: ' 春节假期顺延 ' } });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: '保存截止时间' }));
    });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(changed).toHaveBeenCalledTimes(1);
    expect(onClose).toHaveBeenCalled();
  }, 60_000);

  // The API refuses these (periods.service assertNewDeadline); the form says why, naming the quarter,
  // and sends nothing. 2026-11-01 is past (today is after it); 2020-01-01 is before 2026Q4 starts.
  it.each([
    [
      'a deadline that has passed',
      '2026-11-01T02:00:00.000Z',
      '截止时间必须晚于当前时间，否则支部一提交即记为逾期。',
    ],
    [
      'a deadline before the quarter',
      '2020-01-01T00:00:00.000Z',
      '截止时间不能早于2026年第四季度的第一天，请检查年份和日期。',
    ],
  ])(
    'refuses %s in the form and sends nothing',
    async (_case, deadline, refusal) => {
      await act(async () => {
        await i18n.changeLanguage('zh-CN');
      });
      render(
        <MockedProvider mocks={[]}>
          <App>
            <ChangeDeadlineModal period={{ ...period, deadline }} onClose={jest.fn()} />
          </App>
        </MockedProvider>,
      );
      const dialog = await screen.findByRole('dialog');
      fireEvent.change(within(dialog).getByLabelText('修改原因'), { target: { value: '调整' } });
      await act(async () => {
        fireEvent.click(within(dialog).getByRole('button', { name: '保存截止时间' }));
      });
      expect(await within(dialog).findByText(refusal)).toBeTruthy();
      // No mutation is mocked: one sent would have failed and shown its own alert instead.
    },
    60_000,
  );
});
