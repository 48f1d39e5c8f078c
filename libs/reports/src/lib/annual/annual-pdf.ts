import { percentileText } from '@pathboard/scoring';
import { formatLocalDateTime } from '../model/local-time';
import { FONT_BOLD, FONT_REGULAR } from '../pdf/fonts';
import {
  CONTENT_WIDTH,
  collectPdf,
  heading,
  newDocument,
  PAGE,
  paragraph,
  RED,
  renderTo,
  table,
} from '../pdf/layout';
import {
  ANNUAL_STATUS_NAMES,
  capText,
  fmt2,
  QUARTER_STATUS_NAMES,
  signed,
  signedInt,
  type AnnualReportData,
  type BranchAnnualReportData,
} from './annual-types';
import type { Writable } from 'node:stream';

export function annualReportTitle(d: AnnualReportData): string {
  return `${d.unit.name}${d.year}年度党建考评通报`;
}

export function branchAnnualReportTitle(d: BranchAnnualReportData): string {
  return `${d.branch.name}${d.year}年度考评报告`;
}

function titleBlock(doc: PDFKit.PDFDocument, title: string, sub: string): void {
  doc
    .font(FONT_BOLD)
    .fontSize(17)
    .fillColor(RED)
    .text(title, PAGE.margin, PAGE.margin, { width: CONTENT_WIDTH, align: 'center' });
  doc.moveDown(0.3).font(FONT_REGULAR).fontSize(9.5).fillColor('#595959');
  doc.text(sub, { width: CONTENT_WIDTH, align: 'center' });
  doc.fillColor('black').moveDown(0.6);
}

/** A unit's annual report: headline and year-on-year figures, the grade distribution, capped branches and why, the ranking. */
export function buildAnnualPdf(d: AnnualReportData): Promise<Buffer> {
  const title = annualReportTitle(d);
  const doc = newDocument(title);
  return collectPdf((out: Writable) =>
    renderTo(doc, out, () => {
      titleBlock(
        doc,
        title,
        `结果状态：${ANNUAL_STATUS_NAMES[d.status] ?? d.status}    数据截至：${formatLocalDateTime(d.generatedAt, d.timeZone)}`,
      );
      heading(doc, '一、总体情况与同比');
      const change =
        d.mean !== null && d.previousMean !== null ? Math.round((d.mean - d.previousMean) * 100) / 100 : null;
      paragraph(
        doc,
        `${d.year}年度共有${d.branchCount}个党支部参加年度考评，年度平均分${fmt2(d.mean)}分` +
          (d.previousYear
            ? `，${d.previousYear}年度平均分${fmt2(d.previousMean)}分，同比${signed(change)}分。`
            : '，无上年度数据可比。') +
          `其中${d.cappedCount}个支部的年度等次因否决项被封顶。`,
      );
      heading(doc, '二、年度等次分布');
      table(
        doc,
        [
          { header: '年度等次', width: 200 },
          { header: '支部数', width: 100, align: 'right' },
          { header: '占比', width: 100, align: 'right' },
        ],
        d.grades.map((g, i) => [
          g.name.zh,
          String(d.gradeCounts[i] ?? 0),
          d.branchCount ? `${(((d.gradeCounts[i] ?? 0) * 100) / d.branchCount).toFixed(2)}%` : '—',
        ]),
        { fontSize: 9 },
      );
      if (d.children.length > 0) {
        heading(doc, '三、下级单位');
        table(
          doc,
          [
            { header: '单位', width: 180 },
            { header: '参评支部', width: 70, align: 'right' },
            { header: '年度平均分', width: 80, align: 'right' },
            ...d.grades.map((g) => ({ header: g.name.zh, width: 60, align: 'right' as const })),
          ],
          d.children.map((c) => [
            c.unit.name,
            String(c.branchCount),
            fmt2(c.mean),
            ...c.gradeCounts.map(String),
          ]),
        );
      }
      heading(doc, `${d.children.length > 0 ? '四' : '三'}、等次被封顶的支部`);
      const capped = d.branches.filter((b) => b.cappedBy);
      if (capped.length === 0) paragraph(doc, '本年度没有支部的等次被封顶。');
      else
        table(
          doc,
          [
            { header: '支部', width: 150 },
            { header: '年度总分', width: 55, align: 'right' },
            { header: '按总分', width: 50 },
            { header: '年度等次', width: 50 },
            { header: '封顶原因', width: CONTENT_WIDTH - 305 },
          ],
          capped.map((b) => [
            b.name,
            fmt2(b.total),
            b.uncappedGrade.name.zh,
            b.grade.name.zh,
            capText(b.cappedBy!),
          ]),
        );
      heading(doc, `${d.children.length > 0 ? '五' : '四'}、年度排名`);
      table(
        doc,
        [
          { header: '排名', width: 32, align: 'right' },
          { header: '支部', width: 170 },
          { header: '年度总分', width: 55, align: 'right' },
          { header: '年度等次', width: 55 },
          { header: '计入季度', width: 45, align: 'right' },
          { header: '百分位', width: 45, align: 'right' },
          { header: '同比', width: 50, align: 'right' },
          { header: '名次变化', width: CONTENT_WIDTH - 452, align: 'right' },
        ],
        d.branches.map((b) => [
          String(b.rank),
          b.name,
          fmt2(b.total),
          b.grade.name.zh,
          String(b.countedQuarters),
          percentileText(b.percentile),
          signed(b.totalChange),
          signedInt(b.rankChange),
        ]),
      );
    }),
  );
}

