import type { BarSeriesOption, EChartsOption } from 'echarts';
import { DATAZOOM_ROW_THRESHOLD, isLarge, PROGRESSIVE_CHUNK, verticalDataZoom } from './large-data';
import { escapeHtml, fixed, labelled, pickLabel, word } from './labels';
import { DEFAULT_GRADES, gradeColor, gradeForScore } from './palette';
import { titleOption } from './title';
import type { ChartOptions, GradeBand, RankedUnit } from './types';

export interface RankingBarOptions extends ChartOptions {
  grades?: GradeBand[];
}

interface TooltipParam {
  axisValueLabel?: string;
  name?: string;
  seriesName?: string;
  value?: unknown;
  marker?: unknown;
}

export function rankingTooltip(params: TooltipParam[], lang: RankingBarOptions['lang']): string {
  const filled = params.filter((p) => typeof p.value === 'number');
  const name = escapeHtml(params[0]?.axisValueLabel ?? params[0]?.name ?? '');
  const lines = filled.map(
    (p) =>
      `${typeof p.marker === 'string' ? p.marker : ''}${labelled(escapeHtml(p.seriesName ?? ''), fixed(p.value), lang)}`,
  );
  return [name, ...lines].join('<br/>');
}

/** Best first; units without a total go last, in their given order. */
export function sortForRanking(units: RankedUnit[]): RankedUnit[] {
  return [...units].sort((a, b) => {
    if (a.total === null && b.total === null) return 0;
    if (a.total === null) return 1;
    if (b.total === null) return -1;
    return b.total - a.total;
  });
}

/**
 * Horizontal bars of the children's totals, best at the top, coloured by grade.
 *
 * Colouring uses one stacked series per grade rather than per-bar styles: ECharts' large mode
 * draws each series as a single canvas path and would drop per-bar colours, so this way a
 * 5,000-branch ranking keeps its grade colours and gets a legend that filters by grade.
 */
export function rankingBarOption(children: RankedUnit[], options: RankingBarOptions): EChartsOption {
  const { lang } = options;
  const grades = options.grades ?? DEFAULT_GRADES;
  const rows = sortForRanking(children);
  const large = isLarge(rows.length);
  const gradeOfRow = rows.map((row) =>
    row.total === null ? null : (row.gradeCode ?? gradeForScore(row.total, grades).code),
  );

  const series: BarSeriesOption[] = grades.map((grade) => ({
    type: 'bar',
    name: grade.name[lang],
    stack: 'total',
    itemStyle: { color: gradeColor(grade.code, grades) },
    barMaxWidth: 24,
    data: rows.map((row, i) => (gradeOfRow[i] === grade.code ? row.total : '-')),
    label: large ? { show: false } : { show: true, position: 'right', formatter: (p) => fixed(p.value) },
    ...(large
      ? { large: true, largeThreshold: 400, progressive: PROGRESSIVE_CHUNK, progressiveThreshold: 3000 }
      : {}),
  }));

  return {
    ...titleOption(options),
    animation: !large,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      // One series per grade: list only the grade the branch has, not the empty others.
      formatter: (params) => rankingTooltip(params as TooltipParam[], lang),
    },
    legend: { top: options.title ? 30 : 0, data: grades.map((g) => g.name[lang]) },
    grid: {
      left: 8,
      right: rows.length > DATAZOOM_ROW_THRESHOLD ? 56 : 40,
      top: options.title ? 60 : 32,
      bottom: 32,
      containLabel: true,
    },
    xAxis: { type: 'value', name: word('total', lang), nameLocation: 'middle', nameGap: 24, min: 0 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => pickLabel(row.name, lang)),
      axisLabel: { width: 160, overflow: 'truncate', interval: 0 },
    },
    ...(rows.length > DATAZOOM_ROW_THRESHOLD ? { dataZoom: verticalDataZoom(rows.length) } : {}),
    series,
  };
}
