import type { Writable } from 'node:stream';
import { pathRadarOption, trendLineOption } from '@pathboard/charts';
import { percentileText, scoreGap } from '@pathboard/scoring';
import { lowestIndicators } from '../model/branch-data';
import { formatLocalDateTime } from '../model/local-time';
import {
  provisionalMark,
  scoreLabel,
  SECTOR_NAMES,
  STATUS_NAMES,
  type BranchReportData,
} from '../model/types';
import { drawChart, PDF_RADAR_NAME_WIDTH, withRadarRoom } from './charts';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { CONTENT_WIDTH, collectPdf, heading, newDocument, PAGE, RED, renderTo, table } from './layout';
import { fixed2, periodLabel } from './narrative';
import { gradeBands } from './quarterly-pdf';

/** Lowest indicators listed with their explanations; more would not fit the single page. */
const LOWEST_COUNT = 6;
/** Indicators whose evidence files are listed (one line each); the rest are counted. */
const EVIDENCE_LINES = 5;

export function branchReportTitle(data: BranchReportData): string {
  return `${data.branch.name}${periodLabel(data.period)}党建考评报告`;
}

/**
 * The one-page report of a branch: its scores, its path figures, trend and standing among peers,
 * and the indicators that lost the most points with the engine's explanation of each.
 */
export async function writeBranchPdf(data: BranchReportData, output: Writable): Promise<void> {
  const title = branchReportTitle(data);
  const doc = newDocument(title);
  await renderTo(doc, output, () => {
    doc
      .font(FONT_BOLD)
      .fontSize(17)
      .fillColor(RED)
      .text(title, PAGE.margin, PAGE.margin, { width: CONTENT_WIDTH, align: 'center' });
    const b = data.branch;
    doc.moveDown(0.3).font(FONT_REGULAR).fontSize(9.5).fillColor('#595959');
    doc.text(
      `上级党组织：${b.parentName}    类型：${SECTOR_NAMES[b.sector]}    党员：${b.memberCount}名    状态：${STATUS_NAMES[data.status]}`,
      { width: CONTENT_WIDTH, align: 'center' },
    );
    doc.fillColor('black').moveDown(0.6);
    scoreBoxes(doc, data);
    pathTable(doc, data);
    charts(doc, data);
    evidenceSection(doc, data);
    adjustmentSection(doc, data);
    lowestSection(doc, data);
    // The footer sits inside the bottom margin; without lifting the margin pdfkit would start a page 2.
    doc.page.margins.bottom = 0;
    doc.font(FONT_REGULAR).fontSize(8).fillColor('#8c8c8c');
    doc.text(
      `填报完整度 ${data.completeness.answered}/${data.completeness.applicable}    生成时间 ${formatLocalDateTime(data.generatedAt, data.timeZone)}    ${data.framework.name.zh}（第${data.framework.version}版）`,
      PAGE.margin,
      PAGE.height - PAGE.margin + 8,
      { width: CONTENT_WIDTH, align: 'center', lineBreak: false },
    );
  });
}

export function buildBranchPdf(data: BranchReportData): Promise<Buffer> {
  return collectPdf((stream) => writeBranchPdf(data, stream));
}

function scoreBoxes(doc: PDFKit.PDFDocument, data: BranchReportData): void {
  const official = data.official;
  const gap = official && data.self ? scoreGap(data.self.total, official.total) : null;
  const peers = data.peers;
  // Only an approved score is 审核: a submitted one is provisional (待审核), a draft's or returned
  // one's is not even reported, and committee figures (this page's peer rank too) leave it out.
  const boxes: [string, string][] = [
    [scoreLabel(data.status), official ? fixed2(official.total) : '—'],
    ['等次', official ? official.grade.name.zh : '—'],
    ['自评总分', data.self ? fixed2(data.self.total) : '—'],
    ['自评偏差', gap === null ? '—' : `${gap > 0 ? '+' : ''}${fixed2(gap)}`],
    // A submitted (not yet reviewed) branch's rank is marked 暂定, as on the overview.
    [
      `${peers.groupLabel}排名`,
      peers.rank === null
        ? '—'
        : [`${peers.rank}/${peers.size}`, provisionalMark(data.status)].filter(Boolean).join(' '),
    ],
    ['百分位', peers.percentile === null ? '—' : percentileText(peers.percentile)],
  ];
  const width = CONTENT_WIDTH / boxes.length;
  const top = doc.y;
  boxes.forEach(([label, value], index) => {
    const x = PAGE.margin + index * width;
    doc.rect(x + 2, top, width - 4, 44).fill('#fbeaea');
    doc
      .font(FONT_BOLD)
      .fontSize(14)
      .fillColor(RED)
      .text(value, x, top + 6, { width, align: 'center', lineBreak: false });
    doc
      .font(FONT_REGULAR)
      .fontSize(8.5)
      .fillColor('#595959')
      .text(label, x, top + 28, { width, align: 'center', lineBreak: false });
  });
  doc.fillColor('black');
  doc.x = PAGE.margin;
  doc.y = top + 52;
}

