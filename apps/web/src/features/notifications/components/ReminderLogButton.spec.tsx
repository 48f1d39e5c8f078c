/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { fireEvent, render, screen } from '@testing-library/react';
import { initI18n } from '../../../test-support/i18n';
import { SUBMISSION_REMINDERS } from '../graphql/notifications.operations';
import { ReminderLogButton } from './ReminderLogButton';

initI18n(window.localStorage);

it('lists who was reminded of the quarter, and when (district time)', async () => {
  const mocks = [
    {
      request: { query: SUBMISSION_REMINDERS, variables: { period: '2026Q1' } },
      result: {
        data: {
          submissionReminders: [
            {
              __typename: 'BranchReminder',
              branchId: 'b1',
              branchName: '幸福社区党支部',
              day: '2026-04-08',
              at: '2026-04-08T01:30:00.000Z',
            },
          ],
        },
      },
    },
  ];
  render(
    <MockedProvider mocks={mocks}>
      <ReminderLogButton period="2026Q1" />
    </MockedProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: '催报记录' }));
  expect(await screen.findByText('幸福社区党支部')).toBeTruthy();
  expect(screen.getByText(/2026.*09:30/)).toBeTruthy();
});
