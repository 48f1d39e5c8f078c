import { periodLabel } from '@pathboard/reports';
import { closesAtDayEnd, dayOfDeadline } from '@pathboard/scoring';
import type { NotificationAbout } from './notification-about';
import type { NotificationKind } from './notification-kinds';

/** Subjects of notification e-mail, Chinese first then English (one mail serves both readers). */
const SUBJECTS: Record<NotificationKind, { zh: string; en: string }> = {
  PERIOD_OPENED: { zh: '考评周期已开启', en: 'A quarter is open' },
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
  const lines = [subject.zh, subject.en, '', ...details];
  if (publicUrl) lines.push('', `${publicUrl}/`);
  lines.push('', '— Pathboard（可在“通知设置”中关闭邮件 / turn e-mail off in your notification settings）');
  return { subject: `[Pathboard] ${subject.zh} / ${subject.en}`, text: lines.join('\n') };
}
