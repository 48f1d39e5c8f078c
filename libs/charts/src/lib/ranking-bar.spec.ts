import type { BarSeriesOption, DataZoomComponentOption } from 'echarts';
import { GRADE_COLORS } from './palette';
import { rankingBarOption, rankingBarTable, sortForRanking } from './ranking-bar';
import { asArray, manyUnits } from './test-fixtures';
import type { RankedUnit } from './types';

const small: RankedUnit[] = [
  { id: 'a', name: { zh: '一支部', en: 'Branch A' }, total: 72.5 },
  { id: 'b', name: { zh: '二支部', en: 'Branch B' }, total: 93.1 },
  { id: 'c', name: { zh: '三支部', en: 'Branch C' }, total: null },
  { id: 'd', name: { zh: '四支部', en: 'Branch D' }, total: 85, gradeCode: 'GOOD' },
];

describe('rankingBarOption', () => {
  it('sorts best first with unassessed last', () => {
    expect(sortForRanking(small).map((u) => u.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('tooltips list only the grade a branch has, not the empty grade rows', () => {
    const option = rankingBarOption(small, { lang: 'zh' });
    const series = asArray(option.series) as BarSeriesOption[];
    const names = (asArray(option.yAxis)[0] as { data: string[] }).data;
    const tooltip = asArray(option.tooltip)[0] as { formatter: (p: unknown[]) => string };
    const at = (i: number) =>
      tooltip.formatter(
        series.map((s) => ({
          seriesName: s.name,
          value: (s.data as unknown[])[i],
          marker: '',
          axisValueLabel: names[i],
        })),
      );
    expect(at(1)).toBe('四支部<br/>良好：85.00');
    expect(at(0)).toBe('二支部<br/>优秀：93.10');
    expect(at(3)).toBe('三支部');
  });

  it('draws one stacked series per grade, in grade colours, with Chinese names', () => {
    const option = rankingBarOption(small, { lang: 'zh' });
    const yAxis = asArray(option.yAxis)[0] as { data: string[]; inverse: boolean };
    expect(yAxis.data).toEqual(['二支部', '四支部', '一支部', '三支部']);
    expect(yAxis.inverse).toBe(true);
    const series = asArray(option.series) as BarSeriesOption[];
    expect(series.map((s) => s.name)).toEqual(['优秀', '良好', '合格', '不合格']);
    expect(series.every((s) => s.stack === 'total')).toBe(true);
    expect(series[0].data).toEqual([93.1, '-', '-', '-']);
    expect(series[1].data).toEqual(['-', 85, '-', '-']);
    expect(series[2].data).toEqual(['-', '-', 72.5, '-']);
    expect((series[0].itemStyle as { color: string }).color).toBe(GRADE_COLORS.excellent);
    expect((series[3].itemStyle as { color: string }).color).toBe(GRADE_COLORS.fail);
    expect(option.dataZoom).toBeUndefined();
    expect(option.animation).toBe(true);
    expect(series[0].large).toBeUndefined();
  });

  it('labels in English when asked', () => {
    const option = rankingBarOption(small, { lang: 'en', title: { zh: '排名', en: 'Ranking' } });
    expect((asArray(option.yAxis)[0] as { data: string[] }).data[0]).toBe('Branch B');
    expect((asArray(option.series)[0] as BarSeriesOption).name).toBe('Excellent');
    expect((asArray(option.title)[0] as { text: string }).text).toBe('Ranking');
  });

  it('handles 5,000 branches with large, progressive rendering and a scroll window', () => {
    const option = rankingBarOption(manyUnits(5000), { lang: 'zh' });
    const series = asArray(option.series) as BarSeriesOption[];
    expect(series[0].large).toBe(true);
    expect(series[0].progressive).toBeGreaterThan(0);
    expect(series.every((s) => (s.data as unknown[]).length === 5000)).toBe(true);
    // every assessed branch appears in exactly one grade series
    const drawn = series.reduce(
      (n, s) => n + (s.data as unknown[]).filter((v) => v !== '-' && v !== null).length,
      0,
    );
    expect(drawn).toBe(5000 - Math.ceil(5000 / 97));
    const zoom = asArray(option.dataZoom) as DataZoomComponentOption[];
    expect(zoom.map((z) => z.type)).toEqual(['slider', 'inside']);
    expect(zoom[0].yAxisIndex).toBe(0);
    expect(zoom[0].endValue).toBe(19);
    expect(option.animation).toBe(false);
  });

  it('scrolls from 31 rows on', () => {
    expect(rankingBarOption(manyUnits(30), { lang: 'zh' }).dataZoom).toBeUndefined();
    expect(rankingBarOption(manyUnits(31), { lang: 'zh' }).dataZoom).toBeDefined();
  });
});

describe('rankingBarTable', () => {
  it('lists the bars best first with rank, total and grade, and the unit each row opens', () => {
    const table = rankingBarTable([...small, { id: 'e', name: '五支部', total: 85 }], { lang: 'en' });
    expect(table.columns.map((c) => c.title)).toEqual(['Rank', 'Unit', 'Total score', 'Grade']);
    expect(table.rows.map((r) => [r.unitId, ...Object.values(r.cells)])).toEqual([
      ['b', '1', 'Branch B', '93.10', 'Excellent'],
      ['d', '2', 'Branch D', '85.00', 'Good'],
      ['e', '2', '五支部', '85.00', 'Good'],
      ['a', '4', 'Branch A', '72.50', 'Pass'],
      ['c', '-', 'Branch C', '-', 'Not assessed'],
    ]);
  });
});
