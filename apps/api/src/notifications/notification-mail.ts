import { periodLabel as quarterLabel } from '@pathboard/charts';
import { periodLabel } from '@pathboard/reports';
import { closesAtDayEnd, dayOfDeadline } from '@pathboard/scoring';
import type { NotificationAbout } from './notification-about';
import type { NotificationKind } from './notification-kinds';

/** Subjects of notification e-mail, Chinese first then English (one mail serves both readers). */
const SUBJECTS: Record<NotificationKind, { zh: string; en: string }> = {
  PERIOD_OPENED: { zh: '考评周期已开启', en: 'A quarter is open' },
  PERIOD_CLOSED: { zh: '考评季度已关闭', en: 'A quarter is closed' },
  DEADLINE_APPROACHING: { zh: '报送截止临近', en: 'Deadline approaching' },
  DEADLINE_PASSED: { zh: '已过截止时间，尚未报送', en: 'Deadline passed without submission' },
  SUBMISSION_REMINDER: { zh: '催报：请尽快报送', en: 'Reminder: please submit' },
  ASSESSMENT_RETURNED: { zh: '考评已退回修改', en: 'Assessment returned' },
  ASSESSMENT_APPROVED: { zh: '考评已审核通过', en: 'Assessment approved' },
  RECTIFICATION_ASSIGNED: { zh: '新的整改事项', en: 'New rectification item' },
  RECTIFICATION_ANSWERED: { zh: '整改事项已反馈', en: 'Rectification answered' },
  RECTIFICATION_DUE: { zh: '整改期限临近', en: 'Rectification due soon' },
  RECTIFICATION_OVERDUE: { zh: '整改事项已逾期', en: 'Rectification overdue' },
  RECTIFICATION_VERIFIED: { zh: '整改事项已销号', en: 'Rectification closed' },
  RECTIFICATION_REJECTED: { zh: '整改反馈未通过', en: 'Rectification answer rejected' },
  VALUES_IMPORTED: { zh: '上级党（工）委导入了本季度填报值', en: 'The committee imported values' },
};

const DETAIL_LABELS: Record<string, { zh: string; en: string }> = {
  periodCode: { zh: '考评周期', en: 'Quarter' },
  indicatorCode: { zh: '指标', en: 'Indicator' },
  branchName: { zh: '支部', en: 'Branch' },
  deadline: { zh: '期限', en: 'Deadline' },
  due: { zh: '截止时间', en: 'Due' },
  comment: { zh: '意见', en: 'Comment' },
  reason: { zh: '原因', en: 'Reason' },
  count: { zh: '导入项数', en: 'Values imported' },
};

export interface MailNotification {
  kind: string;
  payload: Record<string, unknown>;
  /** What it is about as it is now (notification-about.ts): names where the payload has codes. */
  about?: NotificationAbout;
}

/** The details a mail prints: the payload's, with the quarter in words and the indicator named. */
function detailValues(n: MailNotification): Record<string, unknown> {
  const period = n.about?.periodCode ?? n.payload['periodCode'];
  const indicator = n.about?.indicatorName;
  return {
    ...n.payload,
    periodCode: typeof period === 'string' ? periodLabel(period) : period,
    indicatorCode: indicator ? `${indicator.zh}（${indicator.en}）` : n.payload['indicatorCode'],
    branchName: n.about?.branchName ?? n.payload['branchName'],
  };
}

/**
 * What a closed quarter means for the branch, by its assessment's status at closing (the payload's):
 * only an approved quarter has a result (the admin's close confirmation says the same).
 */
const CLOSED_STATUS_NOTES: Record<string, { zh: string; en: string }> = {
  APPROVED: {
    zh: '审核通过的结果即为本支部该季度的考评结果。',
    en: 'Its approved result is your result for the quarter.',
  },
  SUBMITTED: {
    zh: '本支部已提交，但关闭前未经审核，该季度没有考评结果。',
    en: 'It was submitted but not reviewed before the close: your branch has no result for the quarter.',
  },
  RETURNED: {
    zh: '考评被退回后未重新提交，本支部该季度没有考评结果。',
    en: 'It was returned and not resubmitted: your branch has no result for the quarter.',
  },
  DRAFT: {
    zh: '本支部未提交该季度考评，该季度没有考评结果。',
    en: 'Your branch did not submit it: it has no result for the quarter.',
  },
};

/** Lines saying what the notice means for its reader, where the subject and details do not. */
function meaning(n: MailNotification): string[] {
  if (n.kind !== 'PERIOD_CLOSED') return [];
  const code = n.about?.periodCode ?? n.payload['periodCode'];
  const quarter = typeof code === 'string' ? code : '';
  const lines = [
    `${quarterLabel(quarter, 'zh')}已关闭：本支部该季度的考评不能再修改。`,
    `${quarterLabel(quarter, 'en')} is closed: your branch's assessment for it can no longer be edited.`,
  ];
  const note = CLOSED_STATUS_NOTES[String(n.payload['status'])];
  return note ? [...lines, note.zh, note.en] : lines;
}

export interface MailText {
  subject: string;
  text: string;
}

/** Details that are deadlines: one at the district's midnight reads as 24:00 of the day before. */
const DEADLINES = new Set(['deadline', 'due']);

function formatValue(key: string, value: unknown, timeZone: string): string {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) return String(value);
  if (DEADLINES.has(key) && closesAtDayEnd(date, timeZone))
    return `${new Intl.DateTimeFormat('zh-CN', { timeZone, dateStyle: 'medium' }).format(dayOfDeadline(date))} 24:00`;
  return new Intl.DateTimeFormat('zh-CN', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Plain-text mail for one notification: the subject in both languages, its details, a link when known. */
export function notificationMail(n: MailNotification, timeZone: string, publicUrl?: string): MailText {
  const subject = SUBJECTS[n.kind as NotificationKind] ?? { zh: '通知', en: 'Notification' };
  const values = detailValues(n);
  const details = Object.entries(DETAIL_LABELS)
    .filter(([key]) => values[key] !== undefined && values[key] !== null && values[key] !== '')
    .map(([key, label]) => `${label.zh}（${label.en}）：${formatValue(key, values[key], timeZone)}`);
  const notes = meaning(n);
  const lines = [subject.zh, subject.en, '', ...(notes.length ? [...notes, ''] : []), ...details];
  if (publicUrl) lines.push('', `${publicUrl}/`);
  lines.push('', '— Pathboard（可在“通知设置”中关闭邮件 / turn e-mail off in your notification settings）');
  return { subject: `[Pathboard] ${subject.zh} / ${subject.en}`, text: lines.join('\n') };
}
