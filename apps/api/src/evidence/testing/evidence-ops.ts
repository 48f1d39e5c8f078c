import sharp from 'sharp';
import type { TestApp } from '../../../test/test-app';
import { BLOB_STORE, type BlobStore } from '../storage/blob-store';

export interface UploadPart {
  name: string;
  bytes: Buffer;
}

export interface HttpAnswer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  bytes: Buffer;
  json(): T;
}

async function answer<T>(res: Response): Promise<HttpAnswer<T>> {
  const bytes = Buffer.from(await res.arrayBuffer());
  return {
    status: res.status,
    headers: res.headers,
    bytes,
    json: () => JSON.parse(bytes.toString('utf8')) as T,
  };
}

/** POST /api/evidence as the browser does: multipart/form-data, one `files` part per file. */
export async function uploadEvidence(
  t: TestApp,
  token: string,
  assessmentId: string,
  indicatorCode: string,
  parts: UploadPart[],
) {
  const form = new FormData();
  for (const part of parts) form.append('files', new Blob([new Uint8Array(part.bytes)]), part.name);
  const query = new URLSearchParams({ assessmentId, indicatorCode });
  const res = await fetch(`${t.url}/api/evidence?${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return answer<{
    files: { id: string; name: string; sha256: string; kind: string; mimeType: string; sizeBytes: number }[];
    message?: string;
    files_?: never;
  }>(res);
}

export async function evidenceRequest(t: TestApp, token: string, path: string, method = 'GET') {
  return answer<Record<string, unknown>>(
    await fetch(`${t.url}/api/evidence${path}`, { method, headers: { authorization: `Bearer ${token}` } }),
  );
}

export const blobStoreOf = (t: TestApp): BlobStore => t.app.get(BLOB_STORE);

/** A real photo of the given size (random pixels, so each call gives different bytes). */
export async function photo(format: 'jpeg' | 'png' | 'webp' = 'jpeg', side = 16): Promise<Buffer> {
  const raw = Buffer.alloc(side * side * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = Math.floor(Math.random() * 256);
  return sharp(raw, { raw: { width: side, height: side, channels: 3 } })
    .toFormat(format)
    .toBuffer();
}

export const SMALL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);

/** An ELF executable header: what an attacker renames to photo.jpg. */
export const EXECUTABLE = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
  Buffer.alloc(120, 1),
]);

export async function evidenceRowCount(t: TestApp, assessmentId: string): Promise<number> {
  const [{ n }] = await t.dataSource.query(
    `SELECT count(*)::int AS n FROM evidence_file WHERE assessment_id = $1`,
    [assessmentId],
  );
  return n;
}
