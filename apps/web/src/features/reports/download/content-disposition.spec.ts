import { filenameFromContentDisposition, safeFilename } from './content-disposition';

describe('filenameFromContentDisposition', () => {
  it('decodes the RFC 5987 UTF-8 form and prefers it to the ASCII fallback, in either order', () => {
    const encoded = encodeURIComponent('季度通报-示范区-2026年第三季度.pdf');
    expect(
      filenameFromContentDisposition(`attachment; filename="2026Q3.pdf"; filename*=UTF-8''${encoded}`),
    ).toBe('季度通报-示范区-2026年第三季度.pdf');
    expect(
      filenameFromContentDisposition(`attachment; filename*=UTF-8''${encoded}; filename="2026Q3.pdf"`),
    ).toBe('季度通报-示范区-2026年第三季度.pdf');
  });

  it('accepts a language tag, any letter case and spaces around the parts', () => {
    expect(
      filenameFromContentDisposition(`Attachment ;  FILENAME*= utf-8'zh-CN'%E8%80%83%E8%AF%84.xlsx`),
    ).toBe('考评.xlsx');
  });

  it('decodes ISO-8859-1 ext-values byte by byte', () => {
    expect(filenameFromContentDisposition("attachment; filename*=iso-8859-1'en'%A3%20rates.pdf")).toBe(
      '£ rates.pdf',
    );
  });

  it('falls back to the plain filename when the ext-value is malformed or in an unknown charset', () => {
    expect(
      filenameFromContentDisposition('attachment; filename*=UTF-8\'\'%E5%AD; filename="report.pdf"'),
    ).toBe('report.pdf');
    expect(
      filenameFromContentDisposition("attachment; filename*=Shift_JIS''%82%A0.pdf; filename=fallback.pdf"),
    ).toBe('fallback.pdf');
  });

  it('reads quoted names with escapes and semicolons, and bare tokens', () => {
    expect(filenameFromContentDisposition('attachment; filename="a \\"b\\"; c.xlsx"')).toBe('a "b"; c.xlsx');
    expect(filenameFromContentDisposition('attachment; filename=template.xlsx')).toBe('template.xlsx');
    expect(filenameFromContentDisposition('inline; name="x"; filename="y.pdf"')).toBe('y.pdf');
  });

  it('repairs raw UTF-8 that arrived as Latin-1 text, and leaves real Latin-1 alone', () => {
    const mojibake = String.fromCharCode(...new TextEncoder().encode('导入模板.xlsx'));
    expect(filenameFromContentDisposition(`attachment; filename="${mojibake}"`)).toBe('导入模板.xlsx');
    expect(filenameFromContentDisposition('attachment; filename="caf\u00e9.pdf"')).toBe('café.pdf');
  });

  it('gives null without a usable name', () => {
    expect(filenameFromContentDisposition(null)).toBeNull();
    expect(filenameFromContentDisposition('')).toBeNull();
    expect(filenameFromContentDisposition('attachment')).toBeNull();
    expect(filenameFromContentDisposition('attachment; filename=""')).toBeNull();
  });

  it('never lets a name choose a folder', () => {
    expect(filenameFromContentDisposition("attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd")).toBe(
      'passwd',
    );
    expect(safeFilename('C:\\Users\\x\\report.pdf')).toBe('report.pdf');
    expect(safeFilename('..')).toBeNull();
    expect(safeFilename('a\u0000b\n.pdf')).toBe('ab.pdf');
  });
});
