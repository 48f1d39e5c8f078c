import { useCallback, useEffect, useMemo, useReducer } from 'react';
import {
  changedParts,
  type ContestedChange,
  type Entries,
  type Entry,
  type EntryPart,
} from '../form/edit-session';
import type { Draft } from '../form/draft';
import { EMPTY_EDITOR, editorReducer } from '../form/editor-state';
import type { FieldSpec } from '../form/field-spec';

export interface EditorSource {
  /** The assessment id: a new one reloads the form. */
  key: string;
  entries: Entries;
  version: number;
}

/**
 * Form state of an editing screen. It loads from the server once per assessment; later answers
 * (a save's result, a refetch after CONFLICT) are applied only through `saved` and `conflict`,
 * so a cache update can never overwrite what the person is typing.
 */
export function useEntriesEditor(specs: FieldSpec[], source: EditorSource | null) {
  const [state, dispatch] = useReducer(editorReducer, EMPTY_EDITOR);

  useEffect(() => {
    if (source && state.key !== source.key)
      dispatch({ type: 'load', key: source.key, entries: source.entries, version: source.version });
  }, [source, state.key]);

  const changed: Record<string, EntryPart[]> = useMemo(
    () => changedParts(specs, state.base, state.entries),
    [specs, state.base, state.entries],
  );

  return {
    ready: source !== null && state.key === source.key,
    state,
    changed,
    dirtyCount: Object.keys(changed).length,
    edit: useCallback((code: string, patch: Partial<Entry>) => dispatch({ type: 'edit', code, patch }), []),
    saved: useCallback(
      (entries: Entries, version: number) => dispatch({ type: 'saved', entries, version }),
      [],
    ),
    reset: useCallback(
      (entries: Entries, version: number) => dispatch({ type: 'reset', entries, version }),
      [],
    ),
    conflict: useCallback(
      (theirs: Entries, version: number) => dispatch({ type: 'conflict', specs, theirs, version }),
      [specs],
    ),
    restoreDraft: useCallback(
      (draft: Pick<Draft, 'base' | 'entries' | 'version'>) =>
        dispatch({ type: 'restoreDraft', specs, draft }),
      [specs],
    ),
    discardEdits: useCallback(() => dispatch({ type: 'discardEdits' }), []),
    takeTheirs: useCallback((change: ContestedChange) => dispatch({ type: 'takeTheirs', change }), []),
    dismissConflict: useCallback(() => dispatch({ type: 'dismissConflict' }), []),
  };
}

export type EntriesEditor = ReturnType<typeof useEntriesEditor>;
