/**
 * @jest-environment jsdom
 */
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { EChartsOption } from 'echarts';
import { heatmapMinWidth } from '@pathboard/charts';
import { initI18n } from '../../../test-support/i18n';
import { restoreViewport, setViewport } from '../../../test-support/viewport';
import { OVERVIEW_INDICATOR_MATRIX } from '../graphql/indicator-matrix.operations';
import { toBranchRows } from '../model/branch-rows';
import { districtScoreboard } from '../model/test-fixtures';
import { HeatmapCard } from './HeatmapCard';

// ECharts ships ESM only: the spec reads the option handed to the chart instead of a canvas; the
// data tables are real.
jest.mock('../../../shared/charts', () => ({
  ...jest.requireActual('../../../shared/charts/useChartLang'),
  ...jest.requireActual('../../../shared/charts/useCompactCharts'),
  ...jest.requireActual('../../../shared/charts/ChartDataTable'),
  EChart: ({ label, option }: { label: string; option: EChartsOption }) => (
    <div role="img" aria-label={label} data-x={JSON.stringify((option.xAxis as { data: string[] }).data)} />
  ),
}));

const i18n = initI18n(window.localStorage);

/** The texts of a data table: its column titles, then each row's cells. */
function tableTexts(region: HTMLElement): string[][] {
  const titles = within(region)
    .getAllByRole('columnheader')
    .map((c) => c.textContent ?? '');
  const rows = within(region)
    .getAllByRole('row')
    .map((r) =>
      within(r)
        .queryAllByRole('cell')
        .map((c) => c.textContent ?? ''),
    )
    .filter((cells) => cells.length);
  return [titles, ...rows];
}

