/**
 * The calendar rules of a quarter's dates, on the district's clock (AppConfig.timeZone): a quarter
 * starts at 00:00 of its first day there, and a deadline entered for it may not fall before that.
 */

/** Minutes the zone is ahead of UTC at `at` (Asia/Shanghai: 480). */
function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** 00:00 of `year`-`month0 + 1`-01 in the zone, as an instant (months may run past 11). */
function zoneMonthStart(year: number, month0: number, timeZone: string): Date {
  const utcGuess = Date.UTC(year, month0, 1);
  // Two passes: the offset at the guess may differ from the offset at the answer across a DST change.
  let at = new Date(utcGuess - zoneOffsetMinutes(new Date(utcGuess), timeZone) * 60_000);
  at = new Date(utcGuess - zoneOffsetMinutes(at, timeZone) * 60_000);
  return at;
}

/** The first instant of the quarter in the district (2027Q1, Shanghai → 2026-12-31T16:00:00Z). */
export function quarterStart(year: number, quarter: number, timeZone: string): Date {
  return zoneMonthStart(year, (quarter - 1) * 3, timeZone);
}

/** The first instant after the quarter in the district (its end, exclusive). */
export function quarterEnd(year: number, quarter: number, timeZone: string): Date {
  return zoneMonthStart(year, quarter * 3, timeZone);
}

/**
 * How long after a quarter ended it may still be opened. Nothing in the domain set a rule, so this
 * one is ours (docs/domain.md "Opening and closing quarters"): a year covers a late opening of every
 * quarter of the year being finalized, and refuses a mistyped year (2019Q1 for 2026Q1), which would
 * create drafts for every branch and send them all to that long-gone quarter (its deadline is first).
 */
export const OPEN_AFTER_END_LIMIT_DAYS = 366;

/** True when the quarter ended longer ago than OPEN_AFTER_END_LIMIT_DAYS before `now`. */
export function quarterTooOld(year: number, quarter: number, now: Date, timeZone: string): boolean {
  const end = quarterEnd(year, quarter, timeZone).getTime();
  return end + OPEN_AFTER_END_LIMIT_DAYS * 86_400_000 < now.getTime();
}
