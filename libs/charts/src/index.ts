export * from './lib/types';
export * from './lib/labels';
export * from './lib/palette';
export * from './lib/large-data';
export { rankingBarOption, rankingBarTable, sortForRanking } from './lib/ranking-bar';
export type { RankingBarOptions } from './lib/ranking-bar';
export { pathRadarOption, pathRadarTable, peerMedianPaths, radarMax } from './lib/path-radar';
export type { RadarComparison, RadarComparisonKind } from './lib/path-radar';
export { heatmapOption, heatmapTable, gradePieces } from './lib/heatmap';
export { heatmapLayout, heatmapMinWidth } from './lib/heatmap-layout';
export type { HeatmapKind, HeatmapLayout } from './lib/heatmap-layout';
export type { HeatmapOptions } from './lib/heatmap';
export {
  gradeDistributionBars,
  gradeDistributionOption,
  gradeDistributionTable,
  countGrades,
} from './lib/grade-distribution';
export type { GradeBar } from './lib/grade-distribution';
export type { GradeDistributionOptions } from './lib/grade-distribution';
export { trendLineOption, trendLineTable, MANY_SERIES } from './lib/trend-line';
export type { TrendLineOptions } from './lib/trend-line';
export {
  compareRadarOption,
  COMPARE_COLORS,
  COMPARE_MAX,
  COMPARE_MIN,
  isUnscored,
} from './lib/compare-radar';
export {
  indicatorColumnKind,
  indicatorHeatmapMinWidth,
  indicatorHeatmapOption,
  indicatorHeatmapTable,
  indicatorShare,
} from './lib/indicator-heatmap';
export type {
  IndicatorColumn,
  IndicatorColumnKind,
  IndicatorHeatmapOptions,
  IndicatorHeatmapRow,
} from './lib/indicator-heatmap';
