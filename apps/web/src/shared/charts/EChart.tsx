import type { EChartsOption } from 'echarts';
import { BarChart, HeatmapChart, LineChart, RadarChart } from 'echarts/charts';
import {
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnceNearViewport } from './useOnceNearViewport';

// Only what the @pathboard/charts builders use, so the bundle carries no unused chart types.
echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  RadarChart,
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export interface EChartProps {
  /** An option from a @pathboard/charts builder, built with the current language. */
  option: EChartsOption;
  /** What the chart shows, for screen readers (the figure is also described by ECharts' aria). */
  label: string;
  height?: number;
  onEvents?: Record<string, (params: unknown) => void>;
}

/**
 * A chart has drawn its option: a performance mark the web benchmark (tools/bench/web.bench.ts) reads
 * as "first chart finished" (marks are cheap and kept by the browser's timeline only).
 */
function markFinished(): void {
  performance.mark('pathboard:chart-finished');
}

/**
 * Every chart's entry animation: ECharts' default (1 s) holds each chart back for a second after its
 * data has arrived, longest on the phones branch secretaries use; 300 ms still shows the motion.
 * A builder that turns animation off (large data) keeps it off.
 */
const ANIMATION = { animationDuration: 300, animationDurationUpdate: 300 } as const;

/**
 * Renders a builder's option on canvas, once the chart comes near the screen (useOnceNearViewport;
 * until then its box keeps the chart's height, so nothing moves). `notMerge` because builders return
 * complete options: a merge would keep series of the previous data (e.g. a removed branch in the
 * compare radar).
 */
export function EChart({ option, label, height = 360, onEvents }: EChartProps) {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'EN' : 'ZH';
  const box = useRef<HTMLDivElement>(null);
  const near = useOnceNearViewport(box);
  if (!near)
    return <div ref={box} role="img" aria-label={label} aria-busy style={{ height, width: '100%' }} />;
  return (
    <div ref={box} role="img" aria-label={label}>
      <ReactEChartsCore
        key={locale /* ECharts fixes its locale at init: re-create the chart when it changes */}
        echarts={echarts}
        option={{ aria: { enabled: true }, ...ANIMATION, ...option }}
        notMerge
        lazyUpdate
        opts={{ renderer: 'canvas', locale }}
        style={{ height, width: '100%' }}
        onEvents={{ finished: markFinished, ...onEvents }}
      />
    </div>
  );
}
