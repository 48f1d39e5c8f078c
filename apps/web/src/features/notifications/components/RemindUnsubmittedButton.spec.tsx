/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { fireEvent, render, screen } from '@testing-library/react';
import { App } from 'antd';
import { initI18n } from '../../../test-support/i18n';
import { REMIND_UNSUBMITTED } from '../graphql/notifications.operations';
import { RemindUnsubmittedButton } from './RemindUnsubmittedButton';

initI18n(window.localStorage);

function renderWith(result: { remindedBranchIds: string[]; alreadyRemindedBranchIds: string[] }) {
  const unitId = '00000000-0000-4000-8000-0000000000aa';
  const reminded = jest.fn(() => ({
    data: { remindUnsubmitted: { __typename: 'ReminderResult', day: '2026-04-08', ...result } },
  }));
  render(
    <MockedProvider
      mocks={[
        {
          request: { query: REMIND_UNSUBMITTED, variables: { period: '2026Q1', scopeUnitId: unitId } },
          result: reminded,
        },
      ]}
    >
      <App>
        <RemindUnsubmittedButton period="2026Q1" unitId={unitId} />
      </App>
    </MockedProvider>,
  );
  return reminded;
}

it('reminds the unsubmitted branches under the unit on screen after a confirmation', async () => {
  const reminded = renderWith({ remindedBranchIds: ['b1', 'b2'], alreadyRemindedBranchIds: ['b3'] });
  fireEvent.click(screen.getByTestId('remind-unsubmitted'));
  expect(reminded).not.toHaveBeenCalled();
  fireEvent.click(await screen.findByRole('button', { name: /OK|确\s*定/ }));
  expect(await screen.findByText('已催报 2 个支部')).toBeTruthy();
  expect(await screen.findByText('1 个支部今日已催报过')).toBeTruthy();
  expect(reminded).toHaveBeenCalledTimes(1);
});

it('a second 催报 the same day says only that the branches were reminded already', async () => {
  const reminded = renderWith({ remindedBranchIds: [], alreadyRemindedBranchIds: ['b1', 'b2', 'b3'] });
  fireEvent.click(screen.getByTestId('remind-unsubmitted'));
  fireEvent.click(await screen.findByRole('button', { name: /OK|确\s*定/ }));
  expect(await screen.findByText('3 个支部今日已催报过')).toBeTruthy();
  expect(reminded).toHaveBeenCalledTimes(1);
  expect(screen.queryByText(/已催报 \d+ 个支部/)).toBeNull();
});
