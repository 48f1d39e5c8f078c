import { PassThrough } from 'node:stream';
import { defaultFramework } from '@pathboard/frameworks';
import { buildQuarterlyReportData, type ScoredBranchInput } from '../model/quarterly-data';
import { inputFigures } from '../testing/synthetic-scored';
import { scoredReport } from '../testing/fixtures';
import { pdfFonts, pdfPageCount, pdfPages } from '../testing/pdf-text';
import { fixed2 } from './narrative';
import { buildQuarterlyPdf, writeQuarterlyPdf } from './quarterly-pdf';

/** pdftotext keeps CJK glyphs but may space or break lines anywhere; compare without whitespace. */
const squash = (text: string) => text.replace(/\s+/g, '');

describe('quarterly PDF report', () => {
  const data = scoredReport(150);
  let pdf: Buffer;
  let pages: string[];

  beforeAll(async () => {
    pdf = await buildQuarterlyPdf(data);
    pages = pdfPages(pdf);
  });

  it('starts with the title, unit, period and headline figures as selectable Chinese text', () => {
    const first = squash(pages[0]);
    expect(first).toContain('示范区委组织部2026年第四季度基层党建考评通报');
    expect(first).toContain('参评支部');
    expect(first).toContain(`${data.aggregates.assessed}/${data.aggregates.expected}`);
    expect(first).toContain(fixed2(data.aggregates.mean!));
  });

  it('has the generated sections with the best branch, movers, the weakest path and completion', () => {
    const all = squash(pages.join(''));
    for (const heading of [
      '一、总体情况',
      '二、先进与后进',
      '三、进步与退步',
      '四、薄弱环节',
      '五、完成与时效',
      '六、排名表',
    ])
      expect(all).toContain(heading);
    const best = data.branches[0];
    expect(all).toContain(`得分居前的党支部：${best.name}（${fixed2(best.official!.total)}分）`);
    expect(all).toContain('较上期进步最大的党支部');
    expect(all).toMatch(/薄弱路径为“(组织建设|党内监督|党风廉政建设|干部队伍与教育培训)”/);
    expect(all).toContain(`考评完成率`);
  });

  it('draws the charts as vector text, not images', () => {
    const all = squash(pages.join(''));
    expect(all).toContain('等次分布');
    expect(all).toContain('路径平均得分率');
    expect(all).toContain('总分前15名');
    expect(pdf.includes('/Subtype /Image')).toBe(false);
  });

  it('lists every branch in the ranking table, with the header repeated on each page', () => {
    const all = squash(pages.join(''));
    for (const branch of data.branches) expect(all).toContain(branch.name);
    const tableStart = pages.findIndex((page) => squash(page).includes('六、排名表'));
    const tablePages = pages.slice(tableStart);
    expect(tablePages.length).toBeGreaterThan(2);
    expect(pdfPageCount(pdf)).toBe(pages.length);
    for (const page of tablePages) expect(squash(page)).toContain('排名党支部上级党组织');
  });

  it('embeds a subset of the CJK font with a Unicode map (selectable, searchable, small)', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/NotoSansHans/);
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
    expect(pdf.length).toBeLessThan(1_000_000);
  });

  it('still reports a unit where no branch has been assessed', async () => {
    const branches: ScoredBranchInput[] = [
      {
        code: 'B1',
        name: '新建党支部',
        parentName: '新设街道党工委',
        sector: 'NEW_ORG',
        memberCount: 3,
        status: 'NOT_STARTED',
        submittedAt: null,
        onTime: null,
        self: null,
        official: null,
        values: {},
        rank: null,
        previousRank: null,
        previousTotal: null,
      },
    ];
    const empty = buildQuarterlyReportData({
      unit: { code: 'U9', name: '新设街道党工委' },
      period: '2026Q1',
      previousPeriod: null,
      framework: defaultFramework,
      branches,
      figures: inputFigures(defaultFramework, branches, []),
    });
    const text = squash(pdfPages(await buildQuarterlyPdf(empty)).join(''));
    expect(text).toContain('新设街道党工委所属1个党支部均未完成考评，暂无得分数据。');
    expect(text).toContain('新建党支部');
  });

  it('streams into a writable', async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    await writeQuarterlyPdf(scoredReport(10), stream);
    expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
