/** Deterministic fixtures for the builder specs (no Math.random: failures must reproduce). */
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import type { HeatmapRow, PathHeader, RankedUnit } from './types';

export const PATHS: PathHeader[] = [
  { code: 'ORG', name: { zh: '组织建设', en: 'Organization' } },
  { code: 'SUPERVISION', name: { zh: '党内监督', en: 'Supervision' } },
  { code: 'INTEGRITY', name: { zh: '党风廉政', en: 'Integrity' } },
  { code: 'TRAINING', name: { zh: '干部与培训', en: 'Cadre training' } },
];

/** A pseudo-random but fixed score in [40, 100) for branch i. */
export function fixedScore(i: number, salt = 0): number {
  return 40 + (((i + 1) * 7919 + salt * 104729) % 6000) / 100;
}

export function manyUnits(count: number): RankedUnit[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `B${i}`,
    name: { zh: `第${i + 1}党支部`, en: `Branch ${i + 1}` },
    total: i % 97 === 0 ? null : fixedScore(i),
  }));
}

export function manyRows(count: number): HeatmapRow[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `B${i}`,
    name: `第${i + 1}党支部`,
    paths: Object.fromEntries(
      PATHS.map((p, k) => [p.code, i % 101 === 0 && k === 0 ? null : fixedScore(i, k)]),
    ),
  }));
}

/** ECharts options hold arrays or single objects; specs always want the array. */
export function asArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The option drawn by ECharts itself (server-side SVG, no browser): what a reader would see. */
export function renderSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The texts of an SVG rendered by renderSvg, in document order. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}
