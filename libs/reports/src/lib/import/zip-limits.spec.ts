import { defaultFramework } from '@pathboard/frameworks';
import { buildZip, zipBombWorkbook } from '../testing/zip-bomb';
import { MAX_REPORTED_IMPORT_ERRORS, parseImportWorkbook } from './parse';
import { buildImportTemplate } from './template';
import { IMPORT_ZIP_LIMITS, inspectWorkbookZip } from './zip-limits';

const parse = (file: Buffer) => parseImportWorkbook(file, defaultFramework, [], { period: '2026Q4' });
const MB = 1024 * 1024;

describe('import workbook limits (zip bombs, rows, error count)', () => {
  it('refuses a small workbook that unpacks to hundreds of MB, from the central directory, before parsing', async () => {
    // About 240 MB of sheet XML; Excel's parser once took 2.5 GB and 18.7 s on such a file.
    const bomb = await zipBombWorkbook({ chunks: 200 });
    expect(bomb.length).toBeLessThan(2 * MB);
    const rssBefore = process.memoryUsage().rss;
    const result = await parse(bomb);
    const grown = process.memoryUsage().rss - rssBefore;
    expect(result.errors).toEqual([
      expect.objectContaining({ row: null, code: 'FILE_TOO_LARGE_UNCOMPRESSED' }),
    ]);
    expect(result.errors[0].reason.en).toContain(
      `the limit is ${IMPORT_ZIP_LIMITS.uncompressedBytes / MB} MB`,
    );
    expect(result.rows).toEqual([]);
    // Nothing was unpacked: far less than the 240 MB of XML (a generous bound, not a timing).
    expect(grown).toBeLessThan(100 * MB);
  });

  it('refuses an entry that lies about its size as soon as it unpacks past what it declared', async () => {
    const liar = await zipBombWorkbook({ chunks: 200, declareSize: 1000 });
    const rssBefore = process.memoryUsage().rss;
    expect(inspectWorkbookZip(liar)).toMatchObject({ code: 'FILE_TOO_LARGE_UNCOMPRESSED' });
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * MB);
  });

  it('refuses more worksheet rows than the cap before parsing', async () => {
    const rows = IMPORT_ZIP_LIMITS.rows + 1000;
    const wide = await zipBombWorkbook({ rowsPerChunk: 1000, chunks: rows / 1000 });
    expect(inspectWorkbookZip(wide)).toMatchObject({ code: 'TOO_MANY_ROWS' });
    const result = await parse(wide);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'TOO_MANY_ROWS' })]);
    expect(result.errors[0].reason.en).toContain(String(IMPORT_ZIP_LIMITS.rows));
  });

  it('refuses a zip with more parts than a template could have', async () => {
    const parts = Array.from({ length: IMPORT_ZIP_LIMITS.entries + 1 }, (_, i) => ({
      name: `x/${i}.xml`,
      chunk: Buffer.from('<a/>'),
      times: 1,
    }));
    expect(inspectWorkbookZip(await buildZip(parts))).toMatchObject({ code: 'TOO_MANY_ENTRIES' });
  });

  it('lets a real template through, and leaves what is not a zip to the parser', async () => {
    const template = await buildImportTemplate(
      defaultFramework,
      [{ code: 'B1', name: '支部', sector: 'RURAL' }],
      '2026Q4',
    );
    expect(inspectWorkbookZip(template)).toBeNull();
    expect(inspectWorkbookZip(Buffer.from('%PDF-1.7 not a spreadsheet'))).toBeNull();
  });

  it(`returns at most ${MAX_REPORTED_IMPORT_ERRORS} errors and says how many more there were`, async () => {
    const branches = Array.from({ length: 300 }, (_, i) => ({
      code: `UNKNOWN-${i}`,
      name: `支部${i}`,
      sector: 'RURAL' as const,
    }));
    const result = await parse(await buildImportTemplate(defaultFramework, branches, '2026Q4'));
    expect(result.errors).toHaveLength(MAX_REPORTED_IMPORT_ERRORS);
    expect(result.omittedErrors).toBe(300 - MAX_REPORTED_IMPORT_ERRORS);
    expect(result.errors.every((e) => e.code === 'UNKNOWN_BRANCH')).toBe(true);
    expect(result.errors[0].row).toBe(3); // the first ones, in file order
  });
});
