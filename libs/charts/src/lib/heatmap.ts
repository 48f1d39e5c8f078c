import type { EChartsOption, HeatmapSeriesOption, PiecewiseVisualMapComponentOption } from 'echarts';
import { heatmapGrid, heatmapLayout } from './heatmap-layout';
import { DATAZOOM_ROW_THRESHOLD, isLarge, PROGRESSIVE_CHUNK, verticalDataZoom } from './large-data';
import { escapeHtml, fixed, labelled, percentText, pickLabel } from './labels';
import { DEFAULT_GRADES, gradeColor } from './palette';
import { titleOption } from './title';
import type { ChartOptions, GradeBand, HeatmapRow, PathHeader } from './types';

export interface HeatmapOptions extends ChartOptions {
  grades?: GradeBand[];
  /** A phone card: narrower row names and column names broken over lines (heatmapLayout). */
  compact?: boolean;
}

/** Grade bands as visualMap pieces: [min of this grade, min of the next better grade). */
export function gradePieces(
  grades: GradeBand[],
  lang: ChartOptions['lang'],
): PiecewiseVisualMapComponentOption['pieces'] {
  return grades.map((grade, i) => {
    const upper = i === 0 ? undefined : grades[i - 1].min;
    const isLowest = i === grades.length - 1;
    return {
      ...(isLowest ? {} : { gte: grade.min }),
      ...(upper === undefined ? {} : { lt: upper }),
      label: isLowest ? `${grade.name[lang]} <${upper ?? grade.min}` : `${grade.name[lang]} ≥${grade.min}`,
      color: gradeColor(grade.code, grades),
    };
  });
}

/**
 * Branches × paths, each cell the path percent coloured by the grade band it falls in.
 * Cells are plain [x, y, value] triples (no per-cell objects) so thousands of rows stay cheap;
 * large inputs render progressively without labels, and more than 30 rows scroll.
 */
export function heatmapOption(
  rows: HeatmapRow[],
  paths: PathHeader[],
  options: HeatmapOptions,
): EChartsOption {
  const { lang } = options;
  const grades = options.grades ?? DEFAULT_GRADES;
  const data: [number, number, number][] = [];
  rows.forEach((row, y) => {
    paths.forEach((path, x) => {
      const value = row.paths[path.code];
      if (typeof value === 'number') data.push([x, y, value]);
    });
  });
  const large = isLarge(data.length);
  const scrolls = rows.length > DATAZOOM_ROW_THRESHOLD;
  const layout = heatmapLayout('paths', options.compact);

  const series: HeatmapSeriesOption = {
    type: 'heatmap',
    data,
    label: { show: !large, formatter: (p) => fixed((p.value as number[])[2], 1) },
    emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } },
    ...(large ? { progressive: PROGRESSIVE_CHUNK, progressiveThreshold: 3000 } : {}),
  };

  return {
    ...titleOption(options),
    animation: !large,
    tooltip: {
      position: 'top',
      // The branch, the path and the figure as the cell shows it (one decimal), bonus explained.
      formatter: (p) => {
        const [x, y, value] = (p as { value: number[] }).value;
        const row = escapeHtml(pickLabel(rows[y].name, lang));
        return `${row}<br/>${labelled(escapeHtml(pickLabel(paths[x].name, lang)), percentText(value, lang), lang)}`;
      },
    },
    grid: heatmapGrid(Boolean(options.title), scrolls),
    xAxis: {
      type: 'category',
      data: paths.map((p) => pickLabel(p.name, lang)),
      splitArea: { show: true },
      position: 'top',
      // Every path named (ECharts hides names it finds crowded), broken to its column's width.
      axisLabel: { interval: 0, width: layout.cellWidth - 4, overflow: 'break' },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => pickLabel(r.name, lang)),
      splitArea: { show: true },
      axisLabel: { width: layout.rowNameWidth, overflow: 'truncate', interval: 0 },
    },
    visualMap: {
      type: 'piecewise',
      dimension: 2,
      orient: 'horizontal',
      left: 'center',
      bottom: 8,
      pieces: gradePieces(grades, lang),
    },
    ...(scrolls ? { dataZoom: verticalDataZoom(rows.length) } : {}),
    series: [series],
  };
}
