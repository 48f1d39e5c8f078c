import { defaultFramework } from '@pathboard/frameworks';
import {
  changedParts,
  entriesFromStored,
  fieldSpecs,
  mergeAfterConflict,
  savePayload,
  takeTheirs,
  type Entries,
} from './edit-session';

const specs = fieldSpecs(defaultFramework, 'COMMUNITY');
const stored = [
  { indicatorCode: 'ORG_MEETINGS', value: { numerator: 11, denominator: 12 }, evidence: '会议记录' },
  { indicatorCode: 'ORG_THEME_DAYS', value: 2, evidence: null },
  { indicatorCode: 'TRN_XUEXI_ACTIVE', value: 0.65 },
];
const base = entriesFromStored(specs, stored);
const edit = (entries: Entries, code: string, patch: Partial<Entries[string]>): Entries => ({
  ...entries,
  [code]: { ...entries[code], ...patch },
});

describe('entriesFromStored', () => {
  it('turns stored inputs into form entries, applicable indicators only', () => {
    expect(base.ORG_MEETINGS).toEqual({ value: { numerator: 11, denominator: 12 }, evidence: '会议记录' });
    expect(base.TRN_XUEXI_ACTIVE).toEqual({ value: 65, evidence: '' });
    expect(base.ORG_WORK_PLAN).toEqual({ value: null, evidence: '' });
    expect('ORG_RURAL_REVITALIZATION' in base).toBe(false);
    expect(Object.keys(base)).toHaveLength(28);
  });
});

describe('changedParts and savePayload', () => {
  it('finds nothing changed in an untouched form, and ignores spacing around evidence', () => {
    expect(changedParts(specs, base, edit(base, 'ORG_MEETINGS', { evidence: ' 会议记录 ' }))).toEqual({});
    expect(savePayload(specs, base, base)).toEqual([]);
  });

  it('sends only the changed part of each changed indicator', () => {
    let mine = edit(base, 'ORG_THEME_DAYS', { value: 3 });
    mine = edit(mine, 'ORG_MEETINGS', { evidence: '会议记录、签到表' });
    mine = edit(mine, 'TRN_XUEXI_ACTIVE', { value: null, evidence: '  ' });
    expect(changedParts(specs, base, mine)).toEqual({
      ORG_MEETINGS: ['evidence'],
      ORG_THEME_DAYS: ['value'],
      TRN_XUEXI_ACTIVE: ['value'],
    });
    expect(savePayload(specs, base, mine)).toEqual([
      { indicatorCode: 'ORG_MEETINGS', evidence: '会议记录、签到表' },
      { indicatorCode: 'ORG_THEME_DAYS', value: 3 },
      { indicatorCode: 'TRN_XUEXI_ACTIVE', value: null },
    ]);
  });

  it('clears evidence with null and treats a half-filled fraction as unanswered', () => {
    const mine = edit(base, 'ORG_MEETINGS', { value: { numerator: 11, denominator: null }, evidence: '' });
    expect(savePayload(specs, base, mine)).toEqual([
      { indicatorCode: 'ORG_MEETINGS', value: null, evidence: null },
    ]);
  });
});

describe('mergeAfterConflict', () => {
  it('keeps every local edit and takes what only the server changed', () => {
    const theirs = edit(edit(base, 'ORG_THEME_DAYS', { value: 1 }), 'ORG_WORK_PLAN', { value: 'GOOD' });
    const mine = edit(base, 'TRN_XUEXI_ACTIVE', { value: 80 });
    const merge = mergeAfterConflict(specs, base, theirs, mine);
    expect(merge.contested).toEqual([]);
    expect(merge.takenFromServer).toEqual(['ORG_THEME_DAYS', 'ORG_WORK_PLAN']);
    expect(merge.entries.ORG_THEME_DAYS.value).toBe(1);
    expect(merge.entries.TRN_XUEXI_ACTIVE.value).toBe(80);
    // against the server's version, only the local edit is left to save
    expect(savePayload(specs, theirs, merge.entries)).toEqual([
      { indicatorCode: 'TRN_XUEXI_ACTIVE', value: 0.8 },
    ]);
  });

  it('reports an indicator both sides changed differently as contested, keeping yours', () => {
    const theirs = edit(base, 'ORG_MEETINGS', { value: { numerator: 12, denominator: 12 } });
    const mine = edit(base, 'ORG_MEETINGS', { value: { numerator: 10, denominator: 12 } });
    const merge = mergeAfterConflict(specs, base, theirs, mine);
    expect(merge.contested).toEqual([
      {
        code: 'ORG_MEETINGS',
        parts: ['value'],
        theirs: { value: { numerator: 12, denominator: 12 }, evidence: '会议记录' },
        yours: { value: { numerator: 10, denominator: 12 }, evidence: '会议记录' },
      },
    ]);
    expect(merge.entries.ORG_MEETINGS.value).toEqual({ numerator: 10, denominator: 12 });
    expect(savePayload(specs, theirs, merge.entries)).toEqual([
      { indicatorCode: 'ORG_MEETINGS', value: { numerator: 10, denominator: 12 } },
    ]);
  });

  it('does not call the same change on both sides a conflict', () => {
    const both = edit(base, 'ORG_THEME_DAYS', { value: 3 });
    const merge = mergeAfterConflict(specs, base, both, both);
    expect(merge.contested).toEqual([]);
    expect(merge.takenFromServer).toEqual([]);
    expect(savePayload(specs, both, merge.entries)).toEqual([]);
  });

  it('merges value and evidence separately: my note and their value both survive', () => {
    const theirs = edit(base, 'ORG_MEETINGS', { value: { numerator: 12, denominator: 12 } });
    const mine = edit(base, 'ORG_MEETINGS', { evidence: '补充签到表' });
    const merge = mergeAfterConflict(specs, base, theirs, mine);
    expect(merge.contested).toEqual([]);
    expect(merge.takenFromServer).toEqual(['ORG_MEETINGS']);
    expect(merge.entries.ORG_MEETINGS).toEqual({
      value: { numerator: 12, denominator: 12 },
      evidence: '补充签到表',
    });
  });

  it('lets the person take theirs for the disagreeing part only', () => {
    const theirs = edit(base, 'ORG_MEETINGS', { evidence: '他们的说明' });
    const mine = edit(edit(base, 'ORG_MEETINGS', { evidence: '我的说明' }), 'ORG_MEETINGS', {
      value: { numerator: 9, denominator: 12 },
    });
    const merge = mergeAfterConflict(specs, base, theirs, mine);
    expect(merge.contested.map((c) => [c.code, c.parts])).toEqual([['ORG_MEETINGS', ['evidence']]]);
    const chosen = takeTheirs(merge.entries, merge.contested[0]);
    expect(chosen.ORG_MEETINGS).toEqual({ value: { numerator: 9, denominator: 12 }, evidence: '他们的说明' });
  });

  it('compares ratios whatever the key order the server sent', () => {
    const reordered = entriesFromStored(specs, [
      { indicatorCode: 'ORG_MEETINGS', value: { denominator: 12, numerator: 11 }, evidence: '会议记录' },
      ...stored.slice(1),
    ]);
    expect(changedParts(specs, base, reordered)).toEqual({});
  });
});
