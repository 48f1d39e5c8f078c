import { closesAtDayEnd, dayOfDeadline } from '@pathboard/scoring';

/**
 * One clock (docs/metrics.md): every date a report prints is in the district's zone, never UTC.
 * Instants are stored in UTC; these format them as the district's calendar sees them.
 */
function parts(iso: string | Date, timeZone: string): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const out: Record<string, string> = {};
  for (const part of format.formatToParts(typeof iso === 'string' ? new Date(iso) : iso))
    out[part.type] = part.value;
  return out;
}

/** `YYYY-MM-DD` in the zone (e.g. 2026-01-10T16:30Z is 2026-01-11 in Asia/Shanghai). */
export function formatLocalDate(iso: string | Date, timeZone: string): string {
  const p = parts(iso, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** `YYYY-MM-DD HH:mm` in the zone. */
export function formatLocalDateTime(iso: string | Date, timeZone: string): string {
  const p = parts(iso, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/**
 * A deadline, `YYYY-MM-DD HH:mm` in the zone; one at the zone's midnight closes the day before and
 * reads `… 24:00` (libs/scoring deadline-day.ts, the rule every screen and file shares).
 */
export function formatLocalDeadline(iso: string | Date, timeZone: string): string {
  if (!closesAtDayEnd(iso, timeZone)) return formatLocalDateTime(iso, timeZone);
  return `${formatLocalDate(dayOfDeadline(iso), timeZone)} 24:00`;
}

/** The day a deadline closes, `YYYY-MM-DD` in the zone (the day before, for one at midnight). */
export function formatLocalDeadlineDay(iso: string | Date, timeZone: string): string {
  return formatLocalDate(closesAtDayEnd(iso, timeZone) ? dayOfDeadline(iso) : iso, timeZone);
}
