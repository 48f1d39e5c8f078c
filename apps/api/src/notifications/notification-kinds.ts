/**
 * The kinds of in-app notification, and the district day used by per-day idempotency keys.
 * One list: the GraphQL enum, the web labels and the scheduled checks all read it.
 */
export const NOTIFICATION_KINDS = [
  'PERIOD_OPENED',
  'PERIOD_CLOSED',
  'DEADLINE_APPROACHING',
  'DEADLINE_PASSED',
  'SUBMISSION_REMINDER',
  'ASSESSMENT_RETURNED',
  'ASSESSMENT_APPROVED',
  'RECTIFICATION_ASSIGNED',
  'RECTIFICATION_ANSWERED',
  'RECTIFICATION_DUE',
  'RECTIFICATION_OVERDUE',
  'RECTIFICATION_VERIFIED',
  'RECTIFICATION_REJECTED',
  'VALUES_IMPORTED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * The calendar day of `at` in the district, `YYYY-MM-DD`: "once per day" means once per this day.
 * `timeZone` is the configured one (AppConfig.timeZone, DISTRICT_TIME_ZONE): no default, so that no
 * caller can fall back to Shanghai's calendar in a district that set another.
 */
export function districtDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
