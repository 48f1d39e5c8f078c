/**
 * @jest-environment jsdom
 */
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { act, render, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { initI18n } from '../../test-support/i18n';
import { PERIODS } from '../../shared/assessment-form/graphql/assessment.operations';
import BranchScreen from './BranchScreen';
import { BRANCH_QUARTER, BRANCH_TREND } from './graphql/branch.operations';

// ECharts ships ESM only; the options are libs/charts' concern, this spec is about what the page shows.
jest.mock('../../shared/charts', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const i18n = initI18n(window.localStorage);
const period = (code: string, status: 'OPEN' | 'CLOSED') => ({
  __typename: 'Period',
  id: code,
  code,
  status,
  deadline: '2027-01-10T16:00:00.000Z',
  frameworkId: 'f1',
});
const OTHER = '5b7f2c1e-0a4d-4e8b-9c3f-2d1e0f9a8b7c';
// The API answers a branch out of scope exactly as a missing one.
const notFound = {
  errors: [
    new GraphQLError(`OrgUnit ${OTHER} not found`, {
      extensions: { code: 'NOT_FOUND', entity: 'OrgUnit', id: OTHER },
    }),
  ],
};
// What the API answers an id that is no UUID (UuidPipe).
const malformed = {
  errors: [
    new GraphQLError('branchId must be a UUID', {
      extensions: { code: 'BAD_USER_INPUT', field: 'branchId' },
    }),
  ],
};

describe('BranchScreen', () => {
  it('refuses another branch in words and shows none of its figures', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    const mocks: MockedResponse[] = [
      {
        request: { query: PERIODS },
        result: { data: { periods: [period('2026Q4', 'OPEN'), period('2026Q3', 'CLOSED')] } },
      },
      {
        request: { query: BRANCH_TREND, variables: { branchId: OTHER, from: '2025Q1', to: '2026Q4' } },
        result: notFound,
      },
      {
        request: { query: BRANCH_QUARTER, variables: { branchId: OTHER, period: '2026Q3' } },
        result: notFound,
      },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[`/branches/${OTHER}?period=2026Q3`]}>
          <Routes>
            <Route path="/branches/:branchId" element={<BranchScreen />} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(await screen.findByText('无法查看该支部')).toBeTruthy();
    expect(screen.getByText('未找到所请求的内容，可能已被删除或不在您的管辖范围内。')).toBeTruthy();
    expect(screen.queryByText('总分')).toBeNull();
    expect(screen.queryByText('排名与百分位')).toBeNull();
  });

  it('answers a malformed id as a missing branch, without asking the API and without half a page', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    // No mock for the branch queries: any query for it would fail the page with "No more mocked responses".
    const mocks: MockedResponse[] = [
      {
        request: { query: PERIODS },
        result: { data: { periods: [period('2026Q4', 'OPEN')] } },
      },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={['/branches/not-a-uuid']}>
          <Routes>
            <Route path="/branches/:branchId" element={<BranchScreen />} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(screen.getByText('无法查看该支部')).toBeTruthy();
    expect(screen.getByText('未找到所请求的内容，可能已被删除或不在您的管辖范围内。')).toBeTruthy();
    expect(screen.queryByText('本支部')).toBeNull();
    expect(screen.queryByText(/must be a UUID|branchId/)).toBeNull();
  });

  it('an id the API still refuses as malformed gets the same refusal, without the field name or English', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    const mocks: MockedResponse[] = [
      {
        request: { query: PERIODS },
        result: { data: { periods: [period('2026Q4', 'OPEN')] } },
      },
      {
        request: { query: BRANCH_TREND, variables: { branchId: OTHER, from: '2025Q1', to: '2026Q4' } },
        result: malformed,
      },
      {
        request: { query: BRANCH_QUARTER, variables: { branchId: OTHER, period: '2026Q4' } },
        result: malformed,
      },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[`/branches/${OTHER}`]}>
          <Routes>
            <Route path="/branches/:branchId" element={<BranchScreen />} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(await screen.findByText('无法查看该支部')).toBeTruthy();
    expect(screen.getByText('未找到所请求的内容，可能已被删除或不在您的管辖范围内。')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(/must be a UUID|branchId/)).toBeNull());
    expect(screen.queryByText('本年度暂无年度结果')).toBeNull();
  });
});
