import * as XLSX from 'xlsx';
import { pdfPages } from '../testing/pdf-text';
import { renderReportJob } from '../render/render-job';
import type { AnnualReportBranch, AnnualReportData } from './annual-types';

const grade = (code: string, zh: string) => ({ code, name: { zh, en: code } });
const branch = (over: Partial<AnnualReportBranch>): AnnualReportBranch => ({
  code: 'B1',
  name: '一支部',
  total: 90,
  grade: grade('EXCELLENT', '优秀'),
  uncappedGrade: grade('EXCELLENT', '优秀'),
  cappedBy: null,
  countedQuarters: 4,
  quarters: [1, 2, 3, 4].map((quarter) => ({ quarter, total: 90, approved: true, status: 'COUNTED' })),
  pathPercents: [90],
  rank: 1,
  peerCount: 2,
  percentile: 100,
  previousTotal: 85,
  totalChange: 5,
  previousRank: 2,
  rankChange: 1,
  explanation: { zh: '四个季度均计入。', en: 'All four quarters counted.' },
  ...over,
});

const data: AnnualReportData = {
  unit: { code: 'D', name: '示范区' },
  year: 2026,
  status: 'FROZEN',
  previousYear: 2025,
  grades: [grade('EXCELLENT', '优秀'), grade('PASS', '合格')],
  paths: [{ code: 'P', name: { zh: '组织建设', en: 'Organization' } }],
  branchCount: 2,
  mean: 91.13,
  previousMean: 83.5,
  gradeCounts: [1, 1],
  cappedCount: 1,
  children: [],
  branches: [
    branch({
      code: 'B2',
      name: '二支部',
      total: 92.25,
      grade: grade('PASS', '合格'),
      cappedBy: {
        source: 'QUARTER_VETO',
        quarter: 2,
        code: 'V',
        name: { zh: '严重违纪', en: 'violation' },
        capGrade: grade('PASS', '合格'),
      },
    }),
    branch({ rank: 2, percentile: 0 }),
  ],
  generatedAt: '2026-12-05T01:00:00Z',
  timeZone: 'Asia/Shanghai',
};

describe('annual reports', () => {
  it('the workbook lists year on year, the grade distribution and every capped branch with its reason', async () => {
    const book = XLSX.read(await renderReportJob({ kind: 'annual-xlsx', data }), { type: 'buffer' });
    expect(book.SheetNames).toEqual(['汇总', '年度排名', '封顶说明', '下级单位']);
    const rows = (name: string) => XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name], { header: 1 });
    const summary = rows('汇总');
    expect(summary).toContainEqual(['年度平均分', 91.13]);
    expect(summary).toContainEqual(['2025年度平均分', 83.5]);
    expect(summary).toContainEqual(['同比变化', 7.63]);
    expect(summary).toContainEqual(['合格', 1]);
    const capped = rows('封顶说明');
    expect(capped).toHaveLength(2);
    expect(capped[1]).toEqual([
      'B2',
      '二支部',
      '优秀',
      '合格',
      '第2季度一票否决（严重违纪），封顶为合格',
      '四个季度均计入。',
    ]);
  });

  it('the PDFs print the figures and the cap in extractable Chinese', async () => {
    const text = pdfPages(await renderReportJob({ kind: 'annual-pdf', data })).join('\n');
    expect(text).toContain('示范区2026年度党建考评通报');
    expect(text).toContain('同比+7.63分');
    expect(text).toContain('第2季度一票否决（严重违纪），封顶为合格');
    const one = pdfPages(
      await renderReportJob({
        kind: 'branch-annual-pdf',
        data: {
          branch: { code: 'B2', name: '二支部' },
          year: 2026,
          status: 'OPEN',
          paths: data.paths,
          result: data.branches[0],
          generatedAt: data.generatedAt,
          timeZone: data.timeZone,
        },
      }),
    ).join('\n');
    expect(one).toContain('二支部2026年度考评报告');
    expect(one).toContain('年度等次 合格');
    expect(one).toContain('按总分应为优秀');
  });
});
