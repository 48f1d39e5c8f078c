import type { Writable } from 'node:stream';
import {
  gradeDistributionOption,
  pathRadarOption,
  rankingBarOption,
  type GradeBand,
} from '@pathboard/charts';
import type { Framework } from '@pathboard/scoring';
import type { EChartsOption } from 'echarts';
import { formatLocalDate, formatLocalDeadlineDay } from '../model/local-time';
import { rankText, RECTIFICATION_STATUS_NAMES, STATUS_NAMES, type QuarterlyReportData } from '../model/types';
import { drawChart, PDF_RADAR_NAME_WIDTH, withRadarRoom } from './charts';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import {
  CONTENT_WIDTH,
  collectPdf,
  ensureSpace,
  heading,
  newDocument,
  PAGE,
  paragraph,
  RED,
  renderTo,
  table,
  type TableColumn,
} from './layout';
import { fixed2, percent1, periodLabel, quarterlyNarrative } from './narrative';

/** Branches shown in the ranking chart: a 5,000-bar chart is unreadable on paper; the table has them all. */
const CHART_TOP = 15;

export function quarterlyReportTitle(data: QuarterlyReportData): string {
  return `${data.unit.name}${periodLabel(data.period)}基层党建考评通报`;
}

/**
 * The quarterly report (季度通报) of a unit: title, headline figures, generated paragraphs, vector
 * charts and the full ranking table (paginated, header repeated). Streams into `output`.
 */
export async function writeQuarterlyPdf(data: QuarterlyReportData, output: Writable): Promise<void> {
  const title = quarterlyReportTitle(data);
  const doc = newDocument(title);
  await renderTo(doc, output, () => {
    titleBlock(doc, data, title);
    headlineFigures(doc, data);
    const sections = quarterlyNarrative(data);
    // The ranking chart belongs after section 2; when the page has no room for it there, the text
    // runs on and the chart comes at the first section end with room (a new page under section 2
    // had left a third of page 1 blank).
    let rankingPlaced = false;
    sections.forEach((section, index) => {
      heading(doc, section.heading);
      for (const text of section.paragraphs) paragraph(doc, text);
      if (index === 0) overviewCharts(doc, data);
      if (index >= 1 && !rankingPlaced) rankingPlaced = rankingChart(doc, data, false);
    });
    if (!rankingPlaced) rankingChart(doc, data, true);
    heading(doc, '六、排名表');
    rankingTable(doc, data);
    rectificationSection(doc, data);
  });
}

export function buildQuarterlyPdf(data: QuarterlyReportData): Promise<Buffer> {
  return collectPdf((stream) => writeQuarterlyPdf(data, stream));
}

export function gradeBands(framework: Framework): GradeBand[] {
  return framework.grades.map((grade) => ({ code: grade.code, name: grade.name, min: grade.min }));
}

function titleBlock(doc: PDFKit.PDFDocument, data: QuarterlyReportData, title: string): void {
  doc
    .font(FONT_BOLD)
    .fontSize(20)
    .fillColor(RED)
    .text(title, PAGE.margin, PAGE.margin, { width: CONTENT_WIDTH, align: 'center' });
  doc.moveDown(0.3).font(FONT_REGULAR).fontSize(10).fillColor('#595959');
  doc.text(
    `考核方案：${data.framework.name.zh}（第${data.framework.version}版）    数据截至：${formatLocalDate(data.generatedAt, data.timeZone)}`,
    { width: CONTENT_WIDTH, align: 'center' },
  );
  doc
    .moveTo(PAGE.margin, doc.y + 6)
    .lineTo(PAGE.width - PAGE.margin, doc.y + 6)
    .lineWidth(1.5)
    .strokeColor(RED)
    .stroke();
  doc.fillColor('black').moveDown(1);
}

