/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { initI18n } from '../../../test-support/i18n';
import { TrendCard } from './BranchCharts';

// ECharts ships ESM only: this spec is about the card's title, not the chart.
jest.mock('../../../shared/charts', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
  useCompactCharts: () => false,
}));
jest.mock('../../annual', () => ({
  AnnualTrendChart: () => <div role="img" aria-label="annual" />,
}));

const i18n = initI18n(window.localStorage);

describe('TrendCard', () => {
  it('is titled by what it shows: quarters, or years once the year option is chosen', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    render(
      <MockedProvider mocks={[]}>
        <TrendCard
          trend={[{ period: '2026Q3', mean: 80, pathMeans: [] }]}
          annual={{ branchId: 'b1', fromYear: 2025, toYear: 2026 }}
        />
      </MockedProvider>,
    );
    expect(screen.getByText('历季度总分')).toBeTruthy();
    fireEvent.click(screen.getByText('按年度'));
    expect(await screen.findByText('历年度总分')).toBeTruthy();
    expect(screen.queryByText('历季度总分')).toBeNull();
  });
});
