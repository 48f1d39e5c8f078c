import * as XLSX from 'xlsx';
import { PROVISIONAL_LABEL } from '@pathboard/scoring';
import { buildQuarterlyWorkbook } from '../excel/write-workbook';
import { quarterlyNarrative } from '../pdf/narrative';
import { buildQuarterlyPdf } from '../pdf/quarterly-pdf';
import { scoredReport } from '../testing/fixtures';
import { pdfPages } from '../testing/pdf-text';

const squash = (text: string) => text.replace(/\s+/g, '');
const occurrences = (text: string, word: string) => text.split(word).length - 1;

describe('provisional ranks in the quarterly reports', () => {
  const data = scoredReport(60);
  // Ranked and submitted, not yet reviewed: exactly the rows the overview marks 暂定.
  const provisional = data.branches.filter((b) => b.rank !== null && b.status === 'SUBMITTED');

  it('the fixture has provisional and approved ranked scores', () => {
    expect(provisional.length).toBeGreaterThan(0);
    expect(data.branches.some((b) => b.rank !== null && b.status === 'APPROVED')).toBe(true);
  });

  it('the PDF ranking table marks each provisional rank 暂定 and nothing else', async () => {
    const text = squash(pdfPages(await buildQuarterlyPdf(data)).join(''));
    const table = text.slice(text.lastIndexOf('六、排名表'), text.lastIndexOf('七、整改事项'));
    expect(occurrences(table, PROVISIONAL_LABEL.zh)).toBe(provisional.length);
    for (const b of provisional) expect(table).toContain(`${b.rank}${PROVISIONAL_LABEL.zh}${b.name}`);
  });

  it('the workbook ranking sheet marks the same rows in its 暂定标记 column', async () => {
    const book = XLSX.read(await buildQuarterlyWorkbook(data), { type: 'buffer' });
    const [header, ...rows] = XLSX.utils.sheet_to_json<(string | number | null)[]>(book.Sheets['排名'], {
      header: 1,
      defval: null,
    });
    const mark = header.indexOf('暂定标记');
    const code = header.indexOf('支部编码');
    expect(mark).toBeGreaterThan(0);
    const marked = rows.filter((r) => r[mark] === PROVISIONAL_LABEL.zh).map((r) => r[code]);
    expect(marked.sort()).toEqual(provisional.map((b) => b.code).sort());
  });

  it('the PDF prose marks 暂定 each provisional branch it names, explains the mark, and marks no other', () => {
    const sections = quarterlyNarrative(data).filter((s) => /先进与后进|进步与退步/.test(s.heading));
    const prose = sections.flatMap((s) => s.paragraphs).join('');
    const named = data.branches.filter((b) => prose.includes(`${b.name}（`));
    expect(named.some((b) => b.status === 'SUBMITTED')).toBe(true);
    expect(named.some((b) => b.status === 'APPROVED')).toBe(true);
    for (const b of named) {
      for (const mention of prose.split(`${b.name}（`).slice(1)) {
        const figures = mention.slice(0, mention.indexOf('）'));
        expect({ branch: b.name, provisional: figures.endsWith(`，${PROVISIONAL_LABEL.zh}`) }).toEqual({
          branch: b.name,
          provisional: b.status === 'SUBMITTED',
        });
      }
    }
    for (const section of sections) {
      const marked = section.paragraphs.some((p) => p.includes(`，${PROVISIONAL_LABEL.zh}）`));
      expect(section.paragraphs.at(-1)!.startsWith(`标注“${PROVISIONAL_LABEL.zh}”`)).toBe(marked);
    }
  });
});