function headlineFigures(doc: PDFKit.PDFDocument, data: QuarterlyReportData): void {
  const a = data.aggregates;
  const best = data.framework.grades[0];
  const bestShare = a.assessed === 0 ? 0 : (a.gradeCounts[best.code] ?? 0) / a.assessed;
  const figures: [string, string][] = [
    ['参评支部', `${a.assessed}/${a.expected}`],
    ['完成率', percent1(a.completion)],
    ['待审核', String(a.provisional)],
    ['平均分', a.mean === null ? '—' : fixed2(a.mean)],
    ['中位数', a.median === null ? '—' : fixed2(a.median)],
    [`${best.name.zh}率`, percent1(bestShare)],
    ['按时提交率', percent1(a.onTimeRate)],
  ];
  const boxWidth = CONTENT_WIDTH / figures.length;
  const top = doc.y;
  figures.forEach(([label, value], index) => {
    const x = PAGE.margin + index * boxWidth;
    doc.rect(x + 2, top, boxWidth - 4, 46).fill('#fbeaea');
    doc
      .font(FONT_BOLD)
      .fontSize(15)
      .fillColor(RED)
      .text(value, x, top + 7, { width: boxWidth, align: 'center', lineBreak: false });
    doc
      .font(FONT_REGULAR)
      .fontSize(8.5)
      .fillColor('#595959')
      .text(label, x, top + 29, { width: boxWidth, align: 'center', lineBreak: false });
  });
  doc.fillColor('black');
  doc.x = PAGE.margin;
  doc.y = top + 56;
}

function overviewCharts(doc: PDFKit.PDFDocument, data: QuarterlyReportData): void {
  const height = 190;
  ensureSpace(doc, height + 10);
  const top = doc.y;
  const half = CONTENT_WIDTH / 2;
  const grades = gradeBands(data.framework);
  const missing = data.aggregates.expected - data.aggregates.assessed;
  drawChart(
    doc,
    gradeDistributionOption(data.aggregates.gradeCounts, {
      lang: 'zh',
      grades,
      missing: Math.max(0, missing),
      title: '等次分布',
    }),
    PAGE.margin,
    top,
    half - 6,
    height,
  );
  const paths = data.framework.paths.map((path) => ({
    code: path.code,
    name: path.name,
    percent: data.aggregates.pathMeans[path.code] ?? null,
  }));
  drawChart(
    doc,
    withRadarRoom(
      pathRadarOption(paths, null, {
        lang: 'zh',
        title: '路径平均得分率',
        axisNameWidth: PDF_RADAR_NAME_WIDTH,
      }),
    ),
    PAGE.margin + half + 6,
    top,
    half - 6,
    height,
  );
  doc.x = PAGE.margin;
  doc.y = top + height + 8;
}

/** Draws the top-15 chart when it fits on this page (or always, with `force`); true once drawn. */
function rankingChart(doc: PDFKit.PDFDocument, data: QuarterlyReportData, force: boolean): boolean {
  const top15 = data.branches.filter((branch) => branch.official).slice(0, CHART_TOP);
  if (top15.length === 0) return true;
  const height = 70 + top15.length * 18;
  if (!force && doc.y + height + 10 > PAGE.height - PAGE.margin) return false;
  ensureSpace(doc, height + 10);
  const top = doc.y;
  const units = top15.map((branch) => ({
    id: branch.code,
    name: branch.name,
    total: branch.official!.total,
    gradeCode: branch.official!.grade.code,
  }));
  const option = rankingBarOption(units, {
    lang: 'zh',
    grades: gradeBands(data.framework),
    title: `总分前${top15.length}名`,
  });
  // On paper every bar needs its whole name (ECharts would skip labels it thinks crowded, and cut
  // names past 160 px) and the axis name needs room on the right.
  const yAxis = { ...(option.yAxis as object), axisLabel: { width: 260, overflow: 'truncate', interval: 0 } };
  const xAxis = { ...(option.xAxis as object), name: '' };
  drawChart(doc, { ...option, yAxis, xAxis } as EChartsOption, PAGE.margin, top, CONTENT_WIDTH, height);
  doc.x = PAGE.margin;
  doc.y = top + height + 8;
  return true;
}

