import type { EChartsOption } from 'echarts';
import { pickLabel } from './labels';
import { SERIES_COLORS } from './palette';
import { radarAxisName, radarFrame, radarMax, radarNameFont } from './path-radar';
import { titleOption } from './title';
import type { CompareBranch, PathHeader, RadarOptions } from './types';

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 6;

/** The compared branches' colours: the series palette, never the grade colours. */
export const COMPARE_COLORS = SERIES_COLORS;

/** Overlaid radars of 2–6 branches' path percents; more than six becomes unreadable, so it is refused. */
export function compareRadarOption(
  branches: CompareBranch[],
  paths: PathHeader[],
  options: RadarOptions,
): EChartsOption {
  if (branches.length < COMPARE_MIN || branches.length > COMPARE_MAX) {
    throw new RangeError(
      `compareRadarOption needs ${COMPARE_MIN}–${COMPARE_MAX} branches, got ${branches.length}`,
    );
  }
  const { lang } = options;
  const max = radarMax(branches.flatMap((b) => paths.map((p) => b.paths[p.code] ?? null)));
  const names = branches.map((b) => pickLabel(b.name, lang));
  return {
    ...titleOption(options),
    color: COMPARE_COLORS,
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, data: names },
    radar: {
      indicator: paths.map((p) => ({
        name: radarAxisName(pickLabel(p.name, lang), options.axisNameWidth),
        max,
      })),
      ...radarFrame(options.compact),
      axisName: radarNameFont(options.compact),
    },
    series: [
      {
        type: 'radar',
        data: branches.map((b, i) => ({ name: names[i], value: paths.map((p) => b.paths[p.code] ?? '-') })),
      },
    ],
  };
}
