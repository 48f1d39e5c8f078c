import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Text and facts of a PDF through poppler-utils (pdftotext, pdfinfo, pdffonts): an independent
 * reader, so a test proves the Chinese text is really extractable, not just drawn.
 * Needs Debian's poppler-utils (`apt-get install -y poppler-utils`).
 */
function withFile<T>(pdf: Buffer, run: (file: string) => T): T {
  const directory = mkdtempSync(join(tmpdir(), 'pathboard-pdf-'));
  const file = join(directory, 'report.pdf');
  try {
    writeFileSync(file, pdf);
    return run(file);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} not found: install poppler-utils (apt-get install -y poppler-utils)`);
    throw error;
  }
}

/** One string per page. */
export function pdfPages(pdf: Buffer): string[] {
  const text = withFile(pdf, (file) => poppler('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']));
  return text.split('\f').filter((page, index, all) => index < all.length - 1 || page.trim() !== '');
}

export function pdfPageCount(pdf: Buffer): number {
  const info = withFile(pdf, (file) => poppler('pdfinfo', [file]));
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

/** `pdffonts` rows: name, embedded, subset, has a ToUnicode map. */
export function pdfFonts(
  pdf: Buffer,
): { name: string; embedded: boolean; subset: boolean; unicode: boolean }[] {
  const lines = withFile(pdf, (file) => poppler('pdffonts', [file]))
    .split('\n')
    .slice(2)
    .filter(Boolean);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    const [emb, sub, uni] = columns.slice(-5, -2);
    return { name: columns[0], embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
  });
}
