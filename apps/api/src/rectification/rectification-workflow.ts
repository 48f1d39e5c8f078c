import { RECTIFICATION_STATUS_NAMES } from '@pathboard/reports';
import { Role } from '../auth/role.enum';

/**
 * The rectification (整改) state machine, pure so the rules are unit-tested without a database:
 * a reviewer opens an item (OPEN); the branch answers with the measures taken (ANSWERED); the
 * reviewer accepts it (CLOSED) or rejects it with a reason, which reopens it (OPEN) for a new answer.
 */
export const RECTIFICATION_STATUSES = ['OPEN', 'ANSWERED', 'CLOSED'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export const RECTIFICATION_ACTIONS = ['CREATE', 'ANSWER', 'ACCEPT', 'REJECT'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

interface Rule {
  from: readonly (RectificationStatus | null)[];
  to: RectificationStatus;
  roles: readonly Role[];
}

const RULES: Record<RectificationAction, Rule> = {
  CREATE: { from: [null], to: 'OPEN', roles: [Role.REVIEWER, Role.ADMIN] },
  ANSWER: { from: ['OPEN'], to: 'ANSWERED', roles: [Role.BRANCH] },
  ACCEPT: { from: ['ANSWERED'], to: 'CLOSED', roles: [Role.REVIEWER, Role.ADMIN] },
  REJECT: { from: ['ANSWERED'], to: 'OPEN', roles: [Role.REVIEWER, Role.ADMIN] },
};

/** Each step in words: the refusals below and the ledger's export (整改记录) say them. */
export const RECTIFICATION_ACTION_WORDS: Record<RectificationAction, { zh: string; en: string }> = {
  CREATE: { zh: '下发', en: 'assigned' },
  ANSWER: { zh: '反馈', en: 'answered' },
  ACCEPT: { zh: '销号', en: 'closed' },
  REJECT: { zh: '退回', en: 'rejected' },
};

export function rolesFor(action: RectificationAction): readonly Role[] {
  return RULES[action].roles;
}

export interface RectificationTransition {
  ok: boolean;
  next: RectificationStatus | null;
  message?: { zh: string; en: string };
}

export function checkRectificationTransition(
  action: RectificationAction,
  current: RectificationStatus | null,
): RectificationTransition {
  const rule = RULES[action];
  if (!rule.from.includes(current)) {
    // Worded for the person who tried (the web shows it as it is): the status by its name.
    const zhStatus = current ? RECTIFICATION_STATUS_NAMES[current] : '未下发';
    return {
      ok: false,
      next: current,
      message: {
        zh: `该整改事项当前为“${zhStatus}”，不能${RECTIFICATION_ACTION_WORDS[action].zh}`,
        en: `A rectification item that is ${current?.toLowerCase() ?? 'not assigned'} cannot be ${RECTIFICATION_ACTION_WORDS[action].en}`,
      },
    };
  }
  return { ok: true, next: rule.to };
}

/**
 * Overdue (逾期): still waiting for the branch's measures after the deadline. An ANSWERED item
 * waits on the reviewer, not the branch, so it is not overdue; a rejected one is OPEN again and is.
 */
export function isRectificationOverdue(status: RectificationStatus, deadline: Date, now: Date): boolean {
  return status === 'OPEN' && now.getTime() > deadline.getTime();
}
