import {
  type ConflictMerge,
  type ContestedChange,
  type Entries,
  type Entry,
  mergeAfterConflict,
  takeTheirs,
} from './edit-session';
import type { Draft } from './draft';
import type { FieldSpec } from './field-spec';

/**
 * The state of an editing screen (self-assessment or review): what the server had when the form
 * was loaded or last saved (`base`, at `version`), what the form shows (`entries`), and the
 * outcome of the last CONFLICT until the person has dealt with it.
 */
export interface EditorState {
  /** Which assessment the state belongs to; null before the first load. */
  key: string | null;
  base: Entries;
  entries: Entries;
  version: number;
  merge: ConflictMerge | null;
}

export type EditorAction =
  | { type: 'load'; key: string; entries: Entries; version: number }
  | { type: 'edit'; code: string; patch: Partial<Entry> }
  | { type: 'saved'; entries: Entries; version: number }
  | { type: 'reset'; entries: Entries; version: number }
  | { type: 'conflict'; specs: FieldSpec[]; theirs: Entries; version: number }
  | { type: 'restoreDraft'; specs: FieldSpec[]; draft: Pick<Draft, 'base' | 'entries' | 'version'> }
  | { type: 'discardEdits' }
  | { type: 'takeTheirs'; change: ContestedChange }
  | { type: 'dismissConflict' };

export const EMPTY_EDITOR: EditorState = { key: null, base: {}, entries: {}, version: 0, merge: null };

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'load':
      return {
        key: action.key,
        base: action.entries,
        entries: action.entries,
        version: action.version,
        merge: null,
      };
    case 'edit': {
      const current = state.entries[action.code] ?? { value: null, evidence: '' };
      return { ...state, entries: { ...state.entries, [action.code]: { ...current, ...action.patch } } };
    }
    case 'saved':
      // The server's answer becomes the base; the form keeps whatever was typed during the save.
      return { ...state, base: action.entries, version: action.version, merge: null };
    case 'reset':
      // Someone else decided meanwhile: nothing typed can be sent any more, so the form shows
      // what the server has saved instead of keeping entries that would look saved.
      return {
        ...state,
        base: action.entries,
        entries: action.entries,
        version: action.version,
        merge: null,
      };
    case 'conflict': {
      const merge = mergeAfterConflict(action.specs, state.base, action.theirs, state.entries);
      return { ...state, base: action.theirs, entries: merge.entries, version: action.version, merge };
    }
    case 'restoreDraft': {
      const { draft } = action;
      // Same version: nobody saved since the draft was typed, so it applies as it stands.
      if (draft.version === state.version)
        return { ...state, entries: { ...state.entries, ...draft.entries }, merge: null };
      // Someone saved meanwhile: the same three-way merge as a CONFLICT, with the draft's base.
      const merge = mergeAfterConflict(action.specs, draft.base, state.base, draft.entries);
      return { ...state, entries: merge.entries, merge };
    }
    case 'discardEdits':
      return { ...state, entries: state.base, merge: null };
    case 'takeTheirs': {
      if (!state.merge) return state;
      const contested = state.merge.contested.filter((c) => c.code !== action.change.code);
      return {
        ...state,
        entries: takeTheirs(state.entries, action.change),
        merge: { ...state.merge, contested },
      };
    }
    case 'dismissConflict':
      return { ...state, merge: null };
  }
}
