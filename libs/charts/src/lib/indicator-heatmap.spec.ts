import type { HeatmapSeriesOption, PiecewiseVisualMapComponentOption } from 'echarts';
import {
  BONUS_EARNED,
  BONUS_NONE,
  indicatorColumnKind,
  indicatorHeatmapOption,
  indicatorHeatmapTable,
  indicatorShare,
  type IndicatorColumn,
  type IndicatorHeatmapRow,
} from './indicator-heatmap';
import { asArray } from './test-fixtures';

const COLUMNS: IndicatorColumn[] = [
  { code: 'MEET', name: { zh: '三会一课', en: 'Meetings' }, kind: 'base', maxPoints: 25 },
  { code: 'DAYS', name: { zh: '主题党日', en: 'Theme days' }, kind: 'base', maxPoints: 10 },
  { code: 'BONUS', name: { zh: '创新加分', en: 'Innovation' }, kind: 'bonus', maxPoints: 5 },
  { code: 'DED', name: { zh: '违纪扣分', en: 'Violations' }, kind: 'deduction', maxPoints: 40 },
  { code: 'VETO', name: { zh: '一票否决', en: 'Veto' }, kind: 'veto', maxPoints: 0 },
];

describe('indicatorShare (per-column reach)', () => {
  it.each([
    ['base against M', 20, COLUMNS[0], undefined, 80],
    ['base against the branch’s rescaled M', 20, COLUMNS[0], 22.5, 88.89],
    ['base above a rescaled M is capped', 27, COLUMNS[0], 25, 100],
    ['bonus against its cap', 2, COLUMNS[2], undefined, 40],
    ['no deduction keeps everything', 0, COLUMNS[3], undefined, 100],
    ['a deduction of 10 of 40', -10, COLUMNS[3], undefined, 75],
    ['not applicable', null, COLUMNS[0], undefined, null],
    ['veto has no reach', 0, COLUMNS[4], undefined, null],
  ] as const)('%s', (_, points, column, ownMax, share) => {
    expect(indicatorShare(points, column, ownMax)).toBe(share);
  });

  it('maps rule types to column kinds', () => {
    expect(['ratio', 'count', 'bonus', 'deduction', 'veto'].map(indicatorColumnKind)).toEqual([
      'base',
      'base',
      'bonus',
      'deduction',
      'veto',
    ]);
  });
});

