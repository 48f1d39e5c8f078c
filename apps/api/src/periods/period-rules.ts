/**
 * The quarter lifecycle's rules that need no database (docs/domain.md "Opening and closing
 * quarters"): what a new deadline must be, and the refusal of a close that needs `force`.
 * PeriodsService applies them inside its transactions.
 */
import type { GraphQLError } from 'graphql';
import { periodLabel } from '@pathboard/charts';
import { badUserInput } from '../common/errors';
import { quarterStart } from './period-dates';

/** Assessments of a period by status: what closing it would leave unapproved. */
export interface AssessmentCounts {
  draft: number;
  submitted: number;
  returned: number;
  approved: number;
}

/** What closing a quarter would do now: shown before the close, and the ground of its refusal. */
export interface PeriodCloseCheck {
  periodId: string;
  code: string;
  deadline: Date;
  deadlinePassed: boolean;
  counts: AssessmentCounts;
  /** The other three quarters of the year are closed: closing this one finalizes the year. */
  completesYear: boolean;
  /** Why a close needs `force: true`: BEFORE_DEADLINE, SUBMITTED_UNREVIEWED. */
  needsForce: CloseProblem[];
}

export type CloseProblem = 'BEFORE_DEADLINE' | 'SUBMITTED_UNREVIEWED';

/**
 * A new deadline (opening or moving one): in the future, so no branch is late the moment it is set,
 * and not before the quarter's first day, which no real deadline is (2027Q1 due 2026-01-01 was a typo).
 */
export function assertNewDeadline(
  deadline: Date,
  period: { code: string; year: number; quarter: number },
  now: Date,
  timeZone: string,
): void {
  if (Number.isNaN(deadline.getTime()))
    throw badUserInput('deadline is not a valid date', { field: 'deadline' });
  const start = quarterStart(period.year, period.quarter, timeZone);
  if (deadline.getTime() < start.getTime()) {
    throw badUserInput(`deadline must not be before the first day of ${period.code}`, {
      field: 'deadline',
      reason: 'DEADLINE_BEFORE_QUARTER',
      quarterStart: start,
      message: {
        zh: `截止时间不能早于${periodLabel(period.code, 'zh')}的第一天，请检查年份和日期。`,
        en: `The deadline must not be before the first day of ${period.code}: check its year and date.`,
      },
    });
  }
  if (deadline.getTime() <= now.getTime()) {
    throw badUserInput('deadline must be in the future', {
      field: 'deadline',
      reason: 'DEADLINE_IN_PAST',
      message: {
        zh: '截止时间必须晚于当前时间，否则所有支部一提交即被记为逾期。',
        en: 'The deadline must be in the future: otherwise every branch would be late the moment it submits.',
      },
    });
  }
}

/** The refusal of a close that needs `force`: what is outstanding, in both languages. */
export function closeNotConfirmed(check: PeriodCloseCheck): GraphQLError {
  const c = check.counts;
  const zh: string[] = [];
  const en: string[] = [];
  if (check.needsForce.includes('BEFORE_DEADLINE')) {
    zh.push('截止时间未到');
    en.push('its deadline has not passed');
  }
  if (check.needsForce.includes('SUBMITTED_UNREVIEWED')) {
    zh.push(`${c.submitted} 份已提交的考评尚未审核`);
    en.push(`${c.submitted} submitted assessment(s) are not reviewed`);
  }
  return badUserInput(
    `period ${check.code} is not ready to close: ${en.join(', ')}; pass force: true to close it anyway`,
    {
      field: 'force',
      reason: 'CLOSE_NOT_CONFIRMED',
      problems: check.needsForce,
      counts: c,
      deadline: check.deadline,
      message: {
        zh: `${check.code} 暂不能直接关闭：${zh.join('，')}（未提交 ${c.draft}，已退回 ${c.returned}）。如确需提前关闭，请确认后强制关闭。`,
        en: `${check.code} is not ready to close: ${en.join(', ')} (${c.draft} draft, ${c.returned} returned). Confirm to close it anyway.`,
      },
    },
  );
}
