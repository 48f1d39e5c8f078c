import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import {
  formatLocalDateTime,
  formatLocalDeadline,
  periodLabel,
  RECTIFICATION_STATUS_NAMES,
} from '@pathboard/reports';
import type { RectificationItemModel } from './models/rectification.model';
import { RECTIFICATION_ACTION_WORDS, type RectificationAction } from './rectification-workflow';

type Column = {
  header: string;
  width: number;
  value: (i: RectificationItemModel, timeZone: string) => string | null;
};

/** 整改台账 columns: one definition for the header and the row; names, not codes, as on the screen. */
const COLUMNS: Column[] = [
  { header: '支部', width: 24, value: (i) => i.branchName },
  { header: '季度', width: 16, value: (i) => periodLabel(i.periodCode) },
  { header: '路径', width: 16, value: (i) => i.pathName.zh },
  { header: '指标', width: 28, value: (i) => i.indicatorName.zh },
  { header: '存在问题', width: 40, value: (i) => i.problem },
  { header: '整改要求', width: 40, value: (i) => i.requiredAction },
  // As text in the district's zone, as the quarterly report prints deadlines (an Excel date has no zone).
  { header: '整改期限', width: 18, value: (i, zone) => formatLocalDeadline(i.deadline, zone) },
  {
    header: '状态',
    width: 14,
    value: (i) => RECTIFICATION_STATUS_NAMES[i.status as keyof typeof RECTIFICATION_STATUS_NAMES] ?? i.status,
  },
  { header: '是否逾期', width: 10, value: (i) => (i.overdue ? '逾期' : '') },
  { header: '整改措施', width: 40, value: (i) => i.measures },
  // The note the branch wrote with its answer, then the files it sent with it (already loaded with
  // the history, one query for all the items): two things, two columns.
  { header: '佐证材料说明', width: 30, value: (i) => i.evidence },
  { header: '佐证文件', width: 30, value: (i) => answerFileNames(i) },
  { header: '整改记录', width: 60, value: (i, zone) => historyText(i, zone) },
];

/** 佐证文件: the names of the files sent with the latest answer (the one 整改措施 and 佐证材料说明 are of). */
function answerFileNames(item: RectificationItemModel): string | null {
  const answer = [...item.history].reverse().find((h) => h.action === 'ANSWER');
  return (answer?.files ?? []).map((f) => f.name).join('、') || null;
}

/**
 * 整改记录: one line per step, oldest first, as the ledger screen's timeline shows it
 * ("2026-11-22 10:05 反馈：措施（附件：a.pdf、b.jpg）"), in the district's time zone.
 */
function historyText(item: RectificationItemModel, timeZone: string): string {
  return item.history
    .map((h) => {
      const comment = h.comment ? `：${h.comment}` : '';
      const files = h.files.length ? `（附件：${h.files.map((f) => f.name).join('、')}）` : '';
      return `${formatLocalDateTime(h.at, timeZone)} ${RECTIFICATION_ACTION_WORDS[h.action as RectificationAction]?.zh ?? h.action}${comment}${files}`;
    })
    .join('\n');
}

/** Writes the ledger as one sheet; every time in `timeZone` (the district's, DISTRICT_TIME_ZONE). */
export async function writeRectificationWorkbook(
  items: RectificationItemModel[],
  output: Writable,
  timeZone: string,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  const sheet = workbook.addWorksheet('整改台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(COLUMNS.length).alignment = { wrapText: true, vertical: 'top' };
  for (const item of items) sheet.addRow(COLUMNS.map((c) => c.value(item, timeZone))).commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  await sheet.commit();
  await workbook.commit();
}
