import type { EChartsOption, LineSeriesOption } from 'echarts';
import { isLarge, PROGRESSIVE_CHUNK } from './large-data';
import { fixed, periodShortLabel, pickLabel, word, type ChartWord } from './labels';
import { DEFAULT_GRADES, gradeColor, SERIES_COLORS } from './palette';
import { titleOption } from './title';
import type { ChartOptions, ChartTable, GradeBand, TrendSeries } from './types';

export interface TrendLineOptions extends ChartOptions {
  grades?: GradeBand[];
  /** Dashed lines at the grade thresholds (优秀 90, 良好 80, 合格 60); default true. */
  gradeLines?: boolean;
  /** What the lines plot, named on the value axis: 'mean' (default) or a single branch's 'total'. */
  valueName?: Extract<ChartWord, 'mean' | 'total'>;
}

/**
 * A quarter on the category axis. Chinese labels ("2026年一季度") are wide: on one line ECharts
 * showed every other one (and never the current quarter) and cut the first at the chart's edge, so
 * they go on two lines ("2026年" over "一季度") and every quarter is labelled.
 */
export function trendAxisLabel(period: string, lang: TrendLineOptions['lang']): string {
  const label = periodShortLabel(period, lang);
  return lang === 'zh' ? label.replace('年', '年\n') : label;
}

/** Above this many lines a legend cannot list them all: it scrolls and points are not drawn. */
export const MANY_SERIES = 12;

/**
 * Means (or totals) per quarter, one line per series, e.g. a street's mean and the district's mean.
 * Many series (every branch of a district) turn off symbols and animation and render progressively.
 */
export function trendLineOption(
  periods: string[],
  series: TrendSeries[],
  options: TrendLineOptions,
): EChartsOption {
  const { lang } = options;
  const grades = options.grades ?? DEFAULT_GRADES;
  const many = series.length > MANY_SERIES;
  const large = isLarge(series.length * periods.length);
  const gradeLines = options.gradeLines ?? true;

  const lines: LineSeriesOption[] = series.map((s, i) => ({
    type: 'line',
    name: pickLabel(s.name, lang),
    data: s.values.map((v) => v ?? '-'),
    connectNulls: false,
    showSymbol: !many,
    ...(many ? { lineStyle: { width: 1, opacity: 0.5 }, emphasis: { focus: 'series' } } : {}),
    ...(large ? { progressive: PROGRESSIVE_CHUNK, progressiveThreshold: 3000 } : {}),
    ...(i === 0 && gradeLines
      ? {
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed' },
            data: grades
              .filter((g) => g.min > 0)
              .map((g) => ({
                yAxis: g.min,
                name: g.name[lang],
                lineStyle: { color: gradeColor(g.code, grades) },
                label: { formatter: `${g.name[lang]} ${g.min}` },
              })),
          },
        }
      : {}),
  }));

  return {
    ...titleOption(options),
    animation: !large,
    color: SERIES_COLORS,
    tooltip: { trigger: many ? 'item' : 'axis', valueFormatter: (v) => fixed(v) },
    legend: many ? { type: 'scroll', bottom: 0 } : { bottom: 0 },
    grid: { left: 16, right: 56, top: options.title ? 48 : 24, bottom: 40, containLabel: true },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: periods.map((p) => trendAxisLabel(p, lang)),
      axisLabel: { interval: 0, hideOverlap: false },
    },
    yAxis: {
      type: 'value',
      name: word(options.valueName ?? 'mean', lang),
      // Both ends on tens, so that ECharts' ticks fall on tens too (not "70" beside "72" at the top).
      min: (v: { min: number }) => Math.max(0, Math.floor(v.min / 10) * 10 - 10),
      max: (v: { max: number }) => Math.ceil(v.max / 10) * 10,
      minInterval: 5,
    },
    series: lines,
  };
}

/**
 * The lines as a table: one row per quarter, oldest first as on the axis, one column per line, the
 * values as the tooltip shows them.
 */
export function trendLineTable(
  periods: string[],
  series: TrendSeries[],
  options: TrendLineOptions,
): ChartTable {
  const { lang } = options;
  return {
    columns: [
      { key: 'quarter', title: word('quarter', lang) },
      ...series.map((s, i) => ({ key: `s${i}`, title: pickLabel(s.name, lang), numeric: true })),
    ],
    rows: periods.map((period, row) => ({
      key: period,
      cells: Object.fromEntries([
        ['quarter', periodShortLabel(period, lang)],
        ...series.map((s, i) => [`s${i}`, fixed(s.values[row])]),
      ]),
    })),
  };
}
