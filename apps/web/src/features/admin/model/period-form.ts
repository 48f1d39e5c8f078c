import type { Dayjs } from 'dayjs';
import {
  districtInstant,
  districtTimeZone,
  fromDistrictWallClock,
  toDistrictWallClock,
} from '../../../shared/formatting';

/** Opening a quarter: which code comes next and a sensible default deadline. */

const PERIOD_PATTERN = /^(\d{4})Q([1-4])$/;

export function periodCode(year: number, quarter: number): string {
  return `${year}Q${quarter}`;
}

export function parsePeriod(code: string): { year: number; quarter: number } | null {
  const match = PERIOD_PATTERN.exec(code);
  return match ? { year: Number(match[1]), quarter: Number(match[2]) } : null;
}

/** The quarter a moment falls in on the district's calendar (DISTRICT_TIME_ZONE). */
export function quarterOf(now: Date, zone: string = districtTimeZone()): { year: number; quarter: number } {
  const wall = toDistrictWallClock(now, zone);
  return { year: wall.year(), quarter: Math.floor(wall.month() / 3) + 1 };
}

/** The quarter after the newest existing one; with none yet, the current quarter. */
export function nextPeriodCode(existing: readonly string[], now: Date, zone?: string): string {
  const newest = [...existing]
    .filter((c) => PERIOD_PATTERN.test(c))
    .sort()
    .at(-1);
  if (!newest) {
    const { year, quarter } = quarterOf(now, zone);
    return periodCode(year, quarter);
  }
  const { year, quarter } = parsePeriod(newest)!;
  return quarter === 4 ? periodCode(year + 1, 1) : periodCode(year, quarter + 1);
}

/**
 * Default deadline: the end of the 10th day of the month after the quarter, on the district's
 * calendar (the demo district's rule; in Shanghai 2026Q4 → 2027-01-10 24:00 = 2027-01-10T16:00:00Z).
 */
export function defaultDeadline(code: string, zone: string = districtTimeZone()): Date | null {
  const period = parsePeriod(code);
  if (!period) return null;
  const monthAfter = period.quarter * 3; // 0-based month after the quarter's last month
  const year = monthAfter === 12 ? period.year + 1 : period.year;
  return districtInstant({ year, month: monthAfter % 12, day: 11 }, zone);
}

/** Years offered in the quarter picker: around the newest period (or now). */
export function yearChoices(existing: readonly string[], now: Date, zone?: string): number[] {
  const years = existing.map((c) => parsePeriod(c)?.year).filter((y): y is number => y !== undefined);
  const anchor = Math.max(quarterOf(now, zone).year, ...years);
  return [anchor - 1, anchor, anchor + 1];
}

/** How long after its end a quarter may still be opened: the API's rule (periods/period-dates.ts). */
export const OPEN_AFTER_END_LIMIT_DAYS = 366;

/** The quarter's first instant on the district's calendar (00:00 of its first day). */
export function quarterStart(code: string, zone: string = districtTimeZone()): Date | null {
  const period = parsePeriod(code);
  if (!period) return null;
  return districtInstant({ year: period.year, month: (period.quarter - 1) * 3, day: 1 }, zone);
}

/** The quarter ended longer ago than the API lets it be opened (a mistyped year, e.g. 2019Q1). */
export function tooOldToOpen(code: string, now: Date, zone: string = districtTimeZone()): boolean {
  const period = parsePeriod(code);
  if (!period) return false;
  const end = districtInstant({ year: period.year, month: period.quarter * 3, day: 1 }, zone);
  return end.getTime() + OPEN_AFTER_END_LIMIT_DAYS * 86_400_000 < now.getTime();
}

/** Why a new deadline for the quarter would be refused by the API, or null when it would not. */
export type DeadlineProblem = 'past' | 'beforeQuarter';

export function deadlineProblem(
  picked: Dayjs,
  code: string,
  now: Date,
  zone: string = districtTimeZone(),
): DeadlineProblem | null {
  const instant = Date.parse(fromDistrictWallClock(picked, zone));
  const start = quarterStart(code, zone);
  if (start && instant < start.getTime()) return 'beforeQuarter';
  if (instant <= now.getTime()) return 'past';
  return null;
}

/**
 * The picker's disabledDate: days (on the district's calendar, as the picker shows them) before today
 * or before the quarter's first day, which no deadline the API accepts can fall on.
 */
export function deadlineDayDisabled(
  day: Dayjs,
  code: string,
  now: Date,
  zone: string = districtTimeZone(),
): boolean {
  const today = toDistrictWallClock(now, zone).startOf('day');
  const start = quarterStart(code, zone);
  const first = start ? toDistrictWallClock(start, zone).startOf('day') : today;
  const earliest = first.isAfter(today) ? first : today;
  return day.startOf('day').isBefore(earliest);
}
