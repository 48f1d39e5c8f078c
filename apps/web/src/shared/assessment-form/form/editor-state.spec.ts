import { defaultFramework } from '@pathboard/frameworks';
import { changedParts, entriesFromStored, fieldSpecs, savePayload } from './edit-session';
import { EMPTY_EDITOR, editorReducer, type EditorState } from './editor-state';

const specs = fieldSpecs(defaultFramework, 'COMMUNITY');
const loaded = (values: { indicatorCode: string; value: unknown; evidence?: string }[]) =>
  entriesFromStored(specs, values);
const start = editorReducer(EMPTY_EDITOR, {
  type: 'load',
  key: 'a1',
  entries: loaded([{ indicatorCode: 'ORG_THEME_DAYS', value: 2 }]),
  version: 3,
});
const edit = (state: EditorState, code: string, value: unknown) =>
  editorReducer(state, { type: 'edit', code, patch: { value: value as never } });

describe('editorReducer', () => {
  it('loads, edits and tells what is unsaved', () => {
    const edited = edit(edit(start, 'ORG_THEME_DAYS', 3), 'ORG_WORK_PLAN', 'GOOD');
    expect(edited.version).toBe(3);
    expect(Object.keys(changedParts(specs, edited.base, edited.entries))).toEqual([
      'ORG_THEME_DAYS',
      'ORG_WORK_PLAN',
    ]);
  });

  it('after a save, takes the server as base and keeps what was typed meanwhile', () => {
    const typedDuringSave = edit(edit(start, 'ORG_THEME_DAYS', 3), 'TRN_XUEXI_ACTIVE', 70);
    const saved = editorReducer(typedDuringSave, {
      type: 'saved',
      entries: loaded([{ indicatorCode: 'ORG_THEME_DAYS', value: 3 }]),
      version: 4,
    });
    expect(saved.version).toBe(4);
    expect(savePayload(specs, saved.base, saved.entries)).toEqual([
      { indicatorCode: 'TRN_XUEXI_ACTIVE', value: 0.7 },
    ]);
  });

  it('on reset shows what the server saved and drops what was typed (decided elsewhere)', () => {
    const typed = edit(start, 'ORG_THEME_DAYS', 3);
    const theirs = loaded([{ indicatorCode: 'ORG_THEME_DAYS', value: 2 }]);
    const reset = editorReducer(typed, { type: 'reset', entries: theirs, version: 5 });
    expect(reset.entries).toEqual(theirs);
    expect(reset.version).toBe(5);
    expect(reset.merge).toBeNull();
    expect(changedParts(specs, reset.base, reset.entries)).toEqual({});
  });

  it('on CONFLICT keeps local edits, moves to the new version, and resolves contested items one by one', () => {
    const mine = edit(edit(start, 'ORG_THEME_DAYS', 3), 'ORG_WORK_PLAN', 'GOOD');
    const theirs = loaded([
      { indicatorCode: 'ORG_THEME_DAYS', value: 1 },
      { indicatorCode: 'ORG_LIFE_MEETINGS', value: true },
    ]);
    const conflicted = editorReducer(mine, { type: 'conflict', specs, theirs, version: 5 });
    expect(conflicted.version).toBe(5);
    expect(conflicted.merge?.contested.map((c) => c.code)).toEqual(['ORG_THEME_DAYS']);
    expect(conflicted.merge?.takenFromServer).toEqual(['ORG_LIFE_MEETINGS']);
    expect(conflicted.entries.ORG_THEME_DAYS.value).toBe(3);
    expect(conflicted.entries.ORG_WORK_PLAN.value).toBe('GOOD');
    expect(conflicted.entries.ORG_LIFE_MEETINGS.value).toBe(true);
    expect(savePayload(specs, conflicted.base, conflicted.entries)).toEqual([
      { indicatorCode: 'ORG_THEME_DAYS', value: 3 },
      { indicatorCode: 'ORG_WORK_PLAN', value: 'GOOD' },
    ]);

    const chosen = editorReducer(conflicted, { type: 'takeTheirs', change: conflicted.merge!.contested[0] });
    expect(chosen.entries.ORG_THEME_DAYS.value).toBe(1);
    expect(chosen.merge?.contested).toEqual([]);
    expect(savePayload(specs, chosen.base, chosen.entries)).toEqual([
      { indicatorCode: 'ORG_WORK_PLAN', value: 'GOOD' },
    ]);
    expect(editorReducer(chosen, { type: 'dismissConflict' }).merge).toBeNull();
  });
});

describe('editorReducer restoreDraft', () => {
  it('applies a draft of the same version as edits, so they count as unsaved', () => {
    const typed = edit(start, 'ORG_THEME_DAYS', 3);
    const restored = editorReducer(start, {
      type: 'restoreDraft',
      specs,
      draft: { base: start.base, entries: typed.entries, version: 3 },
    });
    expect(restored.merge).toBeNull();
    expect(savePayload(specs, restored.base, restored.entries)).toEqual([
      { indicatorCode: 'ORG_THEME_DAYS', value: 3 },
    ]);
  });

  it("merges a draft typed on an older version: the other person's change stays, the typing stays", () => {
    const typed = edit(start, 'ORG_THEME_DAYS', 3);
    const newer = editorReducer(EMPTY_EDITOR, {
      type: 'load',
      key: 'a1',
      entries: loaded([
        { indicatorCode: 'ORG_THEME_DAYS', value: 2 },
        { indicatorCode: 'ORG_WORK_PLAN', value: 'GOOD' },
      ]),
      version: 4,
    });
    const restored = editorReducer(newer, {
      type: 'restoreDraft',
      specs,
      draft: { base: start.base, entries: typed.entries, version: 3 },
    });
    expect(restored.entries.ORG_WORK_PLAN.value).toBe('GOOD');
    expect(restored.entries.ORG_THEME_DAYS.value).toBe(3);
    expect(restored.merge?.takenFromServer).toEqual(['ORG_WORK_PLAN']);
    expect(savePayload(specs, restored.base, restored.entries)).toEqual([
      { indicatorCode: 'ORG_THEME_DAYS', value: 3 },
    ]);
  });
});
