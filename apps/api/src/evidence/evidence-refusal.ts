import { badUserInput } from '../common/errors';

/** One refused file of an upload: which file and why (zh for the UI, en for logs and API clients). */
export interface FileRefusal {
  file: string;
  code: 'EMPTY' | 'TOO_LARGE' | 'TYPE_NOT_ACCEPTED' | 'BAD_NAME' | 'ASSESSMENT_LIMIT';
  reason: string;
}

/** The whole upload is refused (nothing kept); the message names every refused file and its reason. */
export function uploadRefused(refusals: FileRefusal[]) {
  const message = `upload refused, nothing was stored: ${refusals.map((r) => `${r.file}: ${r.reason}`).join('; ')}`;
  return badUserInput(message, { field: 'files', reason: 'EVIDENCE_REFUSED', files: refusals });
}

/** A limit as people read it: `20 MB`, or `50 KB` below one megabyte. */
export function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}
