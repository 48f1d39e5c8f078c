import type { EChartsOption, LineSeriesOption } from 'echarts';
import { isLarge, PROGRESSIVE_CHUNK } from './large-data';
import { fixed, periodShortLabel, pickLabel, word } from './labels';
import { DEFAULT_GRADES, gradeColor, SERIES_COLORS } from './palette';
import { titleOption } from './title';
import type { ChartOptions, GradeBand, TrendSeries } from './types';

export interface TrendLineOptions extends ChartOptions {
  grades?: GradeBand[];
  /** Dashed lines at the grade thresholds (优秀 90, 良好 80, 合格 60); default true. */
  gradeLines?: boolean;
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
    grid: { left: 8, right: 56, top: options.title ? 48 : 24, bottom: 40, containLabel: true },
    xAxis: { type: 'category', boundaryGap: false, data: periods.map((p) => periodShortLabel(p, lang)) },
    yAxis: {
      type: 'value',
      name: word('mean', lang),
      min: (v: { min: number }) => Math.max(0, Math.floor(v.min / 10) * 10 - 10),
    },
    series: lines,
  };
}
