import type { XAXisComponentOption, YAXisComponentOption } from 'echarts';
import { heatmapOption } from './heatmap';
import { heatmapLayout, heatmapMinWidth } from './heatmap-layout';
import { indicatorHeatmapMinWidth, indicatorHeatmapOption, type IndicatorColumn } from './indicator-heatmap';
import { asArray, PATHS } from './test-fixtures';

const column = (code: string, kind: IndicatorColumn['kind']): IndicatorColumn => ({
  code,
  name: code,
  kind,
  maxPoints: kind === 'veto' ? 0 : 10,
});
const COLUMNS = [column('A', 'base'), column('B', 'bonus'), column('C', 'deduction'), column('V', 'veto')];
const ROWS = [{ id: 'a', name: '一支部', points: [8, 1, -2, null] }];
const PATH_ROWS = [{ id: 'a', name: '一支部', paths: { ORG: 95 } }];

describe('heatmap layout', () => {
  it.each([
    // 8 left margin + names + 8 gap + columns × cell + 16 right margin (40 with the slider).
    ['four paths on a desktop', 'paths', 4, 20, false, 8 + 160 + 8 + 4 * 80 + 16],
    ['four paths on a phone', 'paths', 4, 20, true, 8 + 96 + 8 + 4 * 52 + 16],
    ['eight indicators on a phone', 'indicators', 8, 20, true, 8 + 96 + 8 + 8 * 60 + 16],
    ['eight indicators, 31 rows (scrolling)', 'indicators', 8, 31, false, 8 + 160 + 8 + 8 * 92 + 40],
  ] as const)('%s needs %#', (_label, kind, columns, rows, compact, width) => {
    expect(heatmapMinWidth(kind, columns, rows, compact)).toBe(width);
  });

  it('fits the four paths in a phone card (340 px) and scrolls eight indicators', () => {
    expect(heatmapMinWidth('paths', 4, 20, true)).toBeLessThanOrEqual(340);
    expect(heatmapMinWidth('indicators', 8, 20, true)).toBeGreaterThan(340);
  });

  it('counts only the indicator columns the chart draws (no vetoes)', () => {
    expect(indicatorHeatmapMinWidth(1, COLUMNS, true)).toBe(heatmapMinWidth('indicators', 3, 1, true));
  });

  it('gives the builders the same widths: row names, and every column named within its cell', () => {
    for (const compact of [false, true]) {
      const paths = heatmapOption(PATH_ROWS, PATHS, { lang: 'zh', compact });
      const layout = heatmapLayout('paths', compact);
      expect(asArray(paths.yAxis as YAXisComponentOption)[0].axisLabel).toMatchObject({
        width: layout.rowNameWidth,
      });
      expect(asArray(paths.xAxis as XAXisComponentOption)[0].axisLabel).toMatchObject({
        interval: 0,
        width: layout.cellWidth - 4,
        overflow: 'break',
      });
      const indicators = indicatorHeatmapOption(ROWS, COLUMNS, { lang: 'zh', compact });
      const ind = heatmapLayout('indicators', compact);
      expect(asArray(indicators.yAxis as YAXisComponentOption)[0].axisLabel).toMatchObject({
        width: ind.rowNameWidth,
      });
      expect(asArray(indicators.xAxis as XAXisComponentOption)[0].axisLabel).toMatchObject({
        interval: 0,
        width: ind.cellWidth - 4,
        overflow: compact ? 'break' : 'truncate',
      });
    }
  });
});
