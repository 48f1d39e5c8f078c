import type { GridComponentOption } from 'echarts';
import { DATAZOOM_ROW_THRESHOLD } from './large-data';

/**
 * The room a heatmap's parts take, in px, so its builder and the card around it agree: the row
 * names' column and each cell column. A compact (phone) heatmap gives names less room and breaks
 * its column names over lines. Below the width every column needs, ECharts overlaps the column
 * names and the cells' figures (or hides names), so the card scrolls sideways instead
 * (heatmapMinWidth).
 */
export interface HeatmapLayout {
  rowNameWidth: number;
  cellWidth: number;
}

export type HeatmapKind = 'paths' | 'indicators';

/** Left and right margins of a heatmap's grid, and the dataZoom slider's room when it scrolls. */
const HEATMAP_GRID = { left: 8, right: 16, rightScrolling: 40 } as const;
/** ECharts' gap between the row names and the grid. */
const NAME_GAP = 8;

/** A heatmap's grid: room for a title, the column names above, the grade legend below, the slider. */
export function heatmapGrid(titled: boolean, scrolls: boolean): GridComponentOption {
  return {
    left: HEATMAP_GRID.left,
    right: scrolls ? HEATMAP_GRID.rightScrolling : HEATMAP_GRID.right,
    top: titled ? 40 : 16,
    bottom: 56,
    containLabel: true,
  };
}

export function heatmapLayout(kind: HeatmapKind, compact?: boolean): HeatmapLayout {
  // A cell shows one decimal (100.0, 25.0): about 32 px at 12 px, in any of these widths. A column
  // name gets the cell's width less 4 px: six CJK characters a line on a desktop, four on a phone.
  if (kind === 'paths')
    return compact ? { rowNameWidth: 96, cellWidth: 52 } : { rowNameWidth: 160, cellWidth: 80 };
  // Indicator names are longer: on a phone they break over lines, elsewhere they are cut at 88 px.
  return compact ? { rowNameWidth: 96, cellWidth: 60 } : { rowNameWidth: 160, cellWidth: 92 };
}

/**
 * The narrowest a heatmap may be with every column readable: `columns` drawn columns over `rows`
 * rows (past DATAZOOM_ROW_THRESHOLD the chart scrolls and keeps room for its slider).
 */
export function heatmapMinWidth(kind: HeatmapKind, columns: number, rows: number, compact?: boolean): number {
  const layout = heatmapLayout(kind, compact);
  const right = rows > DATAZOOM_ROW_THRESHOLD ? HEATMAP_GRID.rightScrolling : HEATMAP_GRID.right;
  return HEATMAP_GRID.left + layout.rowNameWidth + NAME_GAP + columns * layout.cellWidth + right;
}
