/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { EChartsOption } from 'echarts';
import { initI18n } from '../../../test-support/i18n';
import { type ScoreboardResult, toBranchRows } from '../model/branch-rows';
import { districtScoreboard, TREND } from '../model/test-fixtures';
import { OverviewCharts } from './OverviewCharts';

// ECharts ships ESM only: a stand-in that says which chart was drawn; the data tables are real.
jest.mock('../../../shared/charts', () => ({
  ...jest.requireActual('../../../shared/charts/useChartLang'),
  ...jest.requireActual('../../../shared/charts/useCompactCharts'),
  ...jest.requireActual('../../../shared/charts/ChartDataTable'),
  EChart: ({ label }: { label: string; option: EChartsOption }) => <div role="img" aria-label={label} />,
}));

const i18n = initI18n(window.localStorage);

function renderCharts(scoreboard: ScoreboardResult, rankingMode: 'children' | 'branches' = 'children') {
  const onDrill = jest.fn();
  render(
    <MockedProvider mocks={[]}>
      <OverviewCharts
        scoreboard={scoreboard}
        trend={TREND}
        visibleRows={toBranchRows(scoreboard)}
        rankingMode={rankingMode}
        onRankingModeChange={jest.fn()}
        onDrill={onDrill}
      />
    </MockedProvider>,
  );
  return { onDrill };
}

/** The card (antd Card) titled `title`. */
function card(title: string): HTMLElement {
  return screen.getByText(title, { selector: '.ant-card-head-title' }).closest('.ant-card') as HTMLElement;
}

describe('OverviewCharts', () => {
  beforeAll(async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
  });

  it('shows each chart’s figures as a table behind a keyboard-reachable toggle', () => {
    renderCharts(districtScoreboard());
    const distribution = card('等次分布');
    const toggle = within(distribution).getByRole('button', { name: '查看数据' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const table = screen.getByRole('region', { name: '等次分布：数据表' });
    expect(toggle.getAttribute('aria-controls')).toBe(table.id);
    const rows = within(table)
      .getAllByRole('row')
      .map((r) =>
        within(r)
          .queryAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows.filter((r) => r.length)).toEqual([
      ['优秀', '1', '25.0%'],
      ['良好', '0', '0.0%'],
      ['合格', '2', '50.0%'],
      ['不合格', '0', '0.0%'],
      ['未评', '1', '25.0%'],
    ]);
    // The radar and the trend have theirs too.
    for (const title of ['各路径平均得分率：本季度与上季度', '平均分走势'])
      expect(within(card(title)).getByRole('button', { name: '查看数据' })).toBeTruthy();
  });

  it('opens a sub-unit from the ranking table, as a click on its bar does', () => {
    const { onDrill } = renderCharts(districtScoreboard());
    fireEvent.click(within(card('排名')).getByRole('button', { name: '查看数据' }));
    const table = screen.getByRole('region', { name: '排名：数据表' });
    fireEvent.click(within(table).getByRole('button', { name: '打开 南山镇' }));
    expect(onDrill).toHaveBeenCalledWith({ kind: 'unit', unitId: 'south' });
  });

  it('says there is nothing to rank in a quarter without totals, instead of drawing empty rows', () => {
    const fresh = districtScoreboard();
    const empty: ScoreboardResult = {
      ...fresh,
      children: fresh.children.map((c) => ({ ...c, figures: { ...c.figures, assessed: 0, mean: null } })),
      branches: fresh.branches.map((b) => ({ ...b, total: null, gradeCode: null })),
    };
    renderCharts(empty);
    const ranking = card('排名');
    expect(within(ranking).queryByRole('img')).toBeNull();
    expect(within(ranking).getByText('该单位本季度没有可统计的支部。')).toBeTruthy();
    expect(within(ranking).queryByRole('button', { name: '查看数据' })).toBeNull();
  });
});
