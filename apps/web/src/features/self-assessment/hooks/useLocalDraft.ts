import { useEffect, useState } from 'react';
import { draftKey, readDraft, removeDraft, writeDraft } from '../../../shared/assessment-form/form/draft';
import type { EntriesEditor } from '../../../shared/assessment-form/hooks/useEntriesEditor';

interface Options {
  userId: string | undefined;
  assessmentId: string;
  editor: EntriesEditor;
  /** False once the assessment cannot be edited (submitted, approved, closed): its draft is dropped. */
  editable: boolean;
  storage?: Storage;
}

/**
 * Keeps every unsaved keystroke of the form in localStorage and restores it when the form opens
 * again, whatever ended the visit (menu, reload, closed tab, expired session). Returns when the
 * restored draft was typed, or null when nothing was restored.
 */
export function useLocalDraft({
  userId,
  assessmentId,
  editor,
  editable,
  storage = window.localStorage,
}: Options) {
  const key = userId ? draftKey(userId, assessmentId) : null;
  const [checked, setChecked] = useState(false);
  const [restoredFrom, setRestoredFrom] = useState<string | null>(null);
  const { ready, restoreDraft } = editor;
  const { base, entries, version } = editor.state;
  const dirty = editor.dirtyCount > 0;

  useEffect(() => {
    if (!ready || checked || !key) return;
    setChecked(true);
    if (!editable) return removeDraft(storage, key);
    const draft = readDraft(storage, key);
    if (!draft) return;
    restoreDraft(draft);
    setRestoredFrom(draft.savedAt);
  }, [ready, checked, key, editable, storage, restoreDraft]);

  // Runs from the render after the check, so a draft is never overwritten before it was read.
  useEffect(() => {
    if (!checked || !key || !editable) return;
    if (dirty) writeDraft(storage, key, { version, base, entries, savedAt: new Date().toISOString() });
    else removeDraft(storage, key);
  }, [checked, key, editable, storage, dirty, version, base, entries]);

  return { restoredFrom: dirty ? restoredFrom : null };
}
