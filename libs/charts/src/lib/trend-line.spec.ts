import type { LineSeriesOption } from 'echarts';
import { trendLineOption, trendLineTable } from './trend-line';
import { asArray, fixedScore, renderSvg, svgTexts } from './test-fixtures';

const periods = ['2025Q3', '2025Q4', '2026Q1'];

describe('trendLineOption', () => {
  it('plots means per quarter with quarter labels and grade lines', () => {
    const option = trendLineOption(
      periods,
      [{ name: { zh: '全区', en: 'District' }, values: [81.2, null, 85] }],
      { lang: 'zh' },
    );
    expect((asArray(option.xAxis)[0] as { data: string[] }).data).toEqual([
      '2025年\n三季度',
      '2025年\n四季度',
      '2026年\n一季度',
    ]);
    const line = asArray(option.series)[0] as LineSeriesOption;
    expect(line.name).toBe('全区');
    expect(line.data).toEqual([81.2, '-', 85]);
    expect(line.showSymbol).toBe(true);
    const marks = (line.markLine as { data: { yAxis: number }[] }).data.map((d) => d.yAxis);
    expect(marks).toEqual([90, 80, 60]);
    expect(option.animation).toBe(true);
  });

  it('labels every Chinese quarter, the current one too, on a half-page chart', () => {
    const six = ['2025Q3', '2025Q4', '2026Q1', '2026Q2', '2026Q3', '2026Q4'];
    const option = trendLineOption(six, [{ name: '总分', values: [71.3, 66, 67.1, 59.4, 61.2, 26.6] }], {
      lang: 'zh',
      valueName: 'total',
    });
    for (const width of [330, 520]) {
      const texts = svgTexts(renderSvg(option, width, 290));
      for (const quarter of ['三季度', '四季度', '一季度', '二季度'])
        expect(texts.filter((t) => t === quarter).length).toBe(
          quarter === '三季度' || quarter === '四季度' ? 2 : 1,
        );
      expect(texts.filter((t) => t === '2025年')).toHaveLength(2);
      expect(texts.filter((t) => t === '2026年')).toHaveLength(4);
      // The axis names what it plots: one branch's total, not a mean.
      expect(texts).toContain('总分');
      expect(texts).not.toContain('平均分');
    }
  });

  it('puts the value axis ends on tens (no crowded 70 and 72 ticks)', () => {
    const option = trendLineOption(periods, [{ name: 'X', values: [64.3, 71.9, 68] }], {
      lang: 'zh',
      gradeLines: false,
    });
    const ticks = svgTexts(renderSvg(option, 330, 290))
      .filter((t) => /^\d+$/.test(t))
      .map(Number);
    expect(ticks.length).toBeGreaterThan(1);
    expect(Math.max(...ticks)).toBe(80);
    expect(ticks.every((t) => t % 5 === 0)).toBe(true);
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

describe('trendLineTable', () => {
  it('has a row per quarter and a column per line, gaps as "-"', () => {
    const table = trendLineTable(
      periods,
      [
        { name: { zh: '平均分', en: 'Mean' }, values: [81.2, null, 85] },
        { name: { zh: '中位数', en: 'Median' }, values: [80, 79.5, 84.25] },
      ],
      { lang: 'zh' },
    );
    expect(table.columns.map((c) => c.title)).toEqual(['季度', '平均分', '中位数']);
    expect(table.rows.map((r) => Object.values(r.cells))).toEqual([
      ['2025年三季度', '81.20', '80.00'],
      ['2025年四季度', '-', '79.50'],
      ['2026年一季度', '85.00', '84.25'],
    ]);
  });
});
