import type { DataZoomComponentOption } from 'echarts';

/** Above this many rows a category chart scrolls (dataZoom) instead of squeezing labels. */
export const DATAZOOM_ROW_THRESHOLD = 30;
/** Above this many data points series switch to ECharts' large/progressive canvas rendering. */
export const LARGE_DATA_THRESHOLD = 500;
/** Rows shown at once in a scrolling chart: enough to compare, few enough to read every label. */
export const VISIBLE_ROWS = 20;
/** Items drawn per animation frame in progressive mode. */
export const PROGRESSIVE_CHUNK = 1000;

export function isLarge(points: number): boolean {
  return points > LARGE_DATA_THRESHOLD;
}

/**
 * A vertical scroll window over a category y-axis showing the first `visible` rows: a slider the
 * user can drag plus wheel/touch scrolling inside the grid.
 */
export function verticalDataZoom(rowCount: number, visible = VISIBLE_ROWS): DataZoomComponentOption[] {
  const endValue = Math.min(rowCount, visible) - 1;
  return [
    {
      type: 'slider',
      yAxisIndex: 0,
      startValue: 0,
      endValue,
      right: 8,
      width: 14,
      filterMode: 'empty',
      brushSelect: false,
    },
    {
      type: 'inside',
      yAxisIndex: 0,
      startValue: 0,
      endValue,
      zoomOnMouseWheel: false,
      moveOnMouseWheel: true,
      moveOnMouseMove: false,
    },
  ];
}
