/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { initI18n } from '../../../../test-support/i18n';
import { REOPEN_PERIOD } from '../../graphql/admin.operations';
import { ReopenPeriodModal, yearIsFrozen } from './ReopenPeriodModal';

const i18n = initI18n(window.localStorage);

describe('yearIsFrozen', () => {
  it('is true only when the four quarters of the year exist and are closed', () => {
    const closed = ['2026Q1', '2026Q2', '2026Q3', '2026Q4'].map((code) => ({ code, status: 'CLOSED' }));
    expect(yearIsFrozen(closed, 2026)).toBe(true);
    expect(yearIsFrozen([...closed.slice(0, 3), { code: '2026Q4', status: 'OPEN' }], 2026)).toBe(false);
    expect(yearIsFrozen(closed.slice(0, 3), 2026)).toBe(false);
    expect(yearIsFrozen(closed, 2025)).toBe(false);
  });
});

describe('ReopenPeriodModal', () => {
  it('needs a reason, says the frozen year becomes CHANGED, and sends the trimmed reason', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    const reopened = jest.fn(() => ({
      data: {
        reopenPeriod: { __typename: 'Period', id: 'p4', code: '2026Q4', status: 'OPEN', closedAt: null },
      },
    }));
    const onClose = jest.fn();
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: REOPEN_PERIOD, variables: { periodId: 'p4', reason: '巡察结论更正' } },
            result: reopened,
          },
        ]}
      >
        <App>
          <ReopenPeriodModal period={{ id: 'p4', code: '2026Q4' }} yearFrozen onClose={onClose} />
        </App>
      </MockedProvider>,
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('reopen-year-frozen').textContent).toContain(
      '2026年度结果已定稿。重新开启后，年度结果将标记为“已变更”',
    );
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: /重新开启/ }));
    });
    expect(await within(dialog).findByText('请填写重新开启的原因。')).toBeTruthy();
    expect(reopened).not.toHaveBeenCalled();

    fireEvent.change(within(dialog).getByLabelText('重新开启的原因'), {
      target: { value: ' 巡察结论更正 ' },
    });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: /重新开启/ }));
    });
    expect(await screen.findByText(/2026年度结果已标记为“已变更”/)).toBeTruthy();
    expect(reopened).toHaveBeenCalledTimes(1);
    expect(onClose).toHaveBeenCalled();
  }, 60_000);
});
