import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import SVGtoPDF from 'svg-to-pdfkit';
import { FONT_BOLD, FONT_REGULAR } from './fonts';

/**
 * Render an ECharts option server-side to SVG (no canvas, no browser) and draw it into the PDF as
 * vectors, so the charts stay sharp at any zoom and their labels are real, searchable text.
 */
export function renderChartSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    // Animation off: SSR renders the first frame, which would otherwise be an empty chart.
    chart.setOption({ ...option, animation: false, textStyle: { fontFamily: 'sans-serif' } });
    return printableText(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/**
 * ECharts outlines its labels with a white stroke painted under the fill (paint-order="stroke");
 * svg-to-pdfkit ignores paint-order and paints the stroke over the glyphs, which left the value
 * labels white on white. On paper the outline is not needed: it is dropped from every text.
 */
export function printableText(svg: string): string {
  return svg.replace(/<text\b[^>]*>/g, (tag) =>
    tag.includes('paint-order="stroke"')
      ? tag.replace(/\s(stroke|stroke-width|stroke-miterlimit|paint-order)="[^"]*"/g, '')
      : tag,
  );
}

/**
 * ECharts sizes its text for screens (12 px labels); drawn 1:1 in points a half-page chart would be
 * mostly text. Rendering on a larger canvas and scaling it into the box gives print proportions.
 */
const PRINT_SCALE = 1.6;

export function drawChart(
  doc: PDFKit.PDFDocument,
  option: EChartsOption,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  const svg = renderChartSvg(option, Math.round(width * PRINT_SCALE), Math.round(height * PRINT_SCALE));
  SVGtoPDF(doc, svg, x, y, {
    width,
    height,
    assumePt: true,
    // Without it svg-to-pdfkit draws the SVG at its own size instead of fitting it into the box.
    preserveAspectRatio: 'xMidYMid meet',
    // Every SVG text uses the embedded CJK font: the SVG names generic families the PDF does not have.
    fontCallback: (_family, bold) => (bold ? FONT_BOLD : FONT_REGULAR),
    warningCallback: () => undefined,
  });
  doc.font(FONT_REGULAR);
}

/**
 * The radar moved down a little so the chart title does not sit on the top axis name, and made
 * smaller so that the side names (wrapped by the caller: axisNameWidth) stay inside the half page
 * and the bottom name stays above the legend.
 */
export function withRadarRoom(option: EChartsOption): EChartsOption {
  return { ...option, radar: { ...(option.radar as object), center: ['50%', '53%'], radius: '50%' } };
}

/** Radar axis names in a half-page PDF chart wrap at this width (a CJK character counts 2). */
export const PDF_RADAR_NAME_WIDTH = 10;
