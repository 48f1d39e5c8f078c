import type { BarSeriesOption } from 'echarts';
import { countGrades, gradeDistributionOption, gradeDistributionTable } from './grade-distribution';
import { GRADE_COLORS, MISSING_COLOR } from './palette';
import { asArray, manyUnits, renderSvg, svgTexts } from './test-fixtures';

type Bar = { name: string; value: number; itemStyle: { color: string }; label: { formatter: string } };

describe('gradeDistributionOption', () => {
  it('shows counts and shares per grade, best first, plus the unassessed', () => {
    const option = gradeDistributionOption(
      { EXCELLENT: 2, GOOD: 5, PASS: 2, FAIL: 0 },
      { lang: 'zh', missing: 1 },
    );
    const bars = (asArray(option.series)[0] as BarSeriesOption).data as Bar[];
    expect(bars.map((b) => b.name)).toEqual(['优秀', '良好', '合格', '不合格', '未评']);
    expect(bars.map((b) => b.value)).toEqual([2, 5, 2, 0, 1]);
    expect(bars[1].label.formatter).toBe('5 (50.0%)');
    expect(bars[0].itemStyle.color).toBe(GRADE_COLORS.excellent);
    expect(bars[4].itemStyle.color).toBe(MISSING_COLOR);
  });

  it('omits the unassessed bar when all are assessed and speaks English', () => {
    const option = gradeDistributionOption({ EXCELLENT: 1 }, { lang: 'en' });
    const bars = (asArray(option.series)[0] as BarSeriesOption).data as Bar[];
    expect(bars.map((b) => b.name)).toEqual(['Excellent', 'Good', 'Pass', 'Fail']);
    expect(bars[0].label.formatter).toBe('1 (100.0%)');
  });

  it('counts 5,000 branches into four bars', () => {
    const { counts, missing } = countGrades(manyUnits(5000));
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total + missing).toBe(5000);
    expect(missing).toBe(Math.ceil(5000 / 97));
    const option = gradeDistributionOption(counts, { lang: 'zh', missing });
    const bars = (asArray(option.series)[0] as BarSeriesOption).data as Bar[];
    expect(bars).toHaveLength(5);
    expect(bars.reduce((n, b) => n + b.value, 0)).toBe(5000);
  });

  it('names every bar in English on a desktop and a phone card (ECharts hid Good and Fail)', () => {
    const option = gradeDistributionOption(
      { EXCELLENT: 6, GOOD: 1, PASS: 7, FAIL: 1 },
      { lang: 'en', missing: 5 },
    );
    for (const width of [484, 316]) {
      const texts = svgTexts(renderSvg(option, width, 280));
      for (const label of ['Excellent', 'Good', 'Pass', 'Fail', 'Not', 'assessed'])
        expect({ width, label, shown: texts.includes(label) }).toEqual({ width, label, shown: true });
    }
  });

  it('tables the same bars: grade, branches and share', () => {
    const counts = { EXCELLENT: 2, GOOD: 5, PASS: 2, FAIL: 0 };
    const table = gradeDistributionTable(counts, { lang: 'zh', missing: 1 });
    expect(table.columns.map((c) => c.title)).toEqual(['等次', '支部数', '占比']);
    expect(table.rows.map((r) => Object.values(r.cells))).toEqual([
      ['优秀', '2', '20.0%'],
      ['良好', '5', '50.0%'],
      ['合格', '2', '20.0%'],
      ['不合格', '0', '0.0%'],
      ['未评', '1', '10.0%'],
    ]);
    // The bars' labels say the same.
    const bars = (
      asArray(gradeDistributionOption(counts, { lang: 'zh', missing: 1 }).series)[0] as BarSeriesOption
    ).data as Bar[];
    expect(bars.map((b) => b.label.formatter)).toEqual(
      table.rows.map((r) => `${r.cells['count']} (${r.cells['share']})`),
    );
  });
});
