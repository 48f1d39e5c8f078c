/**
 * Input shapes of the chart builders. They are structurally compatible with the scoring
 * contract (libs/scoring types) but declared here so the charts stay usable from any figure
 * source: GraphQL results in the browser, aggregate rows in the PDF report.
 */

export type ChartLang = 'zh' | 'en';

/** Bilingual text, Chinese first. A plain string is shown as is in both languages. */
export interface LocalizedLabel {
  zh: string;
  en: string;
}
export type Label = string | LocalizedLabel;

export interface ChartOptions {
  lang: ChartLang;
  /** Optional title drawn by ECharts (the PDF report uses it; the web app uses card titles). */
  title?: Label;
}

/** Radar options: a narrow card (a tablet, a side column) wraps long path names instead of clipping them. */
export interface RadarOptions extends ChartOptions {
  /** Wrap axis names wider than this many columns (CJK characters count 2); default: never wrap. */
  axisNameWidth?: number;
  /**
   * A phone-width card (about 340 px): a smaller ring, raised off the legend, with smaller names
   * closer to it, so the side names (干部队伍与教育培训) fit inside the card instead of being cut.
   */
  compact?: boolean;
}

/** A grade band, ordered best first, as in a framework: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格. */
export interface GradeBand {
  code: string;
  name: LocalizedLabel;
  min: number;
}

/** One unit or branch in a ranking. */
export interface RankedUnit {
  id: string;
  name: Label;
  /** Official total; null when not assessed (shown as missing, sorted last). */
  total: number | null;
  gradeCode?: string | null;
}

/** A path's percent (0..100, may exceed 100 through bonuses). */
export interface PathFigure {
  code: string;
  name: Label;
  percent: number | null;
}

/** A branch's row in the heatmap: path code → percent. */
export interface HeatmapRow {
  id: string;
  name: Label;
  paths: Record<string, number | null>;
}

export interface PathHeader {
  code: string;
  name: Label;
}

export interface TrendSeries {
  name: Label;
  /** One value per period, aligned with the periods array; null where missing. */
  values: (number | null)[];
}

export interface CompareBranch {
  id: string;
  name: Label;
  paths: Record<string, number | null>;
}

/**
 * A chart's figures as a table: the accessible alternative to the canvas (screen readers, keyboard
 * users, anyone who wants the exact numbers). Each builder that offers one derives it from the very
 * rows it draws, so the table can never disagree with the chart.
 */
export interface ChartTable {
  columns: ChartTableColumn[];
  rows: ChartTableRow[];
}

export interface ChartTableColumn {
  key: string;
  title: string;
  /** Figures are right-aligned so their digits line up. */
  numeric?: boolean;
}

export interface ChartTableRow {
  key: string;
  /** Column key → the text shown, formatted as the chart's labels and tooltips show it. */
  cells: Record<string, string>;
  /** The unit a row stands for (ranking rows), so a table row can lead where a click on its bar does. */
  unitId?: string;
}
