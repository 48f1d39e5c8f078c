import { useCallback, useEffect, useRef, useState } from 'react';
import { type DraftScope, draftKey, readDraft, removeDraft, writeDraft } from '../form/draft';
import type { EntriesEditor } from './useEntriesEditor';

/**
 * Work of a screen besides its entries (the reviewer's reasons, return comment and confirmed
 * rectification items): kept, dropped and version-checked with the entries, in the same draft.
 */
export interface DraftNotes<N> {
  current: N;
  /** Something differs from what the server has: worth keeping. */
  changed: boolean;
  /** Takes back stored notes; gets `unknown` as storage may hold anything, so it checks the shape. */
  restore: (stored: unknown) => void;
}

interface Options<N> {
  userId: string | undefined;
  assessmentId: string;
  editor: EntriesEditor;
  /** False once the assessment cannot be edited (submitted, approved, closed): its draft is dropped. */
  editable: boolean;
  storage?: Storage;
  scope?: DraftScope;
  notes?: DraftNotes<N>;
  /**
   * Restore only onto the version the draft was typed on, else drop it. A reviewer's adjustments
   * were made against one submission: after a return and a new submission they no longer apply.
   */
  sameVersionOnly?: boolean;
}

/**
 * Keeps every unsaved keystroke of the form in localStorage and restores it when the form opens
 * again, whatever ended the visit (menu, reload, closed tab, expired session). Returns when the
 * restored draft was typed, or null when nothing was restored, and `clear` for a screen whose
 * work was just accepted (it stops keeping anything from then on).
 */
export function useLocalDraft<N = never>({
  userId,
  assessmentId,
  editor,
  editable,
  storage = window.localStorage,
  scope = 'self',
  notes,
  sameVersionOnly = false,
}: Options<N>) {
  const key = userId ? draftKey(userId, assessmentId, scope) : null;
  const [checked, setChecked] = useState(false);
  const [restoredFrom, setRestoredFrom] = useState<string | null>(null);
  const cleared = useRef(false);
  const { ready, restoreDraft } = editor;
  const { base, entries, version } = editor.state;
  const dirty = editor.dirtyCount > 0 || Boolean(notes?.changed);
  const restoreNotes = useRef(notes?.restore);
  restoreNotes.current = notes?.restore;
  const currentNotes = notes?.current;

  useEffect(() => {
    if (!ready || checked || !key) return;
    setChecked(true);
    if (!editable) return removeDraft(storage, key);
    const draft = readDraft(storage, key);
    if (!draft) return;
    if (sameVersionOnly && draft.version !== version) return removeDraft(storage, key);
    restoreDraft(draft);
    if (draft.notes !== undefined) restoreNotes.current?.(draft.notes);
    setRestoredFrom(draft.savedAt);
  }, [ready, checked, key, editable, storage, restoreDraft, sameVersionOnly, version]);

  // Runs from the render after the check, so a draft is never overwritten before it was read.
  useEffect(() => {
    if (!checked || !key || cleared.current) return;
    // Decided, submitted or closed meanwhile (maybe in another tab): nothing left to restore.
    if (!editable) return removeDraft(storage, key);
    if (dirty)
      writeDraft(storage, key, {
        version,
        base,
        entries,
        savedAt: new Date().toISOString(),
        ...(currentNotes === undefined ? {} : { notes: currentNotes }),
      });
    else removeDraft(storage, key);
  }, [checked, key, editable, storage, dirty, version, base, entries, currentNotes]);

  const clear = useCallback(() => {
    cleared.current = true;
    if (key) removeDraft(storage, key);
  }, [key, storage]);

  return { restoredFrom: dirty ? restoredFrom : null, clear };
}
