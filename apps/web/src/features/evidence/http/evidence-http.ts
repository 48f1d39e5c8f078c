/**
 * Evidence files over the API's HTTP endpoints (docs/evidence.md), with the bearer token: a plain
 * link or <img> cannot send it, so bytes are fetched and shown through object URLs.
 */

export type RefusalCode = 'EMPTY' | 'TOO_LARGE' | 'TYPE_NOT_ACCEPTED' | 'BAD_NAME' | 'ASSESSMENT_LIMIT';

/** One refused file of an upload, as the server names it (`reason` in English). */
export interface FileRefusal {
  file: string;
  /** A file's own refusal (RefusalCode), else the answer's `reason` (`PERIOD_CLOSED`), `code` or status. */
  code: RefusalCode | string;
  reason: string;
  /** The HTTP status of an answer that refused the whole upload (not one file of it). */
  status?: number;
  /** The server's own Chinese sentence, when it wrote one beside its English message. */
  messageZh?: string;
}

export type UploadOutcome =
  { ok: true } | { ok: false; refusals: FileRefusal[]; message: string; status: number };

/**
 * The upload query string: which assessment and indicator value the files belong to, or the
 * rectification item whose coming answer they go with.
 */
export function evidenceUploadUrl(
  assessmentId: string,
  indicatorCode: string,
  rectificationItemId?: string,
): string {
  const query: Record<string, string> = rectificationItemId
    ? { rectificationItemId }
    : { assessmentId, indicatorCode };
  return `/api/evidence?${new URLSearchParams(query)}`;
}

export function evidenceArchiveUrl(assessmentId: string): string {
  return `/api/evidence/archive.zip?${new URLSearchParams({ assessmentId })}`;
}

/** Reads the server's refusal (400 `{ reason: EVIDENCE_REFUSED, files }`) or any other error answer. */
export function readUploadFailure(
  status: number,
  text: string,
  fileName: string,
): Extract<UploadOutcome, { ok: false }> {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    // not JSON (a proxy's HTML page): the status says it
  }
  const message = typeof body['message'] === 'string' ? (body['message'] as string) : `HTTP ${status}`;
  const files = Array.isArray(body['files'])
    ? (body['files'] as FileRefusal[]).filter((f) => f && typeof f.file === 'string')
    : [];
  const messageZh = typeof body['messageZh'] === 'string' ? (body['messageZh'] as string) : undefined;
  const code = body['reason'] ?? body['code'] ?? status;
  return {
    ok: false,
    status,
    message,
    refusals: files.length
      ? files
      : [
          {
            file: fileName,
            code: String(code),
            reason: message,
            status,
            ...(messageZh ? { messageZh } : {}),
          },
        ],
  };
}

export interface UploadRequest {
  assessmentId: string;
  indicatorCode: string;
  /** Set: the files go with the answer of this rectification item (整改佐证). */
  rectificationItemId?: string;
  file: Blob & { name?: string };
  token: string | null;
  /** 0–100 while the bytes go up. */
  onProgress?: (percent: number) => void;
  /** For tests: a stand-in XMLHttpRequest. */
  createRequest?: () => XMLHttpRequest;
}

/**
 * POSTs one file (multipart field `files`). XMLHttpRequest, not fetch: only it reports upload
 * progress. Resolves with the outcome; rejects only when no answer came (network, aborted).
 */
export function uploadEvidenceFile(request: UploadRequest): Promise<UploadOutcome> {
  const { assessmentId, indicatorCode, file, token, onProgress } = request;
  const name = file.name ?? 'file';
  return new Promise((resolve, reject) => {
    const xhr = (request.createRequest ?? (() => new XMLHttpRequest()))();
    xhr.open('POST', evidenceUploadUrl(assessmentId, indicatorCode, request.rectificationItemId));
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        onProgress?.(Math.min(100, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.onload = () =>
      resolve(
        xhr.status >= 200 && xhr.status < 300
          ? { ok: true }
          : readUploadFailure(xhr.status, xhr.responseText, name),
      );
    xhr.onerror = () => reject(new Error('network'));
    xhr.onabort = () => reject(new Error('aborted'));
    const form = new FormData();
    form.append('files', file, name);
    xhr.send(form);
  });
}

/**
 * Throws for an error answer: an Error with the server's (English) message, its `status`, and the
 * body's `code` (its `reason` when it has one, e.g. NOT_EDITABLE) and `messageZh` for the reader.
 */
async function checked(response: Response): Promise<Response> {
  if (response.ok) return response;
  let message = `HTTP ${response.status}`;
  const details: { status: number; code?: string; messageZh?: string } = { status: response.status };
  try {
    const body = (await response.json()) as {
      message?: unknown;
      code?: unknown;
      reason?: unknown;
      messageZh?: unknown;
    };
    if (typeof body.message === 'string') message = body.message;
    const code = body.reason ?? body.code;
    if (typeof code === 'string') details.code = code;
    if (typeof body.messageZh === 'string') details.messageZh = body.messageZh;
  } catch {
    // keep the status
  }
  throw Object.assign(new Error(message), details);
}

const auth = (token: string | null): HeadersInit => (token ? { Authorization: `Bearer ${token}` } : {});

/** DELETE one file (the branch, while the assessment is editable). */
export async function deleteEvidenceFile(
  id: string,
  token: string | null,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  await checked(await fetchImpl(`/api/evidence/${id}`, { method: 'DELETE', headers: auth(token) }));
}

/** The bytes behind an evidence URL (file, thumbnail or preview) as a Blob. */
export async function fetchEvidenceBlob(
  url: string,
  token: string | null,
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<Blob> {
  return (await checked(await fetchImpl(url, { headers: auth(token), signal }))).blob();
}