function rankingTable(doc: PDFKit.PDFDocument, data: QuarterlyReportData): void {
  const paths = data.framework.paths;
  const pathWidth = Math.min(35, 140 / Math.max(1, paths.length));
  // 等次 has room for "不合格" and a gap after the total ("57.57不合格" read as one cell).
  // 排名 takes a provisional mark ("12 暂定", shrunk to fit as any cell), as the overview marks it;
  // the path columns give it the room, so the branch name keeps its width.
  const fixed = 30 + 72 + 36 + 38 + 34 + 38;
  const columns: TableColumn[] = [
    { header: '排名', width: 30, align: 'right' },
    { header: '党支部', width: CONTENT_WIDTH - fixed - pathWidth * paths.length },
    { header: '上级党组织', width: 72 },
    // Path names are long ("干部队伍与教育培训"); four characters identify them in a narrow column.
    ...paths.map((path) => ({ header: path.name.zh.slice(0, 4), width: pathWidth, align: 'right' as const })),
    { header: '总分', width: 36, align: 'right' },
    { header: '等次', width: 38, align: 'center' },
    // Approved (已审核) or still provisional (待审核): a ranked score is one or the other.
    { header: '状态', width: 34, align: 'center' },
    { header: '较上期', width: 38, align: 'right' },
  ];
  table(doc, columns, rankingRows(data));
}

function* rankingRows(data: QuarterlyReportData): Iterable<string[]> {
  for (const branch of data.branches) {
    const official = branch.official;
    const change =
      official && branch.previousTotal !== null
        ? Math.round((official.total - branch.previousTotal) * 100) / 100
        : null;
    yield [
      branch.rank === null ? '—' : rankText(branch.rank, branch.status),
      branch.name,
      branch.parentName,
      ...data.framework.paths.map((path) =>
        official && official.paths[path.code] !== undefined ? fixed2(official.paths[path.code]) : '—',
      ),
      official ? fixed2(official.total) : '未考评',
      official ? official.grade.name.zh : '—',
      STATUS_NAMES[branch.status],
      change === null ? '—' : change > 0 ? `+${fixed2(change)}` : fixed2(change),
    ];
  }
}

/** 七、整改事项: counts, then every unclosed item (overdue first), so the 通报 says what is still open. */
function rectificationSection(doc: PDFKit.PDFDocument, data: QuarterlyReportData): void {
  heading(doc, '七、整改事项');
  const items = data.rectifications;
  const overdue = items.filter((r) => r.overdue).length;
  const answered = items.filter((r) => r.status === 'ANSWERED').length;
  if (items.length === 0) {
    paragraph(doc, '截至本通报生成时，无未销号的整改事项。');
    return;
  }
  paragraph(
    doc,
    `截至本通报生成时，未销号整改事项${items.length}项，其中逾期未整改${overdue}项，已反馈待核验${answered}项。请所属党（工）委督促整改。`,
  );
  const names = new Map(data.framework.paths.flatMap((p) => p.indicators).map((i) => [i.code, i.name.zh]));
  // 周期 holds a quarter in words (2026年第三季度): two short lines at most.
  const fixed = 52 + 90 + 62 + 60 + 30;
  const columns: TableColumn[] = [
    { header: '周期', width: 52 },
    { header: '党支部', width: 90 },
    { header: '指标', width: 90 },
    { header: '存在问题', width: CONTENT_WIDTH - fixed - 90 },
    { header: '整改期限', width: 62 },
    { header: '状态', width: 60, align: 'center' },
    { header: '逾期', width: 30, align: 'center' },
  ];
  table(
    doc,
    columns,
    items.map((r) => [
      periodLabel(r.period),
      r.branchName,
      names.get(r.indicatorCode) ?? r.indicatorCode,
      r.problem,
      formatLocalDeadlineDay(r.deadline, data.timeZone),
      RECTIFICATION_STATUS_NAMES[r.status],
      r.overdue ? '逾期' : '',
    ]),
  );
}
