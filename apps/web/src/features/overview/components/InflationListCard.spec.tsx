/**
 * @jest-environment jsdom
 */
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { INFLATION_LEADERS } from '../../../shared/quality/quality.operations';
import { initI18n } from '../../../test-support/i18n';
import { InflationListCard } from './InflationListCard';

const i18n = initI18n(window.localStorage);

const leader = (code: string, name: string, inflation: number) => ({
  __typename: 'InflationLeader',
  assessmentId: `a-${code}`,
  branchId: `b-${code}`,
  branchCode: code,
  branchName: name,
  inflation,
  inflationQuarters: 2,
});

describe('InflationListCard', () => {
  it('asks the server for the top 10 only and lists them in its order', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    let asked = 0;
    const mocks: MockedResponse[] = [
      {
        // Bounded on the server: the card never downloads every branch of the district.
        request: { query: INFLATION_LEADERS, variables: { period: '2026Q4', limit: 10 } },
        result: () => {
          asked += 1;
          return { data: { inflationLeaders: [leader('B2', '第二支部', 6.5), leader('B1', '第一支部', 3)] } };
        },
      },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <MemoryRouter>
          <InflationListCard period="2026Q4" />
        </MemoryRouter>
      </MockedProvider>,
    );
    // Loading is not "no inflation": the card is busy, and says nothing yet.
    expect(screen.getByTestId('inflation-list').getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByText(i18n.t('quality.committeeEmpty'))).toBeNull();
    const links = await screen.findAllByRole('link');
    expect(screen.getByTestId('inflation-list').getAttribute('aria-busy')).toBe('false');
    expect(links.map((a) => a.textContent)).toEqual(['第二支部', '第一支部']);
    expect(asked).toBe(1);
  });
});
