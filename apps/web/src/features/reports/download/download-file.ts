import { filenameFromContentDisposition } from './content-disposition';
import { HttpRequestError, isAbort, readErrorBody } from './http-request-error';

export interface DownloadProgress {
  loaded: number;
  /** From Content-Length; null when the server streams without one (then progress is bytes only). */
  total: number | null;
}

export interface DownloadOptions {
  token: string | null;
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
}

export interface DownloadedFile {
  blob: Blob;
  /** The server's name for the file (Content-Disposition), null when it gave none. */
  filename: string | null;
}

/**
 * GETs a file with the bearer token (a plain link cannot send it) and reads it chunk by chunk so the
 * button can show how far it is: reports of a 5,000-branch district take a few seconds to stream.
 */
export async function downloadFile(url: string, options: DownloadOptions): Promise<DownloadedFile> {
  const { token, onProgress, signal, fetchImpl = fetch } = options;
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: token ? { Authorization: `Bearer ${token}` } : {}, signal });
  } catch (error) {
    if (isAbort(error)) throw new HttpRequestError('aborted', 'aborted');
    throw new HttpRequestError('network', error instanceof Error ? error.message : 'network');
  }
  if (!response.ok) {
    const body = await readErrorBody(response);
    throw new HttpRequestError('http', `HTTP ${response.status}`, response.status, body);
  }

  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const lengthHeader = Number(response.headers.get('content-length'));
  const total = Number.isFinite(lengthHeader) && lengthHeader > 0 ? lengthHeader : null;
  const filename = filenameFromContentDisposition(response.headers.get('content-disposition'));

  if (!response.body) {
    const blob = await response.blob();
    onProgress?.({ loaded: blob.size, total });
    return { blob, filename };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  onProgress?.({ loaded, total });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value as Uint8Array<ArrayBuffer>);
      loaded += value.byteLength;
      onProgress?.({ loaded, total });
    }
  } catch (error) {
    if (isAbort(error)) throw new HttpRequestError('aborted', 'aborted');
    throw new HttpRequestError('network', error instanceof Error ? error.message : 'network');
  }
  return { blob: new Blob(chunks, { type }), filename };
}

/**
 * Whole percent for the progress display; null when the size is unknown. Capped at 99 until the
 * download ends: a compressed response can deliver more bytes than its Content-Length says.
 */
export function progressPercent(progress: DownloadProgress | null): number | null {
  if (!progress || progress.total === null) return null;
  return Math.min(99, Math.floor((progress.loaded / progress.total) * 100));
}

/** Hands the file to the browser's downloads, under the server's name or the given fallback. */
export function saveBlob(blob: Blob, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the save in some browsers; a minute later is safely after it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
