import { defaultFramework } from '@pathboard/frameworks';
import { entriesFromStored, fieldSpecs } from './edit-session';
import { type Draft, draftKey, readDraft, removeDraft, writeDraft } from './draft';

/** An in-memory Storage, so the draft logic runs without a browser. */
function memoryStorage(failWrites = false): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => {
      if (failWrites) throw new Error('QuotaExceededError');
      data.set(k, v);
    },
  };
}

const specs = fieldSpecs(defaultFramework, 'COMMUNITY');
const base = entriesFromStored(specs, [{ indicatorCode: 'ORG_THEME_DAYS', value: 2 }]);
const draft: Draft = {
  version: 3,
  base,
  entries: { ...base, ORG_THEME_DAYS: { value: 3, evidence: '签到表' } },
  savedAt: '2026-12-04T08:00:00.000Z',
};

describe('draft storage', () => {
  it('keys drafts by user and assessment', () => {
    expect(draftKey('u1', 'a1')).not.toBe(draftKey('u2', 'a1'));
    expect(draftKey('u1', 'a1')).not.toBe(draftKey('u1', 'a2'));
  });

  it('keeps a reviewer’s draft apart from the branch’s form of the same assessment', () => {
    expect(draftKey('u1', 'a1')).toBe('pathboard.draft.u1.a1'); // drafts typed before still load
    expect(draftKey('u1', 'a1', 'review')).not.toBe(draftKey('u1', 'a1'));
  });

  it('reads back the notes typed beside the entries', () => {
    const storage = memoryStorage();
    const withNotes: Draft = { ...draft, notes: { reasons: { ORG_THEME_DAYS: '少一次' }, comment: '' } };
    writeDraft(storage, 'k', withNotes);
    expect(readDraft(storage, 'k')).toEqual(withNotes);
  });

  it('reads back what was written, and nothing after removal', () => {
    const storage = memoryStorage();
    expect(writeDraft(storage, 'k', draft)).toBe(true);
    expect(readDraft(storage, 'k')).toEqual(draft);
    removeDraft(storage, 'k');
    expect(readDraft(storage, 'k')).toBeNull();
  });

  it('ignores unreadable or foreign content instead of failing the form', () => {
    const storage = memoryStorage();
    storage.setItem('bad-json', '{');
    storage.setItem(
      'bad-shape',
      JSON.stringify({ version: 1, savedAt: 'x', base: {}, entries: { A: { value: 1 } } }),
    );
    expect(readDraft(storage, 'bad-json')).toBeNull();
    expect(readDraft(storage, 'bad-shape')).toBeNull();
    expect(readDraft(storage, 'missing')).toBeNull();
  });

  it('reports a refused write rather than throwing', () => {
    expect(writeDraft(memoryStorage(true), 'k', draft)).toBe(false);
  });
});
