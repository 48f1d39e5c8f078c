import type { EChartsOption, HeatmapSeriesOption, PiecewiseVisualMapComponentOption } from 'echarts';
import { heatmapGrid, heatmapLayout } from './heatmap-layout';
import { DATAZOOM_ROW_THRESHOLD, isLarge, PROGRESSIVE_CHUNK, verticalDataZoom } from './large-data';
import { escapeHtml, fixed, labelled, percentText, pickLabel, word, wrapLabel } from './labels';
import { DEFAULT_GRADES, gradeColor } from './palette';
import { titleOption } from './title';
import type { ChartOptions, ChartTable, GradeBand, HeatmapRow, PathHeader } from './types';

export interface HeatmapOptions extends ChartOptions {
  grades?: GradeBand[];
  /** A phone card: narrower row names and column names broken over lines (heatmapLayout). */
  compact?: boolean;
  /**
   * Break path names wider than this many columns (a CJK character counts 2) between words
   * (wrapLabel), on the axis only: the tooltip and the data table keep the name whole.
   */
  columnNameWidth?: number;
}

/**
 * Each row's percent per path, in the paths' order; null where the branch has no figure (the chart
 * leaves that cell blank). The one reading of the rows that the option and the table share.
 */
export function heatmapCells(rows: HeatmapRow[], paths: PathHeader[]): (number | null)[][] {
  return rows.map((row) =>
    paths.map((path) => {
      const value = row.paths[path.code];
      return typeof value === 'number' ? value : null;
    }),
  );
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
  heatmapCells(rows, paths).forEach((values, y) => {
    values.forEach((value, x) => {
      if (value !== null) data.push([x, y, value]);
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
      data: paths.map((p) =>
        options.columnNameWidth
          ? wrapLabel(pickLabel(p.name, lang), options.columnNameWidth)
          : pickLabel(p.name, lang),
      ),
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

/**
 * The heatmap as a table: one row per branch in the chart's order, the branch's name then one column
 * per path, each percent as the tooltip shows it (one decimal; past 100% with the reason) and '-'
 * where the chart leaves the cell blank. Rows carry the branch's id, so the table can open the
 * branch as a click on its cells does (the keyboard's way down).
 */
export function heatmapTable(rows: HeatmapRow[], paths: PathHeader[], options: HeatmapOptions): ChartTable {
  const { lang } = options;
  const cells = heatmapCells(rows, paths);
  // Prefixed: a path coded "branch" must not overwrite the name column.
  const key = (path: PathHeader) => `path:${path.code}`;
  return {
    columns: [
      { key: 'branch', title: word('branch', lang) },
      ...paths.map((p) => ({ key: key(p), title: pickLabel(p.name, lang), numeric: true })),
    ],
    rows: rows.map((row, y) => ({
      key: row.id,
      unitId: row.id,
      cells: {
        branch: pickLabel(row.name, lang),
        ...Object.fromEntries(paths.map((p, x) => [key(p), percentText(cells[y][x], lang)])),
      },
    })),
  };
}
