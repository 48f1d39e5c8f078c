import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Logger } from 'pino';
import { badUserInput } from '../../common/errors';
import type { HttpResponse } from '../../common/http-types';
import { parsePeriodCode } from '../../periods/periods.service';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_TYPE = 'application/pdf';

/** A file ready to stream: everything that can fail on input or access has already been checked. */
export interface Download {
  /** Shown name, e.g. `示范区_2026Q4_季度通报.xlsx`. */
  filename: string;
  /** ASCII name for clients without RFC 5987 support. */
  fallbackName: string;
  contentType: string;
  write(output: Writable): Promise<void>;
}

/** A `Download.write` for a file already in memory (rendered by the worker pool, or a template). */
export function writeBuffer(buffer: Buffer): (output: Writable) => Promise<void> {
  return (output) =>
    new Promise<void>((resolve, reject) => {
      output.on('error', reject);
      output.end(buffer, resolve);
    });
}

/** Characters that are not allowed (or are awkward) in file names on common systems. */
const UNSAFE = /[\\/:*?"<>|]+/g;

/** Unsafe characters and control characters (code < 32, DEL) become `_`. */
export function safeFilename(name: string): string {
  const visible = [...name].map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? '_' : c)).join('');
  return visible.replace(UNSAFE, '_').trim() || 'download';
}

/** `attachment; filename="fallback"; filename*=UTF-8''<percent-encoded>` (RFC 6266 / RFC 5987). */
export function contentDisposition(filename: string, fallbackName: string): string {
  const ascii = safeFilename(fallbackName).replace(/[^\x20-\x7e]/g, '_');
  const encoded = encodeURIComponent(safeFilename(filename)).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A code made safe for the ASCII fallback name. */
export function asciiPart(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'unit';
}

/** The `period` query parameter: required, `2026Q4`. */
export function periodParam(value: unknown): string {
  if (typeof value !== 'string' || value === '')
    throw badUserInput('period is required, e.g. period=2026Q4', { field: 'period' });
  parsePeriodCode(value);
  return value;
}

/**
 * Streams a download into the response. Headers go out with the first bytes; a failure before that
 * is rethrown (the exception filter answers with JSON), a failure after it aborts the connection so
 * the client never keeps a truncated file that looks complete. A client that goes away stops the wait.
 */
export async function sendDownload(res: HttpResponse, download: Download, log: Logger): Promise<void> {
  res.statusCode = 200;
  res.setHeader('Content-Type', download.contentType);
  res.setHeader('Content-Disposition', contentDisposition(download.filename, download.fallbackName));
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  const closed = finished(res).then(
    () => undefined,
    () => 'closed' as const,
  );
  try {
    const outcome = await Promise.race([download.write(res).then(() => 'written' as const), closed]);
    if (outcome === 'closed') log.info({ file: download.fallbackName }, 'download aborted by the client');
  } catch (err) {
    if (!res.headersSent) {
      res.removeHeader('Content-Disposition');
      throw err;
    }
    log.error({ err, file: download.fallbackName }, 'download failed while streaming');
    res.destroy(err as Error);
  }
}
