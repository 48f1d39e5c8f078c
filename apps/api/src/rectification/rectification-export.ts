import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import type { RectificationItemModel } from './models/rectification.model';

/** 整改台账 columns: one definition for the header and the row. */
const COLUMNS: {
  header: string;
  width: number;
  value: (i: RectificationItemModel) => string | Date | null;
}[] = [
  { header: '支部', width: 24, value: (i) => i.branchName },
  { header: '季度', width: 10, value: (i) => i.periodCode },
  { header: '路径', width: 16, value: (i) => i.pathCode },
  { header: '指标', width: 24, value: (i) => i.indicatorCode },
  { header: '存在问题', width: 40, value: (i) => i.problem },
  { header: '整改要求', width: 40, value: (i) => i.requiredAction },
  { header: '整改期限', width: 18, value: (i) => i.deadline },
  { header: '状态', width: 14, value: (i) => STATUS_ZH[i.status] ?? i.status },
  { header: '是否逾期', width: 10, value: (i) => (i.overdue ? '逾期' : '') },
  { header: '整改措施', width: 40, value: (i) => i.measures },
  { header: '佐证材料', width: 30, value: (i) => i.evidence },
  { header: '整改记录', width: 60, value: (i) => historyText(i) },
];

const STATUS_ZH: Record<string, string> = { OPEN: '待整改', ANSWERED: '已反馈待核验', CLOSED: '已销号' };
const ACTION_ZH: Record<string, string> = { CREATE: '下发', ANSWER: '反馈', ACCEPT: '销号', REJECT: '退回' };

/**
 * 整改记录: one line per step, oldest first, as the ledger screen's timeline shows it
 * ("2026-11-22 10:05 反馈：措施（附件：a.pdf、b.jpg）"), in district wall-clock time.
 */
function historyText(item: RectificationItemModel): string {
  return item.history
    .map((h) => {
      const at = new Date(new Date(h.at).getTime() + SHANGHAI_OFFSET_MS)
        .toISOString()
        .slice(0, 16)
        .replace('T', ' ');
      const comment = h.comment ? `：${h.comment}` : '';
      const files = h.files.length ? `（附件：${h.files.map((f) => f.name).join('、')}）` : '';
      return `${at} ${ACTION_ZH[h.action] ?? h.action}${comment}${files}`;
    })
    .join('\n');
}

/**
 * Writes the ledger as one sheet. Deadlines are written as the district's wall-clock time
 * (Asia/Shanghai, UTC+8, no daylight saving), since Excel dates carry no zone.
 */
export async function writeRectificationWorkbook(
  items: RectificationItemModel[],
  output: Writable,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  const sheet = workbook.addWorksheet('整改台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(7).numFmt = 'yyyy-mm-dd hh:mm';
  sheet.getColumn(COLUMNS.length).alignment = { wrapText: true, vertical: 'top' };
  for (const item of items) {
    const row = COLUMNS.map((c) => {
      const v = c.value(item);
      return v instanceof Date ? new Date(v.getTime() + SHANGHAI_OFFSET_MS) : v;
    });
    sheet.addRow(row).commit();
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  await sheet.commit();
  await workbook.commit();
}

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
