/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { initI18n } from '../../../test-support/i18n';
import { PERIODS } from '../../../shared/assessment-form/graphql/assessment.operations';
import { REVIEW_QUEUE } from '../graphql/review.operations';
import { ANNUAL_CLAIMS_TO_REVIEW } from '../../annual/graphql/annual-items.operations';
import { ReviewQueue } from './ReviewQueue';

// ECharts ships ESM only; the annual feature's index (the queue's 年度事项待审核) brings the charts in.
jest.mock('../../../shared/charts', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const i18n = initI18n(window.localStorage);
const periods = [
  {
    __typename: 'Period',
    id: 'p4',
    code: '2026Q4',
    status: 'OPEN',
    deadline: '2027-01-10T16:00:00.000Z',
    frameworkId: 'f1',
  },
];

describe('ReviewQueue', () => {
  it('does not say there is nothing to review while the list is still loading', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    render(
      <MockedProvider
        mocks={[
          { request: { query: PERIODS }, result: { data: { periods } } },
          // The list is slow to come: the test looks at the screen meanwhile.
          {
            request: { query: REVIEW_QUEUE, variables: { period: '2026Q4', status: 'SUBMITTED' } },
            result: { data: { assessments: [] } },
            delay: 60_000,
          },
          {
            request: { query: ANNUAL_CLAIMS_TO_REVIEW, variables: { year: 2026 } },
            result: { data: { annualClaimsToReview: [] } },
          },
        ]}
      >
        <MemoryRouter initialEntries={['/review']}>
          <ReviewQueue />
        </MemoryRouter>
      </MockedProvider>,
    );
    await screen.findByRole('combobox', { name: '状态' });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    expect(screen.queryByText('该季度没有符合条件的自评。')).toBeNull();
  }, 60_000);
});
