import type { EChartsOption } from 'echarts';
import { pickLabel, word } from './labels';
import { SERIES_COLORS } from './palette';
import { radarAxisName, radarFrame, radarMax, radarNameFont } from './path-radar';
import { titleOption } from './title';
import type { CompareBranch, PathHeader, RadarOptions } from './types';

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 6;

/** The compared branches' colours: the series palette, never the grade colours. */
export const COMPARE_COLORS = SERIES_COLORS;

/** A branch with no percent on any path has no score yet (returned, never submitted, not assessed). */
export function isUnscored(branch: CompareBranch): boolean {
  return Object.values(branch.paths).every((v) => v === null || v === undefined);
}

/**
 * Overlaid radars of 2–6 branches' path percents; more than six becomes unreadable, so it is refused.
 * An unscored branch is not drawn: ECharts puts an all-'-' item at the centre, which reads as 0 on every
 * axis (the worst score). It keeps its legend entry, marked 未评, so its colour stays the one of the
 * table and the reader sees why it has no shape.
 */
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
  const names = branches.map((b) =>
    isUnscored(b)
      ? `${pickLabel(b.name, lang)}${lang === 'zh' ? `（${word('missing', lang)}）` : ` (${word('missing', lang)})`}`
      : pickLabel(b.name, lang),
  );
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
        data: branches.map((b, i) =>
          isUnscored(b)
            ? {
                name: names[i],
                value: paths.map(() => '-'),
                // Nothing to draw: no centre dot, no outline, no fill; the legend still shows its colour.
                symbol: 'none',
                lineStyle: { opacity: 0 },
                areaStyle: { opacity: 0 },
                emphasis: { disabled: true },
              }
            : { name: names[i], value: paths.map((p) => b.paths[p.code] ?? '-') },
        ),
      },
    ],
  };
}
