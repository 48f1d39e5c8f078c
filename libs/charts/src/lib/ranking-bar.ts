import type { BarSeriesOption, EChartsOption } from 'echarts';
import { DATAZOOM_ROW_THRESHOLD, isLarge, PROGRESSIVE_CHUNK, verticalDataZoom } from './large-data';
import { escapeHtml, fixed, labelled, pickLabel, word } from './labels';
import { DEFAULT_GRADES, gradeColor, gradeForScore } from './palette';
import { titleOption } from './title';
import type { ChartOptions, ChartTable, GradeBand, RankedUnit } from './types';

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

/** The grade a bar is coloured by: the unit's own (a veto may cap it), else the one its total earns. */
function rankingGrade(row: RankedUnit, grades: GradeBand[]): string | null {
  return row.total === null ? null : (row.gradeCode ?? gradeForScore(row.total, grades).code);
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
  const gradeOfRow = rows.map((row) => rankingGrade(row, grades));

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

/**
 * The ranking as a table, best first as the bars: rank, name, total and grade. Each row carries its
 * unit's id, so the table can lead where a click on the bar does (the keyboard's way down).
 */
export function rankingBarTable(children: RankedUnit[], options: RankingBarOptions): ChartTable {
  const { lang } = options;
  const grades = options.grades ?? DEFAULT_GRADES;
  const nameOf = new Map(grades.map((g) => [g.code, g.name[lang]]));
  let rank = 0;
  return {
    columns: [
      { key: 'rank', title: word('rank', lang), numeric: true },
      { key: 'unit', title: word('unit', lang) },
      { key: 'total', title: word('total', lang), numeric: true },
      { key: 'grade', title: word('grade', lang) },
    ],
    rows: sortForRanking(children).map((row, i, sorted) => {
      const grade = rankingGrade(row, grades);
      // Equal totals share a rank (1, 2, 2, 4), as the server ranks them.
      if (i === 0 || sorted[i - 1].total !== row.total) rank = i + 1;
      return {
        key: row.id,
        unitId: row.id,
        cells: {
          // Units without a total are listed last, unranked, as the chart leaves their bars empty.
          rank: row.total === null ? '-' : String(rank),
          unit: pickLabel(row.name, lang),
          total: fixed(row.total),
          grade: grade === null ? word('missing', lang) : (nameOf.get(grade) ?? grade),
        },
      };
    }),
  };
}