function pathTable(doc: PDFKit.PDFDocument, data: BranchReportData): void {
  heading(doc, '路径得分', 11);
  const rows = data.framework.paths.map((path) => {
    const maxPoints = path.maxPoints ?? 100;
    const points = data.official?.paths[path.code];
    const selfPoints = data.self?.paths[path.code];
    const median = data.peers.pathMedians[path.code];
    return [
      path.name.zh,
      String(path.weight),
      points === undefined ? '—' : `${fixed2(points)} / ${maxPoints}`,
      points === undefined ? '—' : `${fixed2((points / maxPoints) * 100)}%`,
      selfPoints === undefined ? '—' : fixed2(selfPoints),
      median === undefined ? '—' : `${fixed2(median)}%`,
    ];
  });
  table(
    doc,
    [
      { header: '路径', width: 159 },
      { header: '权重', width: 50, align: 'right' },
      { header: data.status === 'APPROVED' ? '审核得分/满分' : '得分/满分', width: 90, align: 'right' },
      { header: '得分率', width: 65, align: 'right' },
      { header: '自评得分', width: 65, align: 'right' },
      { header: `${data.peers.groupLabel}中位数`, width: CONTENT_WIDTH - 429, align: 'right' },
    ],
    rows,
    { fontSize: 9, rowHeight: 16 },
  );
}

function charts(doc: PDFKit.PDFDocument, data: BranchReportData): void {
  const height = 180;
  const half = CONTENT_WIDTH / 2;
  const top = doc.y;
  const periods = data.trend.map((point) => point.period);
  const trend = trendLineOption(periods, [{ name: '总分', values: data.trend.map((point) => point.total) }], {
    lang: 'zh',
    grades: gradeBands(data.framework),
    title: '总分趋势',
    valueName: 'total',
  });
  drawChart(doc, trend, PAGE.margin, top, half - 6, height);
  const current = data.framework.paths.map((path) => {
    const points = data.official?.paths[path.code];
    return {
      code: path.code,
      name: path.name,
      percent: points === undefined ? null : (points / (path.maxPoints ?? 100)) * 100,
    };
  });
  const peers = data.framework.paths.map((path) => ({
    code: path.code,
    name: path.name,
    percent: data.peers.pathMedians[path.code] ?? null,
  }));
  drawChart(
    doc,
    withRadarRoom(
      pathRadarOption(
        current,
        { kind: 'peersMedian', paths: peers },
        { lang: 'zh', title: '路径得分率', axisNameWidth: PDF_RADAR_NAME_WIDTH },
      ),
    ),
    PAGE.margin + half + 6,
    top,
    half - 6,
    height,
  );
  doc.x = PAGE.margin;
  doc.y = top + height + 6;
}

/** The evidence files (佐证材料) behind the values: one line per indicator, names joined. */
function evidenceSection(doc: PDFKit.PDFDocument, data: BranchReportData): void {
  const count = data.evidence.reduce((sum, line) => sum + line.files.length, 0);
  heading(doc, count ? `佐证材料（${count}个文件）` : '佐证材料', 11);
  doc.font(FONT_REGULAR).fontSize(8.5).fillColor('#404040');
  if (!count) {
    doc.text('未上传佐证材料。', PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  } else {
    for (const line of data.evidence.slice(0, EVIDENCE_LINES)) {
      doc.text(`${line.name.zh}：${line.files.join('、')}`, PAGE.margin, doc.y, {
        width: CONTENT_WIDTH,
        height: 12,
        ellipsis: true,
      });
    }
    const rest = data.evidence.length - EVIDENCE_LINES;
    if (rest > 0)
      doc.text(`另有${rest}项指标附有佐证材料，见归档压缩包。`, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  }
  doc.fillColor('black').moveDown(0.3);
}

/**
 * 审核调整: the indicators scored on a value the reviewer set, each with the reason given, in
 * framework order; nothing when there is none. At most three lines: the page is one page.
 */
function adjustmentSection(doc: PDFKit.PDFDocument, data: BranchReportData): void {
  const adjusted = data.indicators.filter((line) => line.adjusted);
  if (!adjusted.length) return;
  heading(doc, `审核调整（${adjusted.length}项）`, 11);
  doc.font(FONT_REGULAR).fontSize(8.5).fillColor('#404040');
  const text = adjusted
    .map((line) => (line.adjusted?.reason ? `${line.name.zh}（${line.adjusted.reason}）` : line.name.zh))
    .join('；');
  doc.text(`${text}。`, PAGE.margin, doc.y, { width: CONTENT_WIDTH, height: 36, ellipsis: true });
  doc.fillColor('black').moveDown(0.3);
}

function lowestSection(doc: PDFKit.PDFDocument, data: BranchReportData): void {
  heading(doc, '失分较多的指标', 11);
  const lowest = lowestIndicators(data.indicators, LOWEST_COUNT);
  if (lowest.length === 0) {
    doc
      .font(FONT_REGULAR)
      .fontSize(9.5)
      .text('各项指标均得满分。', PAGE.margin, doc.y, { width: CONTENT_WIDTH });
    return;
  }
  // Whatever room is left above the footer is shared by the lines, so the page never overflows.
  const room = PAGE.height - PAGE.margin - 16 - doc.y;
  const each = Math.max(24, room / lowest.length);
  for (const line of lowest) {
    const top = doc.y;
    if (top + 24 > PAGE.height - PAGE.margin - 16) break;
    const status = line.missing ? '（未填报）' : line.adjusted ? '（审核调整）' : '';
    doc.font(FONT_BOLD).fontSize(9.5).fillColor('black');
    doc.text(
      `${line.name.zh}${status}  ${fixed2(line.points)} / ${fixed2(line.maxPoints)} 分`,
      PAGE.margin,
      top,
      { width: CONTENT_WIDTH, lineBreak: false },
    );
    doc.font(FONT_REGULAR).fontSize(8.5).fillColor('#404040');
    const why = line.adjusted?.reason
      ? `调整理由：${line.adjusted.reason}。${line.reason.zh}`
      : line.reason.zh;
    doc.text(why, PAGE.margin + 12, top + 14, {
      width: CONTENT_WIDTH - 12,
      height: each - 18,
      ellipsis: true,
    });
    doc.y = Math.min(doc.y, top + each) + 2;
  }
  doc.fillColor('black');
}
