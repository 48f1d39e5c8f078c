import type { EChartsOption } from 'echarts';
import { word } from './labels';
import { DEFAULT_GRADES, gradeColor, gradeForScore, MISSING_COLOR } from './palette';
import { titleOption } from './title';
import type { ChartOptions, GradeBand, RankedUnit } from './types';

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

/** Bars of branch counts per grade, best first, each labelled "count (share)". */
export function gradeDistributionOption(
  counts: Record<string, number>,
  options: GradeDistributionOptions,
): EChartsOption {
  const { lang } = options;
  const grades = options.grades ?? DEFAULT_GRADES;
  const missing = options.missing ?? 0;
  const graded = grades.reduce((sum, g) => sum + (counts[g.code] ?? 0), 0);
  const all = graded + missing;

  const bars = grades.map((g) => ({
    name: g.name[lang],
    value: counts[g.code] ?? 0,
    itemStyle: { color: gradeColor(g.code, grades) },
  }));
  if (missing > 0)
    bars.push({ name: word('missing', lang), value: missing, itemStyle: { color: MISSING_COLOR } });

  return {
    ...titleOption(options),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, top: options.title ? 48 : 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: bars.map((b) => b.name) },
    yAxis: { type: 'value', name: word('branches', lang), minInterval: 1 },
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        data: bars.map((b) => ({
          ...b,
          label: { show: true, position: 'top', formatter: `${b.value} (${percentText(b.value, all)})` },
        })),
      },
    ],
  };
}