describe('indicatorHeatmapOption', () => {
  const rows: IndicatorHeatmapRow[] = [
    { id: 'a', name: '一支部', points: [25, 5, 2, 0, 0], maxPoints: [25, 10, 0, 0, 0] },
    { id: 'b', name: '二支部', points: [20, null, 0, -10, 0], maxPoints: [22.5, null, 0, 0, 0] },
  ];

  it('lays cells out as [indicator, branch, share, points], leaving vetoes and missing cells out', () => {
    const option = indicatorHeatmapOption(rows, COLUMNS, { lang: 'zh' });
    const series = asArray(option.series)[0] as HeatmapSeriesOption;
    expect(series.data).toEqual([
      [0, 0, 100, 25],
      [1, 0, 50, 5],
      [3, 0, 100, 0],
      [0, 1, 88.89, 20],
      [3, 1, 75, -10],
    ]);
    // Bonuses: their own series, off the grade colours (no bonus is not a failing mark).
    const bonus = asArray(option.series)[1] as HeatmapSeriesOption;
    expect(bonus.data).toEqual([
      { value: [2, 0, 40, 2], itemStyle: { color: BONUS_EARNED } },
      { value: [2, 1, 0, 0], itemStyle: { color: BONUS_NONE } },
    ]);
    expect((asArray(option.visualMap)[0] as PiecewiseVisualMapComponentOption).seriesIndex).toBe(0);
    expect((asArray(option.xAxis)[0] as { data: string[] }).data).toEqual([
      '三会一课',
      '主题党日',
      '创新加分',
      '违纪扣分',
    ]);
    expect((asArray(option.yAxis)[0] as { data: string[] }).data).toEqual(['一支部', '二支部']);
  });

  it('labels cells with points and colours them by share on the grade bands, in English too', () => {
    const option = indicatorHeatmapOption(rows, COLUMNS, { lang: 'en' });
    const series = asArray(option.series)[0] as HeatmapSeriesOption;
    const label = series.label as { show: boolean; formatter: (p: { value: number[] }) => string };
    expect(label.show).toBe(true);
    expect(label.formatter({ value: [3, 1, 75, -10] })).toBe('-10.0');
    const visualMap = asArray(option.visualMap)[0] as PiecewiseVisualMapComponentOption;
    expect(visualMap.dimension).toBe(2);
    expect((visualMap.pieces ?? [])[0].label).toBe('Excellent ≥90');
    expect((asArray(option.xAxis)[0] as { data: string[] }).data[0]).toBe('Meetings');
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    expect(tooltip.formatter({ value: [3, 1, 75, -10] })).toBe('二支部<br/>Violations: -10.00 / −40.00');
  });

  it('escapes names in the HTML tooltip: a name is shown as text, never read as markup', () => {
    const named = [{ ...rows[1], name: { zh: '<img src=x onerror=alert(1)>', en: 'x' } }];
    const columns = COLUMNS.map((c) =>
      c.code === COLUMNS[3].code ? { ...c, name: { zh: 'a<b>', en: 'a<b>' } } : c,
    );
    const option = indicatorHeatmapOption(named, columns, { lang: 'zh' });
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    expect(tooltip.formatter({ value: [3, 0, 75, -10] })).toBe(
      '&lt;img src=x onerror=alert(1)&gt;<br/>a&lt;b&gt;: -10.00 / −40.00',
    );
  });

  it('renders 5,000 branches progressively and scrolls', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({
      id: `b${i}`,
      name: `第${i + 1}党支部`,
      points: [i % 26, i % 11, i % 6, -(i % 41), 0],
    }));
    const option = indicatorHeatmapOption(many, COLUMNS, { lang: 'zh' });
    const series = asArray(option.series)[0] as HeatmapSeriesOption;
    expect((series.data as unknown[]).length).toBe(5000 * 3);
    expect(((asArray(option.series)[1] as HeatmapSeriesOption).data as unknown[]).length).toBe(5000);
    expect(series.progressive).toBeGreaterThan(0);
    expect((series.label as { show: boolean }).show).toBe(false);
    expect(option.dataZoom).toBeDefined();
  });
});

describe('indicatorHeatmapTable', () => {
  const rows: IndicatorHeatmapRow[] = [
    { id: 'a', name: '一支部', points: [25, 5, 2, 0, 0], maxPoints: [25, 10, 0, 0, 0] },
    { id: 'b', name: { zh: '二支部', en: 'Branch 2' }, points: [20, null, 0, -10, 0] },
  ];

  it.each<[string, 'zh' | 'en', IndicatorColumn[], string[], string[][]]>([
    [
      'Chinese: points over the reach as the tooltip shows them, vetoes left out, blank cells as "-"',
      'zh',
      COLUMNS,
      ['支部', '三会一课', '主题党日', '创新加分', '违纪扣分'],
      [
        ['一支部', '25.00 / 25.00', '5.00 / 10.00', '2.00 / 5.00', '0.00 / −40.00'],
        ['二支部', '20.00 / 25.00', '-', '0.00 / 5.00', '-10.00 / −40.00'],
      ],
    ],
    [
      'English names and words',
      'en',
      COLUMNS,
      ['Branch', 'Meetings', 'Theme days', 'Innovation', 'Violations'],
      [
        ['一支部', '25.00 / 25.00', '5.00 / 10.00', '2.00 / 5.00', '0.00 / −40.00'],
        ['Branch 2', '20.00 / 25.00', '-', '0.00 / 5.00', '-10.00 / −40.00'],
      ],
    ],
    [
      'a column without reach is blank, as on the chart (nothing to measure the points against)',
      'zh',
      [{ code: 'NONE', name: '无上限加分', kind: 'bonus', maxPoints: 0 }],
      ['支部', '无上限加分'],
      [
        ['一支部', '-'],
        ['二支部', '-'],
      ],
    ],
  ])('%s', (_, lang, columns, titles, cells) => {
    const table = indicatorHeatmapTable(rows, columns, { lang });
    expect(table.columns.map((c) => c.title)).toEqual(titles);
    expect(table.rows.map((r) => table.columns.map((c) => r.cells[c.key]))).toEqual(cells);
    expect(table.rows.map((r) => r.unitId)).toEqual(['a', 'b']);
  });
});
