import { PassThrough } from 'node:stream';
import * as XLSX from 'xlsx';
import type { EvidenceFileModel } from '../evidence/models/evidence-file.model';
import type { RectificationItemModel } from './models/rectification.model';
import { writeRectificationWorkbook } from './rectification-export';

const file = (id: string, name: string): EvidenceFileModel =>
  ({ id, name, indicatorCode: 'ORG_THEME_DAYS', mimeType: 'application/pdf' }) as EvidenceFileModel;

const ITEM: RectificationItemModel = {
  id: 'i1',
  assessmentId: 'a1',
  branchId: 'b1',
  branchName: '和平社区党支部',
  periodCode: '2026Q4',
  indicatorCode: 'ORG_THEME_DAYS',
  pathCode: 'ORGANIZATION',
  pathName: { zh: '组织建设', en: 'Organization building' },
  indicatorName: { zh: '主题党日', en: 'Themed Party days' },
  problem: '主题党日开展不足',
  requiredAction: '补开',
  deadline: new Date('2027-01-10T16:00:00.000Z'),
  status: 'ANSWERED',
  overdue: false,
  measures: '已补开两次',
  evidence: null,
  version: 2,
  createdAt: new Date('2026-12-01T02:00:00.000Z'),
  history: [
    {
      action: 'CREATE',
      fromStatus: null,
      toStatus: 'OPEN',
      actorId: null,
      comment: '开展不足',
      at: new Date('2026-12-01T02:00:00.000Z'),
      files: [],
    },
    {
      action: 'ANSWER',
      fromStatus: 'OPEN',
      toStatus: 'ANSWERED',
      actorId: null,
      comment: '已补开两次',
      at: new Date('2026-12-03T23:30:00.000Z'),
      files: [],
    },
  ],
  pendingFiles: [],
  lastRejection: null,
};

async function rows(timeZone: string, items = [ITEM]): Promise<Record<string, string>[]> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeRectificationWorkbook(items, out, timeZone);
  const book = XLSX.read(Buffer.concat(chunks), { type: 'buffer' });
  return XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets['整改台账']);
}

describe('the 整改台账 workbook', () => {
  it('prints names, the quarter and the status in words', async () => {
    const [row] = await rows('Asia/Shanghai');
    expect([row['支部'], row['季度'], row['路径'], row['指标'], row['状态']]).toEqual([
      '和平社区党支部',
      '2026年第四季度',
      '组织建设',
      '主题党日',
      '已反馈待核验',
    ]);
  });

  it.each([
    // The deadline is midnight in Shanghai: the end of the 10th (24:00), as every screen says it.
    [
      'Asia/Shanghai',
      '2027-01-10 24:00',
      ['2026-12-01 10:00 下发：开展不足', '2026-12-04 07:30 反馈：已补开两次'],
    ],
    [
      'Asia/Urumqi',
      '2027-01-10 22:00',
      ['2026-12-01 08:00 下发：开展不足', '2026-12-04 05:30 反馈：已补开两次'],
    ],
  ])('prints every time in the district zone %s', async (zone, deadline, history) => {
    const [row] = await rows(zone);
    expect(row['整改期限']).toBe(deadline);
    expect(row['整改记录'].split('\n')).toEqual(history);
  });

  it('keeps the evidence note and the files of the latest answer apart (佐证材料说明, 佐证文件)', async () => {
    const answer = ITEM.history[1];
    const resent: RectificationItemModel = {
      ...ITEM,
      evidence: '照片已重新扫描',
      history: [
        ITEM.history[0],
        { ...answer, files: [file('f0', '旧扫描件.pdf')] },
        { ...answer, action: 'REJECT', fromStatus: 'ANSWERED', toStatus: 'OPEN', comment: '扫描件不清晰' },
        { ...answer, files: [file('f1', '考核表.pdf'), file('f2', '签到表.jpg')] },
      ],
      // Attached for a next answer, not sent: not part of the answer the row shows.
      pendingFiles: [file('f3', '草稿.pdf')],
    };
    const [plain, withFiles] = await rows('Asia/Shanghai', [ITEM, resent]);
    expect([plain['佐证材料说明'], plain['佐证文件']]).toEqual([undefined, undefined]);
    expect([withFiles['佐证材料说明'], withFiles['佐证文件']]).toEqual([
      '照片已重新扫描',
      '考核表.pdf、签到表.jpg',
    ]);
    expect(Object.keys(withFiles)).not.toContain('佐证材料');
  });
});
