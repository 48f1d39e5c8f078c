import type { LineSeriesOption } from 'echarts';
import { trendLineOption } from './trend-line';
import { asArray, fixedScore } from './test-fixtures';

const periods = ['2025Q3', '2025Q4', '2026Q1'];

describe('trendLineOption', () => {
  it('plots means per quarter with quarter labels and grade lines', () => {
    const option = trendLineOption(
      periods,
      [{ name: { zh: '全区', en: 'District' }, values: [81.2, null, 85] }],
      { lang: 'zh' },
    );
    expect((asArray(option.xAxis)[0] as { data: string[] }).data).toEqual([
      '2025年三季度',
      '2025年四季度',
      '2026年一季度',
    ]);
    const line = asArray(option.series)[0] as LineSeriesOption;
    expect(line.name).toBe('全区');
    expect(line.data).toEqual([81.2, '-', 85]);
    expect(line.showSymbol).toBe(true);
    const marks = (line.markLine as { data: { yAxis: number }[] }).data.map((d) => d.yAxis);
    expect(marks).toEqual([90, 80, 60]);
    expect(option.animation).toBe(true);
  });

  it('labels English quarters', () => {
    const option = trendLineOption(periods, [{ name: 'X', values: [1, 2, 3] }], {
      lang: 'en',
      gradeLines: false,
    });
    expect((asArray(option.xAxis)[0] as { data: string[] }).data).toEqual(['Q3 2025', 'Q4 2025', 'Q1 2026']);
    expect((asArray(option.series)[0] as LineSeriesOption).markLine).toBeUndefined();
  });

  it('draws 5,000 branch lines without symbols, progressively, with a scrolling legend', () => {
    const series = Array.from({ length: 5000 }, (_, i) => ({
      name: `B${i}`,
      values: periods.map((_, k) => fixedScore(i, k)),
    }));
    const option = trendLineOption(periods, series, { lang: 'zh' });
    const lines = asArray(option.series) as LineSeriesOption[];
    expect(lines).toHaveLength(5000);
    expect(lines.every((l) => l.showSymbol === false)).toBe(true);
    expect(lines[0].progressive).toBeGreaterThan(0);
    expect((asArray(option.legend)[0] as { type: string }).type).toBe('scroll');
    expect(option.animation).toBe(false);
  });
});
