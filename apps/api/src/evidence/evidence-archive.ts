import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import archiver from 'archiver';
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

/** A file of the archive; its bytes are read only when the archive reaches it. */
export interface ArchiveEntry {
  name: string;
  date: Date;
  read(): Promise<Buffer>;
}

/** What may wait between the archive and the client before the next file is read (a slow download). */
const IN_FLIGHT_BYTES = 1024 * 1024;

/**
 * Streams the ZIP into `output` (stored, not deflated: photos and PDFs are already compressed), one
 * file at a time: a file's bytes are read only once the previous file has been archived and, but
 * for IN_FLIGHT_BYTES, taken by the client. So a download holds one file in memory
 * (EVIDENCE_MAX_FILE_MB), not the assessment's files together (EVIDENCE_MAX_ASSESSMENT_MB) and the
 * archive built from them. The archiver reads a stream source as soon as it is appended, so entries
 * are appended one by one as buffers. Any failure destroys `output` and rejects: the client never
 * keeps a truncated archive that looks complete.
 */
export async function writeArchive(entries: readonly ArchiveEntry[], output: Writable): Promise<void> {
  const archive = archiver('zip', { store: true });
  const streamed = pipeline(archive, output);
  let failure: unknown = null;
  streamed.catch((err: unknown) => (failure = err ?? new Error('archive stream failed')));
  try {
    for (const entry of entries) {
      while (archive.readableLength + output.writableLength > IN_FLIGHT_BYTES && failure === null)
        await sleep(5);
      if (failure !== null) throw failure;
      const bytes = await entry.read();
      // once() rejects on the archive's 'error' event.
      const archived = once(archive, 'entry');
      archive.append(bytes, { name: entry.name, date: entry.date });
      await archived;
    }
    await Promise.all([archive.finalize(), streamed]);
  } catch (err) {
    archive.destroy(err as Error);
    output.destroy(err as Error);
    throw err;
  }
}
