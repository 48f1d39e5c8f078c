import type { EChartsOption } from 'echarts';
import { pickLabel } from './labels';
import type { ChartOptions } from './types';

/** The optional chart title; absent when the caller frames the chart itself. */
export function titleOption(options: ChartOptions): Pick<EChartsOption, 'title'> {
  return options.title
    ? { title: { text: pickLabel(options.title, options.lang), left: 'center', textStyle: { fontSize: 14 } } }
    : {};
}
