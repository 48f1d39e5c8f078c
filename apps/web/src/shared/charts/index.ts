export { EChart } from './EChart';
export type { EChartProps } from './EChart';
export { useContentLang } from './useChartLang';
export { useCompactCharts } from './useCompactCharts';
export { ChartDataTable } from './ChartDataTable';
export type { ChartDataTableProps, ChartRowLink } from './ChartDataTable';
