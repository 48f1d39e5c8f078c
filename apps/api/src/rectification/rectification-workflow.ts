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
    const allowed = rule.from.map((s) => s ?? 'NEW').join('/');
    return {
      ok: false,
      next: current,
      message: {
        zh: `整改事项状态为 ${current ?? 'NEW'}，不能执行 ${action}（允许的状态：${allowed}）`,
        en: `Cannot ${action} a rectification item in status ${current ?? 'NEW'} (allowed from ${allowed})`,
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
