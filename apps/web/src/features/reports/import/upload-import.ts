import { HttpRequestError, isAbort, readErrorBody } from '../download/http-request-error';
import { importValuesUrl } from '../download/report-urls';
import { type ImportOutcome, readImportOutcome } from './import-result';

export interface UploadImportOptions {
  period: string;
  dryRun: boolean;
  token: string | null;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
}

/**
 * Sends a filled import workbook (multipart field `file`). The same file goes twice: first as a dry
 * run that changes nothing and reports problems or counts, then, once the user confirms, for real.
 */
export async function uploadImport(file: Blob, options: UploadImportOptions): Promise<ImportOutcome> {
  const { period, dryRun, token, signal, fetchImpl = fetch } = options;
  const form = new FormData();
  form.append('file', file, (file as File).name ?? 'import.xlsx');
  let response: Response;
  try {
    response = await fetchImpl(importValuesUrl(period, dryRun), {
      method: 'POST',
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      body: form,
      signal,
    });
  } catch (error) {
    if (isAbort(error)) throw new HttpRequestError('aborted', 'aborted');
    throw new HttpRequestError('network', error instanceof Error ? error.message : 'network');
  }
  const body = await readErrorBody(response);
  // A file with problems may be answered 200 (a dry run's findings) or 400 with the same list.
  const outcome =
    response.ok || response.status === 400 || response.status === 422
      ? readImportOutcome(body, dryRun)
      : null;
  if (outcome) return outcome;
  throw new HttpRequestError('http', `HTTP ${response.status}`, response.status, body);
}
