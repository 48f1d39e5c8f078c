import { Role } from '../auth/role.enum';
import {
  checkRectificationTransition,
  isRectificationOverdue,
  RECTIFICATION_ACTIONS,
  RECTIFICATION_STATUSES,
  rolesFor,
  type RectificationAction,
  type RectificationStatus,
} from './rectification-workflow';

/** Every (action, status) pair: the expected next status, or null when refused. */
const TABLE: [RectificationAction, RectificationStatus | null, RectificationStatus | null][] = [
  ['CREATE', null, 'OPEN'],
  ['CREATE', 'OPEN', null],
  ['CREATE', 'ANSWERED', null],
  ['CREATE', 'CLOSED', null],
  ['ANSWER', null, null],
  ['ANSWER', 'OPEN', 'ANSWERED'],
  ['ANSWER', 'ANSWERED', null],
  ['ANSWER', 'CLOSED', null],
  ['ACCEPT', null, null],
  ['ACCEPT', 'OPEN', null],
  ['ACCEPT', 'ANSWERED', 'CLOSED'],
  ['ACCEPT', 'CLOSED', null],
  ['REJECT', null, null],
  ['REJECT', 'OPEN', null],
  ['REJECT', 'ANSWERED', 'OPEN'],
  ['REJECT', 'CLOSED', null],
];

describe('rectification workflow', () => {
  it('covers every action in every status', () => {
    expect(TABLE).toHaveLength(RECTIFICATION_ACTIONS.length * (RECTIFICATION_STATUSES.length + 1));
  });

  it.each(TABLE)('%s from %s → %s', (action, from, expected) => {
    const result = checkRectificationTransition(action, from);
    expect(result.ok).toBe(expected !== null);
    if (expected) expect(result.next).toBe(expected);
    else
      expect(result.message?.zh).toMatch(
        /^该整改事项当前为“(未下发|待整改|已反馈待核验|已销号)”，不能(下发|反馈|销号|退回)$/,
      );
  });

  it('words a refusal with the status and the action by their names', () => {
    expect(checkRectificationTransition('ANSWER', 'CLOSED').message).toEqual({
      zh: '该整改事项当前为“已销号”，不能反馈',
      en: 'A rectification item that is closed cannot be answered',
    });
  });

  it('lets only the branch answer and only reviewers/admins open, accept and reject', () => {
    expect(rolesFor('ANSWER')).toEqual([Role.BRANCH]);
    for (const action of ['CREATE', 'ACCEPT', 'REJECT'] as const) {
      expect(rolesFor(action)).toEqual([Role.REVIEWER, Role.ADMIN]);
    }
    expect(RECTIFICATION_ACTIONS.some((a) => rolesFor(a).includes(Role.VIEWER))).toBe(false);
  });

  it('flags an item overdue only while it waits for the branch after the deadline', () => {
    const deadline = new Date('2026-05-01T16:00:00Z');
    const after = new Date('2026-05-01T16:00:01Z');
    expect(isRectificationOverdue('OPEN', deadline, deadline)).toBe(false);
    expect(isRectificationOverdue('OPEN', deadline, after)).toBe(true);
    expect(isRectificationOverdue('ANSWERED', deadline, after)).toBe(false);
    expect(isRectificationOverdue('CLOSED', deadline, after)).toBe(false);
  });
});
