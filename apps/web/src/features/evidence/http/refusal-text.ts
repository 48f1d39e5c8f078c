import type { TFunction } from 'i18next';
import type { FileRefusal } from './evidence-http';

const KNOWN = new Set(['EMPTY', 'TOO_LARGE', 'TYPE_NOT_ACCEPTED', 'BAD_NAME', 'ASSESSMENT_LIMIT']);

/**
 * A refused file in the reader's language: the file's name and the reason, from the server's code
 * (its `reason` text is English); a limit the server named (`20 MB`) is kept. Unknown codes (a
 * closed period, a lost session) show the server's message.
 */
export function refusalText(refusal: FileRefusal, t: TFunction): string {
  const found = /(\d+(?:\.\d+)?\s?[KM]B)/.exec(refusal.reason)?.[1];
  const limit = found ? t('evidence.limit', { limit: found }) : '';
  const reason = KNOWN.has(refusal.code)
    ? t(`evidence.reason.${refusal.code}`, { limit })
    : t('evidence.reason.other', { message: refusal.reason });
  return t('evidence.refusedTitle', { name: refusal.file, reason });
}
