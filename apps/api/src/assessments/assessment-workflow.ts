import { STATUS_NAMES } from '@pathboard/reports';
import type { AssessmentStatus } from './entities/assessment.entity';

/**
 * The assessment state machine (docs/domain.md): DRAFT → SUBMITTED → APPROVED, SUBMITTED → RETURNED →
 * (edited) → SUBMITTED, and an ADMIN may reopen an APPROVED assessment, which returns it to the branch.
 * Pure so the rules are unit-tested without a database.
 */
export type WorkflowAction = 'SAVE' | 'SUBMIT' | 'APPROVE' | 'RETURN' | 'REOPEN';

const ALLOWED: Record<WorkflowAction, { from: AssessmentStatus[]; to: AssessmentStatus | null }> = {
  SAVE: { from: ['DRAFT', 'RETURNED'], to: null },
  SUBMIT: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED' },
  APPROVE: { from: ['SUBMITTED'], to: 'APPROVED' },
  RETURN: { from: ['SUBMITTED'], to: 'RETURNED' },
  REOPEN: { from: ['APPROVED'], to: 'RETURNED' },
};

const ACTION_WORDS: Record<WorkflowAction, { zh: string; en: string }> = {
  SAVE: { zh: '保存', en: 'saved' },
  SUBMIT: { zh: '提交', en: 'submitted' },
  APPROVE: { zh: '审核通过', en: 'approved' },
  RETURN: { zh: '退回修改', en: 'returned' },
  REOPEN: { zh: '重新打开', en: 'reopened' },
};

export interface TransitionCheck {
  ok: boolean;
  /** The status after the action (unchanged for SAVE). */
  next: AssessmentStatus;
  message?: { zh: string; en: string };
}

export function checkTransition(action: WorkflowAction, current: AssessmentStatus): TransitionCheck {
  const rule = ALLOWED[action];
  if (!rule.from.includes(current)) {
    return {
      ok: false,
      next: current,
      // Worded for the person who tried (the web shows it as it is): the status by its name.
      message: {
        zh: `该考评当前为“${STATUS_NAMES[current] ?? current}”，不能${ACTION_WORDS[action].zh}`,
        en: `An assessment that is ${current.toLowerCase()} cannot be ${ACTION_WORDS[action].en}`,
      },
    };
  }
  return { ok: true, next: rule.to ?? current };
}

/**
 * Timeliness is decided by the first submission: a branch that submitted on time and was then
 * returned by its reviewer after the deadline is not marked late for resubmitting.
 */
export function onTimeAfterSubmit(previous: boolean | null, submittedAt: Date, deadline: Date): boolean {
  if (previous !== null) return previous;
  return submittedAt.getTime() <= deadline.getTime();
}