/** A branch's one-page annual report: grade, the quarters that counted, the path figures and the explanation. */
export function buildBranchAnnualPdf(d: BranchAnnualReportData): Promise<Buffer> {
  const title = branchAnnualReportTitle(d);
  const doc = newDocument(title);
  const r = d.result;
  return collectPdf((out: Writable) =>
    renderTo(doc, out, () => {
      titleBlock(
        doc,
        title,
        `结果状态：${ANNUAL_STATUS_NAMES[d.status] ?? d.status}    生成时间：${formatLocalDateTime(d.generatedAt, d.timeZone)}`,
      );
      doc.font(FONT_BOLD).fontSize(14).fillColor('black');
      doc.text(`年度总分 ${fmt2(r.total)}    年度等次 ${r.grade.name.zh}`, {
        width: CONTENT_WIDTH,
        align: 'center',
      });
      doc.font(FONT_REGULAR).fontSize(10).moveDown(0.3);
      doc.text(
        `同级${r.peerCount}个支部中排第${r.rank}名（百分位${percentileText(r.percentile)}）    同比${signed(r.totalChange)}分    名次变化${signedInt(r.rankChange)}`,
        { width: CONTENT_WIDTH, align: 'center' },
      );
      if (r.cappedBy) {
        doc.moveDown(0.3).fillColor(RED);
        doc.text(`按总分应为${r.uncappedGrade.name.zh}，因${capText(r.cappedBy)}`, {
          width: CONTENT_WIDTH,
          align: 'center',
        });
        doc.fillColor('black');
      }
      heading(doc, '各季度计入情况');
      table(
        doc,
        [
          { header: '季度', width: 120 },
          { header: '季度总分', width: 100, align: 'right' },
          { header: '是否审核', width: 100 },
          { header: '计入方式', width: 100 },
        ],
        r.quarters.map((q) => [
          `第${q.quarter}季度`,
          fmt2(q.total),
          q.approved ? '已审核' : '未审核',
          QUARTER_STATUS_NAMES[q.status] ?? q.status,
        ]),
        { fontSize: 9 },
      );
      heading(doc, '各路径年度得分率');
      table(
        doc,
        [
          { header: '路径', width: 250 },
          { header: '年度得分率（%）', width: 120, align: 'right' },
        ],
        d.paths.map((p, i) => [p.name.zh, fmt2(r.pathPercents[i] ?? null)]),
        { fontSize: 9 },
      );
      heading(doc, '计算说明');
      paragraph(doc, r.explanation.zh);
    }),
  );
}
