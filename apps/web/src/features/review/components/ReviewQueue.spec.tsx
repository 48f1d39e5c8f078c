/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { act, fireEvent, render, screen } from '@testing-library/react';
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

const firstPage = {
  period: '2026Q4',
  status: 'SUBMITTED',
  sortBy: 'SUBMITTED_AT',
  descending: false,
  offset: 0,
  limit: 20,
  search: null,
};

const row = (code: string, openFlags: number) => ({
  __typename: 'ReviewQueueRow',
  assessmentId: `a-${code}`,
  branchId: `b-${code}`,
  branchCode: code,
  branchName: `${code} 党支部`,
  periodCode: '2026Q4',
  sector: 'COMMUNITY',
  status: 'SUBMITTED',
  submittedAt: '2026-12-20T02:00:00.000Z',
  onTime: true,
  selfTotal: 88.5,
  selfGrade: {
    __typename: 'ScoreGrade',
    code: 'GOOD',
    name: { __typename: 'LocalizedText', zh: '良好', en: 'Good' },
  },
  completeness: 1,
  openFlags,
  inflation: null,
  inflationQuarters: 0,
});

const annual = {
  request: { query: ANNUAL_CLAIMS_TO_REVIEW, variables: { year: 2026 } },
  result: { data: { annualClaimsToReview: [] } },
};

describe('ReviewQueue', () => {
  it("shows the server's page and asks the server for the risk order and the next page", async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    const page = (vars: Partial<typeof firstPage>, rows: ReturnType<typeof row>[]) => ({
      request: { query: REVIEW_QUEUE, variables: { ...firstPage, ...vars } },
      result: {
        data: {
          reviewQueue: { __typename: 'ReviewQueuePage', totalCount: 45, offset: vars.offset ?? 0, rows },
        },
      },
    });
    render(
      <MockedProvider
        mocks={[
          { request: { query: PERIODS }, result: { data: { periods } } },
          page({}, [row('A01', 0), row('A02', 1)]),
          page({ sortBy: 'RISK' }, [row('R01', 3)]),
          page({ sortBy: 'RISK', offset: 20 }, [row('R21', 0)]),
          annual,
        ]}
      >
        <MemoryRouter initialEntries={['/review']}>
          <ReviewQueue />
        </MemoryRouter>
      </MockedProvider>,
    );
    await screen.findByText('A01 党支部');
    // The total is the server's, not the rows it sent.
    expect(screen.getByText('共 45 份')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '按风险排序' }));
    await screen.findByText('R01 党支部');
    fireEvent.click(screen.getByTitle('2'));
    await screen.findByText('R21 党支部');
  });

  it('goes to the last page when the page asked for is past the end (its rows were reviewed meanwhile)', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    const asked: number[] = [];
    const page = (offset: number, totalCount: number, rows: ReturnType<typeof row>[]) => ({
      request: { query: REVIEW_QUEUE, variables: { ...firstPage, offset } },
      result: () => {
        asked.push(offset);
        return { data: { reviewQueue: { __typename: 'ReviewQueuePage', totalCount, offset, rows } } };
      },
      maxUsageCount: 5,
    });
    render(
      <MockedProvider
        mocks={[
          { request: { query: PERIODS }, result: { data: { periods } } },
          page(40, 20, []),
          page(0, 20, [row('L01', 0)]),
          annual,
        ]}
      >
        <MemoryRouter initialEntries={['/review?page=3']}>
          <ReviewQueue />
        </MemoryRouter>
      </MockedProvider>,
    );
    await screen.findByText('L01 党支部', undefined, { timeout: 10_000 });
    expect(screen.queryByText('该季度没有符合条件的自评。')).toBeNull();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(asked).toEqual([40, 0]); // once each: no loop between the two
  }, 30_000);

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
            request: { query: REVIEW_QUEUE, variables: { ...firstPage } },
            result: {
              data: { reviewQueue: { __typename: 'ReviewQueuePage', totalCount: 0, offset: 0, rows: [] } },
            },
            delay: 60_000,
          },
          annual,
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
