import { scoredReport } from '../testing/fixtures';
import { pdfPages } from '../testing/pdf-text';
import { renderReportJob } from './render-job';

describe('renderReportJob', () => {
  const data = scoredReport(12);

  it('renders the quarterly PDF of the data it is given', async () => {
    const file = await renderReportJob({ kind: 'quarterly-pdf', data });
    expect(file.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPages(file).join('').replace(/\s+/g, '')).toContain(data.unit.name);
  });

  it('renders the quarterly workbook (a zip)', async () => {
    const file = await renderReportJob({ kind: 'quarterly-xlsx', data });
    expect(file.subarray(0, 2).toString()).toBe('PK');
  });

  it('survives a structured clone of its job (what a worker thread receives)', async () => {
    const file = await renderReportJob(structuredClone({ kind: 'quarterly-pdf' as const, data }));
    expect(file.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
