import type { Entries } from './edit-session';

/**
 * What was typed and not saved yet, kept in the browser (localStorage) so that nothing is lost
 * when the tab closes, the phone drops the page or the person leaves through the menu. `base`
 * and `version` are what the form was loaded from, so a draft restored after someone else saved
 * merges like a CONFLICT instead of silently undoing their change.
 */
export interface Draft {
  version: number;
  base: Entries;
  entries: Entries;
  /** ISO instant of the last keystroke kept. */
  savedAt: string;
  /**
   * The screen's other work, kept with the entries (the reviewer's reasons, comment and confirmed
   * rectification items). Stored as it came; the screen that wrote it checks its shape when it
   * reads it back.
   */
  notes?: unknown;
}

/** Whose draft: the branch's form and a reviewer's adjustments of the same assessment never share one. */
export type DraftScope = 'self' | 'review';

/** One draft per user and assessment: office PCs are shared, and one person may hold two quarters open. */
export function draftKey(userId: string, assessmentId: string, scope: DraftScope = 'self'): string {
  // The self-assessment's key is unchanged, so drafts typed before reviews had theirs still load.
  return scope === 'self'
    ? `pathboard.draft.${userId}.${assessmentId}`
    : `pathboard.reviewDraft.${userId}.${assessmentId}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isEntries(value: unknown): value is Entries {
  return (
    isRecord(value) &&
    Object.values(value).every((e) => isRecord(e) && 'value' in e && typeof e.evidence === 'string')
  );
}

/** The stored draft, or null when there is none or it is unreadable (storage may hold anything). */
export function readDraft(storage: Storage, key: string): Draft | null {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
  if (!isRecord(raw) || typeof raw.version !== 'number' || typeof raw.savedAt !== 'string') return null;
  if (!isEntries(raw.base) || !isEntries(raw.entries)) return null;
  const draft: Draft = { version: raw.version, base: raw.base, entries: raw.entries, savedAt: raw.savedAt };
  return 'notes' in raw ? { ...draft, notes: raw.notes } : draft;
}

/** Keeps the draft; a full or refused storage (private mode) only costs the draft, never the form. */
export function writeDraft(storage: Storage, key: string, draft: Draft): boolean {
  try {
    storage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // nothing to do: the draft was never written either
  }
}
