import type { PendingRectification } from '../../rectification';
import {
  parsePendingRectifications,
  parseReviewNotes,
  unsavedReviewCount,
  withRestoredRectifications,
} from './review-notes';

const meetings: PendingRectification = {
  indicatorCode: 'ORG_MEETINGS',
  problem: '三会一课得分 6（满分 25），低于 60%',
  requiredAction: '每月按时召开支委会',
  deadline: '2026-12-20T15:59:59.999Z',
};
const themeDays: PendingRectification = {
  ...meetings,
  indicatorCode: 'ORG_THEME_DAYS',
  problem: '主题党日少一次',
};
const notes = {
  reasons: { ORG_THEME_DAYS: '少一次' },
  comment: '补材料',
  evidenceRequested: ['ORG_MEETINGS'],
};

describe('the review’s notes read back from the device', () => {
  it('takes back the confirmed items as they were stored, and only their known fields', () => {
    expect(parsePendingRectifications([meetings, themeDays])).toEqual([meetings, themeDays]);
    expect(parsePendingRectifications([{ ...meetings, id: 'r1', __typename: 'X' }])).toEqual([meetings]);
    expect(parsePendingRectifications([])).toEqual([]);
  });

  it.each([
    ['not a list', { 0: meetings }],
    ['a foreign entry', [meetings, 'ORG_THEME_DAYS']],
    ['a missing field', [{ ...meetings, requiredAction: undefined }]],
    ['a blank required action', [{ ...meetings, requiredAction: '  ' }]],
    ['a number for a code', [{ ...meetings, indicatorCode: 7 }]],
    ['a due date that is no date', [{ ...meetings, deadline: '下月底' }]],
    ['two items of one indicator', [meetings, { ...meetings, problem: '另一个' }]],
  ])('refuses the whole list for %s', (_, raw) => {
    expect(parsePendingRectifications(raw)).toBeNull();
  });

  it('brings back the notes with their items', () => {
    expect(parseReviewNotes({ ...notes, rectifications: [meetings] })).toEqual({
      ...notes,
      rectifications: [meetings],
    });
  });

  it('still brings back a draft from before items were kept, with none', () => {
    expect(parseReviewNotes(notes)).toEqual({ ...notes, rectifications: [] });
  });

  it('leaves out unreadable items but keeps the reasons and comment typed beside them', () => {
    expect(parseReviewNotes({ ...notes, rectifications: [{ indicatorCode: 'X' }] })).toEqual({
      ...notes,
      rectifications: [],
    });
  });

  it('refuses notes that are not the review’s', () => {
    expect(parseReviewNotes(null)).toBeNull();
    expect(parseReviewNotes([notes])).toBeNull();
    expect(parseReviewNotes({ ...notes, reasons: { A: 1 } })).toBeNull();
    expect(parseReviewNotes({ ...notes, evidenceRequested: 'ORG_MEETINGS' })).toBeNull();
  });
});

describe('restored items beside those confirmed meanwhile', () => {
  it('keeps both, the newer one for an indicator confirmed twice', () => {
    const newer = { ...meetings, requiredAction: '本月内补开' };
    expect(withRestoredRectifications([meetings, themeDays], [newer])).toEqual([themeDays, newer]);
    expect(withRestoredRectifications([meetings], [])).toEqual([meetings]);
  });
});

describe('unsaved work of a review', () => {
  it('counts each confirmed item', () => {
    const empty = { reasons: {}, comment: '', evidenceRequested: [], rectifications: [] };
    expect(unsavedReviewCount([], empty, {})).toBe(0);
    expect(unsavedReviewCount([], { ...empty, rectifications: [meetings, themeDays] }, {})).toBe(2);
    expect(unsavedReviewCount(['ORG_THEME_DAYS'], { ...notes, rectifications: [meetings] }, {})).toBe(3);
  });
});
