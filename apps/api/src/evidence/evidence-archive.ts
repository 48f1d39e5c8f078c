import JSZip from 'jszip';
import type { Framework } from '@pathboard/scoring';
import { safeFilename } from '../reports/http/download';
import type { EvidenceFileView } from './evidence.service';

/** Where a file goes in the archive: `ORG_MEETINGS 三会一课落实率/01 会议记录.pdf` (files named by indicator). */
export function archiveEntryNames(framework: Framework, files: EvidenceFileView[]): string[] {
  const names = new Map(
    framework.paths.flatMap((p) => p.indicators.map((i) => [i.code, i.name.zh] as const)),
  );
  const counters = new Map<string, number>();
  return files.map((file) => {
    const n = (counters.get(file.indicatorCode) ?? 0) + 1;
    counters.set(file.indicatorCode, n);
    const folder = safeFilename(`${file.indicatorCode} ${names.get(file.indicatorCode) ?? ''}`.trim());
    // safeFilename drops / and \, so an entry can never climb out of its folder when unpacked.
    return `${folder}/${String(n).padStart(2, '0')} ${safeFilename(file.name)}`;
  });
}

/** The ZIP (stored, not deflated: photos and PDFs are already compressed). */
export async function buildArchive(entries: { name: string; bytes: Buffer; date: Date }[]): Promise<Buffer> {
  const zip = new JSZip();
  for (const entry of entries) zip.file(entry.name, entry.bytes, { date: entry.date, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE', platform: 'UNIX' });
}
