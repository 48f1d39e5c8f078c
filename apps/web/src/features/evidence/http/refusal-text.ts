import type { TFunction } from 'i18next';
import type { FileRefusal } from './evidence-http';

/** The server refused this file for what it is: another file may go through. */
const FILE_CODES = new Set(['EMPTY', 'TOO_LARGE', 'TYPE_NOT_ACCEPTED', 'BAD_NAME', 'ASSESSMENT_LIMIT']);

/**
 * What the reader can do about a refusal:
 * - `otherFile`: the file itself was refused (type, size, name): another file may go through;
 * - `retryLater`: the server failed or no answer came: the same file may go through later;
 * - `none`: the upload cannot go through now (closed period, sent answer, session, scope): the
 *   sentence says why.
 */
export type RefusalAdvice = 'otherFile' | 'retryLater' | 'none';

export interface RefusalDescription {
  /** "签到表.png 未上传：服务器出错，请稍后重试" */
  text: string;
  advice: RefusalAdvice;
}

/** The reason key (under `evidence.reason`) and advice of a refusal the server gave no file code for. */
function causeOf(refusal: Omit<FileRefusal, 'file'>): { key: string; advice: RefusalAdvice } {
  const { code } = refusal;
  const status = refusal.status ?? (/^\d{3}$/.test(code) ? Number(code) : undefined);
  if (code === 'NETWORK') return { key: 'NETWORK', advice: 'retryLater' };
  if (code === 'PERIOD_CLOSED') return { key: 'PERIOD_CLOSED', advice: 'none' };
  if (code === 'NOT_EDITABLE') return { key: 'NOT_EDITABLE', advice: 'none' };
  if (code === 'UNAUTHENTICATED' || status === 401) return { key: 'UNAUTHENTICATED', advice: 'none' };
  if (code === 'FORBIDDEN' || code === 'ACCESS_DENIED' || status === 403)
    return { key: 'FORBIDDEN', advice: 'none' };
  if (code === 'NOT_FOUND' || status === 404) return { key: 'NOT_FOUND', advice: 'none' };
  // A proxy in front of the API refusing the body size (nginx's client_max_body_size).
  if (status === 413) return { key: 'TOO_LARGE', advice: 'otherFile' };
  if (code === 'TOO_MANY_REQUESTS' || status === 429)
    return { key: 'TOO_MANY_REQUESTS', advice: 'retryLater' };
  if (code === 'INTERNAL_SERVER_ERROR' || (status !== undefined && status >= 500))
    return { key: 'SERVER', advice: 'retryLater' };
  return { key: 'other', advice: 'retryLater' };
}

/**
 * A refused file in the reader's language: the file's name and the reason, from the server's code
 * (its `reason` text is English, never shown as it is); a limit the server named (`20 MB`) is kept.
 * A refusal of the whole upload is named by its cause (closed period, server error, no network);
 * the server's own Chinese sentence (`messageZh`) is used when it wrote one. With the advice that
 * fits the cause: another file, or the same one later.
 */
export function describeRefusal(
  refusal: FileRefusal,
  t: TFunction,
  lang: 'zh' | 'en' = 'zh',
): RefusalDescription {
  const { reason, advice } = reasonOf(refusal, t, lang);
  return { text: t('evidence.refusedTitle', { name: refusal.file, reason }), advice };
}

function reasonOf(
  refusal: Omit<FileRefusal, 'file'>,
  t: TFunction,
  lang: 'zh' | 'en',
): { reason: string; advice: RefusalAdvice } {
  const found = /(\d+(?:\.\d+)?\s?[KM]B)/.exec(refusal.reason)?.[1];
  const limit = found ? t('evidence.limit', { limit: found }) : '';
  if (FILE_CODES.has(refusal.code))
    return { reason: t(`evidence.reason.${refusal.code}`, { limit }), advice: 'otherFile' };
  const { key, advice } = causeOf(refusal);
  if (refusal.messageZh && (key === 'NOT_EDITABLE' || key === 'other'))
    return { reason: lang === 'zh' ? refusal.messageZh : refusal.reason, advice: 'none' };
  return { reason: t(`evidence.reason.${key}`, { limit }), advice };
}

/**
 * Why opening or removing a file failed, in the reader's language: from what `checked` put on the
 * error (status, the server's reason and Chinese sentence), never the server's English message.
 */
export function failureReason(error: unknown, t: TFunction, lang: 'zh' | 'en' = 'zh'): string {
  const e = (error ?? {}) as { message?: unknown; status?: unknown; code?: unknown; messageZh?: unknown };
  const status = typeof e.status === 'number' ? e.status : undefined;
  const message = typeof e.message === 'string' ? e.message : '';
  const code = typeof e.code === 'string' ? e.code : status === undefined ? 'NETWORK' : String(status);
  const messageZh = typeof e.messageZh === 'string' ? e.messageZh : undefined;
  return reasonOf({ code, reason: message, status, messageZh }, t, lang).reason;
}

/** describeRefusal's sentence alone. */
export function refusalText(refusal: FileRefusal, t: TFunction, lang: 'zh' | 'en' = 'zh'): string {
  return describeRefusal(refusal, t, lang).text;
}

/**
 * The line under the refused files: nothing was kept, and what to do, when every refusal calls for
 * the same (another file, or later); otherwise each sentence says it.
 */
export function refusalAdviceKey(advice: readonly RefusalAdvice[]): string {
  if (advice.length && advice.every((a) => a === 'otherFile')) return 'evidence.refusedNothingKept';
  if (advice.length && advice.every((a) => a === 'retryLater')) return 'evidence.refusedRetryLater';
  return 'evidence.refusedNotKept';
}
