import { defaultFramework } from '@pathboard/frameworks';
import { benchReports, formatReportBench } from './bench-report';

describe('report benchmark helper', () => {
  it('times every builder on a small unit and prints the targets', async () => {
    const result = await benchReports(defaultFramework, 60, 1);
    expect(result).toMatchObject({ branches: 60, runs: 1, importRows: 60 });
    for (const ms of [result.workbookMs, result.bareWorkbookMs, result.pdfMs, result.importParseMs])
      expect(ms).toBeGreaterThan(0);
    expect(result.ratio).toBeCloseTo(result.workbookMs / result.bareWorkbookMs, 6);
    expect(result.workbookBytes).toBeGreaterThan(10_000);
    const { lines } = formatReportBench(result);
    expect(lines[0]).toContain('60 branches');
    expect(lines.join('\n')).toMatch(/ratio app\/bare\s+\d+\.\d\d/);
  });
});
