import type { PendingRectification } from '../../rectification';
import type { Reasons } from './review-diff';

/**
 * What a reviewer prepares besides the reviewed values, kept on the device with them (the local
 * draft's `notes`): reasons, the return comment with its evidence requests, and the 整改事项
 * confirmed to go out with the decision. A confirmed proposal is simply an item of its indicator
 * (the panel hides proposals that have one), so the items are all the panel needs back.
 */
export interface ReviewNotes {
  reasons: Reasons;
  comment: string;
  evidenceRequested: string[];
  rectifications: readonly PendingRectification[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStringRecord = (value: unknown): value is Record<string, string> =>
  isRecord(value) && Object.values(value).every((v) => typeof v === 'string');

const isFilled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The confirmed items read back from storage, or null when the value is not a list this screen
 * wrote (storage may hold anything: an older app's format, another tool's key, a hand edit). All
 * or nothing: half a list would look complete to the reviewer and go out with the decision. Only
 * the known fields are taken, as the list is sent to the API as it is.
 */
export function parsePendingRectifications(raw: unknown): PendingRectification[] | null {
  if (!Array.isArray(raw)) return null;
  const items: PendingRectification[] = [];
  for (const item of raw) {
    if (!isRecord(item)) return null;
    const { indicatorCode, problem, requiredAction, deadline } = item;
    if (!isFilled(indicatorCode) || !isFilled(problem) || !isFilled(requiredAction)) return null;
    if (typeof deadline !== 'string' || Number.isNaN(Date.parse(deadline))) return null;
    items.push({ indicatorCode, problem, requiredAction, deadline });
  }
  // The panel keeps one item per indicator; two would be a list it never made.
  const codes = new Set(items.map((i) => i.indicatorCode));
  return codes.size === items.length ? items : null;
}

/**
 * Notes read back from storage, or null when they are not the review's. Drafts written before the
 * items were kept have none, and an unreadable list is left out: either way the reasons and
 * comment still come back, as they did before, with no items.
 */
export function parseReviewNotes(raw: unknown): ReviewNotes | null {
  if (!isRecord(raw)) return null;
  const { reasons, comment, evidenceRequested, rectifications } = raw;
  if (!isStringRecord(reasons) || typeof comment !== 'string') return null;
  if (!Array.isArray(evidenceRequested) || !evidenceRequested.every((c) => typeof c === 'string'))
    return null;
  return {
    reasons,
    comment,
    evidenceRequested,
    rectifications: parsePendingRectifications(rectifications) ?? [],
  };
}

/**
 * Restored items joined with those confirmed meanwhile (the panel can be used before the
 * workspace has loaded): the newer one wins for an indicator, as the panel's own confirm does.
 */
export function withRestoredRectifications(
  restored: readonly PendingRectification[],
  current: readonly PendingRectification[],
): PendingRectification[] {
  const codes = new Set(current.map((i) => i.indicatorCode));
  return [...restored.filter((i) => !codes.has(i.indicatorCode)), ...current];
}

/** Indicators whose reason differs from the stored one (trimmed: a stray space is not work). */
export function changedReasons(reasons: Reasons, stored: Reasons): string[] {
  const codes = new Set([...Object.keys(reasons), ...Object.keys(stored)]);
  return [...codes].filter((code) => (reasons[code] ?? '').trim() !== (stored[code] ?? '').trim());
}

/**
 * How many things leaving would lose: each indicator with a changed value or reason once, the
 * return comment (with its evidence requests) once, and each confirmed rectification item.
 */
export function unsavedReviewCount(
  changedCodes: readonly string[],
  notes: ReviewNotes,
  stored: Reasons,
): number {
  const indicators = new Set([...changedCodes, ...changedReasons(notes.reasons, stored)]);
  const comment = notes.comment.trim() || notes.evidenceRequested.length ? 1 : 0;
  return indicators.size + comment + notes.rectifications.length;
}
