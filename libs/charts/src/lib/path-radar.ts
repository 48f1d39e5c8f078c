import type { EChartsOption, RadarComponentOption, RadarSeriesOption } from 'echarts';
import { escapeHtml, labelled, percentText, pickLabel, word, wrapLabel } from './labels';
import { titleOption } from './title';
import type { ChartTable, PathFigure, PathHeader, RadarOptions } from './types';

type RadarItem = { name: string; value: (number | '-')[] } & Pick<
  RadarSeriesOption,
  'areaStyle' | 'lineStyle'
>;

export type RadarComparisonKind = 'previous' | 'peersMedian';

export interface RadarComparison {
  kind: RadarComparisonKind;
  paths: PathFigure[];
}

/** The radar's outer ring: 100%, or more when a bonus pushed a path above it. */
export function radarMax(values: (number | null)[]): number {
  const highest = Math.max(100, ...values.filter((v): v is number => v !== null));
  return Math.ceil(highest / 10) * 10;
}

function valuesFor(headers: PathHeader[], figures: PathFigure[]): (number | '-')[] {
  const byCode = new Map(figures.map((f) => [f.code, f.percent]));
  return headers.map((h) => byCode.get(h.code) ?? '-');
}

/**
 * A branch's path percents against its previous quarter or its peers' median.
 * `current` defines the axes (the framework's paths, in order).
 */
export function pathRadarOption(
  current: PathFigure[],
  comparison: RadarComparison | null,
  options: RadarOptions,
): EChartsOption {
  const { lang } = options;
  const allValues = [...current, ...(comparison?.paths ?? [])].map((f) => f.percent);
  const max = radarMax(allValues);
  const data: RadarItem[] = [
    { name: word('current', lang), value: valuesFor(current, current), areaStyle: { opacity: 0.25 } },
  ];
  if (comparison) {
    data.push({
      name: word(comparison.kind, lang),
      value: valuesFor(current, comparison.paths),
      lineStyle: { type: 'dashed' },
    });
  }
  return {
    ...titleOption(options),
    color: ['#c41d1d', '#8c8c8c'],
    tooltip: {
      trigger: 'item',
      // Each path's 得分率 with one decimal; past 100% the tooltip says why (bonus points).
      formatter: (p) => {
        const item = p as { name?: string; value?: (number | '-')[] };
        const lines = current.map((f, i) =>
          labelled(escapeHtml(pickLabel(f.name, lang)), percentText(item.value?.[i], lang), lang),
        );
        return [escapeHtml(item.name ?? ''), ...lines].join('<br/>');
      },
    },
    legend: { bottom: 0, data: data.map((d) => d.name) },
    radar: {
      indicator: current.map((f) => ({
        name: radarAxisName(pickLabel(f.name, lang), options.axisNameWidth),
        max,
      })),
      ...radarFrame(options.compact),
      axisName: { color: '#262626', ...radarNameFont(options.compact) },
    },
    series: [{ type: 'radar', data }],
  };
}

/**
 * The ring's size and place. At 62% the ring leaves a 340 px phone card about 55 px beside it,
 * less than a wrapped five-character name at 12 px: the names were cut at the card's edge. The
 * compact ring leaves about 80 px, and sits a little higher so the bottom name clears the legend.
 * On a desktop card (520 × 320) a 62% ring in the middle put the wrapped bottom name (党风廉政 /
 * 建设) on the legend too: 58%, a little higher, clears it.
 */
export function radarFrame(
  compact: boolean | undefined,
): Pick<RadarComponentOption, 'radius' | 'center' | 'axisNameGap'> {
  return compact
    ? { radius: '52%', center: ['50%', '46%'], axisNameGap: 8 }
    : { radius: '58%', center: ['50%', '46%'] };
}

/** Axis names one pixel smaller in a compact radar (ECharts' default is 12). */
export function radarNameFont(compact: boolean | undefined): { fontSize?: number } {
  return compact ? { fontSize: 11 } : {};
}

/** A radar axis name, wrapped when the caller asked for a width. */
export function radarAxisName(name: string, width: number | undefined): string {
  return width ? wrapLabel(name, width) : name;
}

/** Each path's median over peers (nulls ignored): the "peers median" comparison of pathRadarOption. */
export function peerMedianPaths(
  peers: { paths: Record<string, number | null> }[],
  headers: PathHeader[],
): PathFigure[] {
  return headers.map((header) => {
    const values = peers
      .map((p) => p.paths[header.code])
      .filter((v): v is number => typeof v === 'number')
      .sort((a, b) => a - b);
    if (values.length === 0) return { ...header, percent: null };
    const mid = Math.floor(values.length / 2);
    const median = values.length % 2 === 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    return { ...header, percent: Math.round(median * 100) / 100 };
  });
}

/**
 * The radar as a table: one row per path (the radar's axes, in order), a column for this quarter and
 * one for the comparison, read through the same lookup as the rings, each percent as the tooltip
 * shows it (one decimal; past 100% with the reason).
 */
export function pathRadarTable(
  current: PathFigure[],
  comparison: RadarComparison | null,
  options: RadarOptions,
): ChartTable {
  const { lang } = options;
  const columns = [
    { key: 'path', title: word('path', lang) },
    { key: 'current', title: word('current', lang), numeric: true },
  ];
  const currentValues = valuesFor(current, current);
  const comparisonValues = comparison ? valuesFor(current, comparison.paths) : null;
  if (comparison) columns.push({ key: 'comparison', title: word(comparison.kind, lang), numeric: true });
  return {
    columns,
    rows: current.map((f, i) => ({
      key: f.code,
      cells: {
        path: pickLabel(f.name, lang),
        current: percentText(currentValues[i], lang),
        ...(comparisonValues ? { comparison: percentText(comparisonValues[i], lang) } : {}),
      },
    })),
  };
}
