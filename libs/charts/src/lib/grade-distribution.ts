import type { EChartsOption } from 'echarts';
import { word, wrapLabel } from './labels';
import { DEFAULT_GRADES, gradeColor, gradeForScore, MISSING_COLOR } from './palette';
import { titleOption } from './title';
import type { ChartOptions, ChartTable, GradeBand, RankedUnit } from './types';

export interface GradeDistributionOptions extends ChartOptions {
  grades?: GradeBand[];
  /** Branches not yet assessed; shown as a grey bar so completion is visible beside the grades. */
  missing?: number;
}

/** Counts branches per grade code (their own grade, else by total) and those without a total. */
export function countGrades(
  units: RankedUnit[],
  grades: GradeBand[] = DEFAULT_GRADES,
): { counts: Record<string, number>; missing: number } {
  const counts: Record<string, number> = Object.fromEntries(grades.map((g) => [g.code, 0]));
  let missing = 0;
  for (const unit of units) {
    if (unit.total === null) {
      missing += 1;
      continue;
    }
    const code = unit.gradeCode ?? gradeForScore(unit.total, grades).code;
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return { counts, missing };
}

function percentText(count: number, all: number): string {
  return all === 0 ? '0%' : `${((count / all) * 100).toFixed(1)}%`;
}

/** One bar of the distribution: what the chart draws and its data table lists. */
export interface GradeBar {
  name: string;
  value: number;
  /** "30.0%" of the graded and unassessed branches together. */
  share: string;
  color: string;
}

/** The bars, best grade first, then the unassessed (only when there are some). */
export function gradeDistributionBars(
  counts: Record<string, number>,
  options: GradeDistributionOptions,
): GradeBar[] {
  const { lang } = options;
  const grades = options.grades ?? DEFAULT_GRADES;
  const missing = options.missing ?? 0;
  const graded = grades.reduce((sum, g) => sum + (counts[g.code] ?? 0), 0);
  const all = graded + missing;
  const bars = grades.map((g) => ({
    name: g.name[lang],
    value: counts[g.code] ?? 0,
    color: gradeColor(g.code, grades),
  }));
  if (missing > 0) bars.push({ name: word('missing', lang), value: missing, color: MISSING_COLOR });
  return bars.map((b) => ({ ...b, share: percentText(b.value, all) }));
}

/**
 * Category names wider than this many columns (a CJK character counts 2) go on two lines. ECharts
 * hides category labels that overlap: in English "Not assessed" beside "Fail" took "Good" and "Fail"
 * off the axis on a desktop card, and a phone card leaves about 58 px per bar.
 */
export const GRADE_AXIS_LABEL_WIDTH = 10;

/** Bars of branch counts per grade, best first, each labelled "count (share)". */
export function gradeDistributionOption(
  counts: Record<string, number>,
  options: GradeDistributionOptions,
): EChartsOption {
  const bars = gradeDistributionBars(counts, options);
  return {
    ...titleOption(options),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, top: options.title ? 48 : 24, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: bars.map((b) => b.name),
      // Every grade named (interval 0), long names wrapped so that none has to be hidden.
      axisLabel: {
        interval: 0,
        hideOverlap: false,
        formatter: (name: string) => wrapLabel(name, GRADE_AXIS_LABEL_WIDTH),
      },
    },
    yAxis: { type: 'value', name: word('branches', options.lang), minInterval: 1 },
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        data: bars.map((b) => ({
          name: b.name,
          value: b.value,
          itemStyle: { color: b.color },
          label: { show: true, position: 'top', formatter: `${b.value} (${b.share})` },
        })),
      },
    ],
  };
}

/** The distribution as a table: grade, branches, share, the same figures as the bars' labels. */
export function gradeDistributionTable(
  counts: Record<string, number>,
  options: GradeDistributionOptions,
): ChartTable {
  const { lang } = options;
  return {
    columns: [
      { key: 'grade', title: word('grade', lang) },
      { key: 'count', title: word('branches', lang), numeric: true },
      { key: 'share', title: word('share', lang), numeric: true },
    ],
    rows: gradeDistributionBars(counts, options).map((b) => ({
      key: b.name,
      cells: { grade: b.name, count: String(b.value), share: b.share },
    })),
  };
}