describe('HeatmapCard', () => {
  it('switches from paths to one path’s indicators, asking the server only then', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    const scoreboard = districtScoreboard();
    const rows = toBranchRows(scoreboard);
    const ids = rows.map((r) => r.id);
    const request = {
      query: OVERVIEW_INDICATOR_MATRIX,
      // Only the table page's branches: the heatmap pages with the table.
      variables: { unitId: 'district', period: scoreboard.period, pathCode: 'ORG', branchIds: ids },
    };
    let asked = 0;
    const mocks: MockedResponse[] = [
      {
        request,
        result: () => {
          asked += 1;
          return {
            data: {
              indicatorMatrix: {
                __typename: 'IndicatorMatrix',
                period: scoreboard.period,
                path: { __typename: 'FrameworkPathInfo', code: 'ORG' },
                indicators: [
                  {
                    __typename: 'IndicatorMatrixColumn',
                    code: 'M',
                    rule: 'ratio',
                    maxPoints: 25,
                    name: { __typename: 'LocalizedText', zh: '三会一课', en: 'Meetings' },
                  },
                  {
                    __typename: 'IndicatorMatrixColumn',
                    code: 'V',
                    rule: 'veto',
                    maxPoints: 0,
                    name: { __typename: 'LocalizedText', zh: '一票否决', en: 'Veto' },
                  },
                ],
                branches: ids.slice(0, 2).map((id) => ({
                  __typename: 'IndicatorMatrixBranch',
                  id,
                  points: [20, 0],
                  maxPoints: [25, 0],
                })),
              },
            },
          };
        },
      },
    ];
    const onDrill = jest.fn();
    render(
      <MockedProvider mocks={mocks}>
        <HeatmapCard scoreboard={scoreboard} visibleRows={rows} onDrill={onDrill} />
      </MockedProvider>,
    );
    expect(screen.getByText('支部 × 路径得分率')).toBeTruthy();
    expect(asked).toBe(0);

    fireEvent.mouseDown(screen.getByRole('combobox', { name: '热力图显示内容' }));
    fireEvent.click(await screen.findByText('组织建设：各指标'));

    await waitFor(() => expect(screen.getByText('支部 × 组织建设指标得分')).toBeTruthy());
    const chart = await screen.findByRole('img', { name: '支部 × 组织建设指标得分图表' });
    // Vetoes carry no points and get no column.
    expect(JSON.parse(chart.getAttribute('data-x')!)).toEqual(['三会一课']);
    expect(screen.getByText(/已报送的 2 个支部/)).toBeTruthy();
    expect(asked).toBe(1);

    // The indicator view's table: the reported branches, points over the reach, no veto column.
    fireEvent.click(screen.getByRole('button', { name: '查看数据' }));
    const region = screen.getByRole('region', { name: '支部 × 组织建设指标得分：数据表' });
    expect(tableTexts(region)).toEqual([
      ['支部', '三会一课'],
      ['滨江社区党支部', '20.00 / 25.00'],
      ['银杏社区党支部', '20.00 / 25.00'],
    ]);
    fireEvent.click(within(region).getByRole('button', { name: '打开 银杏社区党支部' }));
    expect(onDrill).toHaveBeenCalledWith({ kind: 'branch', branchId: 'b2' });
  });

  it.each([
    ['a phone', 'phone', true],
    ['a desktop', 'wide', false],
  ] as const)(
    'on %s keeps the chart as wide as its columns need (the card scrolls sideways below that)',
    async (_label, viewport, compact) => {
      setViewport(viewport);
      try {
        const scoreboard = districtScoreboard();
        const rows = toBranchRows(scoreboard);
        render(
          <MockedProvider mocks={[]}>
            <HeatmapCard scoreboard={scoreboard} visibleRows={rows} onDrill={() => undefined} />
          </MockedProvider>,
        );
        const paths = scoreboard.paths.length;
        const inner = screen.getByRole('img', { name: '支部 × 路径得分率图表' }).parentElement!;
        expect(inner.style.minWidth).toBe(`${heatmapMinWidth('paths', paths, rows.length, compact)}px`);
        expect(inner.parentElement!.style.overflowX).toBe('auto');
      } finally {
        restoreViewport();
      }
    },
  );

  it.each([
    [
      'zh-CN',
      { show: '查看数据', region: '支部 × 路径得分率：数据表', open: '打开 南岗村党支部' },
      [
        ['支部', '组织建设', '党内监督'],
        // The table's order (here reversed), and '-' where the chart leaves a cell blank.
        ['北塘村党支部', '-', '-'],
        ['南岗村党支部', '70.0%', '50.0%'],
        ['银杏社区党支部', '80.0%', '90.0%'],
        ['滨江社区党支部', '96.0%', '94.0%'],
      ],
    ],
    [
      'en',
      { show: 'View data', region: 'Branches × paths (score %): data table', open: 'Open 南岗村党支部' },
      [
        ['Branch', 'Organization', 'Supervision'],
        ['北塘村党支部', '-', '-'],
        ['南岗村党支部', '70.0%', '50.0%'],
        ['银杏社区党支部', '80.0%', '90.0%'],
        ['滨江社区党支部', '96.0%', '94.0%'],
      ],
    ],
  ] as const)(
    '(%s) shows the heatmap’s figures behind the data toggle; a branch’s name opens it as a click on its cells does',
    async (language, names, expected) => {
      await act(async () => {
        await i18n.changeLanguage(language);
      });
      try {
        const scoreboard = districtScoreboard();
        const rows = toBranchRows(scoreboard).reverse();
        const onDrill = jest.fn();
        render(
          <MockedProvider mocks={[]}>
            <HeatmapCard scoreboard={scoreboard} visibleRows={rows} onDrill={onDrill} />
          </MockedProvider>,
        );
        const toggle = screen.getByRole('button', { name: names.show });
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        fireEvent.click(toggle);
        const region = screen.getByRole('region', { name: names.region });
        expect(toggle.getAttribute('aria-controls')).toBe(region.id);
        expect(tableTexts(region)).toEqual(expected);
        fireEvent.click(within(region).getByRole('button', { name: names.open }));
        expect(onDrill).toHaveBeenCalledWith({ kind: 'branch', branchId: 'b3' });
      } finally {
        await act(async () => {
          await i18n.changeLanguage('zh-CN');
        });
      }
    },
  );
});
