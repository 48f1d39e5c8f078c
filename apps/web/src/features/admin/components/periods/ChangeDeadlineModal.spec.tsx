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

const i18n = initI18n(window.localStorage);
const period = { id: 'p4', code: '2026Q4', deadline: '2027-01-10T16:00:00.000Z' };

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

  it.each([
    [
      'a deadline that has passed: warns that every later submission is late',
      '2026-11-01T02:00:00.000Z',
      true,
    ],
    ['a deadline ahead: no warning', '2099-01-10T16:00:00.000Z', false],
  ])(
    '%s',
    async (_case, deadline, warned) => {
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
      expect(within(dialog).queryByText('这个时间已经过去：此后提交的支部都会记为逾期。') !== null).toBe(
        warned,
      );
    },
    60_000,
  );
});
