export { EChart } from './EChart';
export type { EChartProps } from './EChart';
export { useContentLang } from './useChartLang';
export { useCompactCharts } from './useCompactCharts';
