import * as XLSX from 'xlsx';
import { defaultFramework } from '@pathboard/frameworks';
import { buildQuarterlyWorkbook } from '../excel/write-workbook';
import { buildQuarterlyPdf } from '../pdf/quarterly-pdf';
import { pdfPages } from '../testing/pdf-text';
import { syntheticQuarterlyInput } from '../testing/synthetic-scored';
import { buildQuarterlyReportData } from './quarterly-data';
import type { ReportRectification } from './types';

const squash = (text: string) => text.replace(/\s+/g, '');

const item = (over: Partial<ReportRectification>): ReportRectification => ({
  branchCode: 'B001',
  branchName: '第一支部',
  period: '2026Q3',
  indicatorCode: 'ORG_THEME_DAYS',
  problem: '主题党日开展不足',
  requiredAction: '补开主题党日',
  deadline: '2026-12-31T15:59:00.000Z',
  status: 'OPEN',
  overdue: false,
  ...over,
});

describe('整改事项 in the quarterly reports', () => {
  const input = syntheticQuarterlyInput(defaultFramework, 6);
  const data = buildQuarterlyReportData({
    ...input,
    rectifications: [
      item({ branchName: '第一支部', problem: '按期待整改' }),
      item({ branchCode: 'B002', branchName: '第二支部', problem: '逾期未整改', overdue: true }),
      item({ branchCode: 'B003', branchName: '第三支部', problem: '待核验', status: 'ANSWERED' }),
    ],
  });

  it('orders the unclosed items overdue first', () => {
    expect(data.rectifications.map((r) => r.problem)).toEqual(['逾期未整改', '按期待整改', '待核验']);
  });

  it('lists them in the workbook’s 整改事项 sheet with the indicator name and the district-clock deadline', async () => {
    const book = XLSX.read(await buildQuarterlyWorkbook(data), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets['整改事项']);
    expect(rows.map((r) => [r['支部名称'], r['存在问题'], r['状态'], r['是否逾期'] ?? ''])).toEqual([
      ['第二支部', '逾期未整改', '待整改', '逾期'],
      ['第一支部', '按期待整改', '待整改', ''],
      ['第三支部', '待核验', '已反馈待核验', ''],
    ]);
    expect(rows[0]['指标']).toBe(
      defaultFramework.paths.flatMap((p) => p.indicators).find((i) => i.code === 'ORG_THEME_DAYS')!.name.zh,
    );
    // 15:59 UTC is 23:59 in Asia/Shanghai.
    expect(rows[0]['整改期限']).toBe('2026-12-31 23:59');
  });

  it('reports the counts and the items in the PDF, and says so when none are open', async () => {
    const text = squash(pdfPages(await buildQuarterlyPdf(data)).join(''));
    expect(text).toContain('七、整改事项');
    expect(text).toContain('未销号整改事项3项，其中逾期未整改1项，已反馈待核验1项');
    expect(text).toContain('逾期未整改');
    const none = squash(pdfPages(await buildQuarterlyPdf({ ...data, rectifications: [] })).join(''));
    expect(none).toContain('无未销号的整改事项');
  });
});
