import dayjs, { type Dayjs } from 'dayjs';
import { districtTimeZone } from './time-zone';

/**
 * Date pickers in the district's time zone, whatever zone the browser is in. antd's DatePicker
 * shows and edits a dayjs in the browser's zone; these hand it the district's wall clock instead
 * (a browser-local dayjs whose fields are the district's date and time) and turn what was picked back
 * into an instant of the district's calendar. So an office whose computer is set to UTC, or a phone
 * abroad, still sees and sets "2027-01-11 00:00" for a deadline of 2027-01-10T16:00Z in Shanghai.
 */

const fieldsFormat = new Map<string, Intl.DateTimeFormat>();

/** The district's calendar fields of an instant. */
function wallFields(instant: Date, zone: string): number[] {
  let format = fieldsFormat.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    fieldsFormat.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  return [parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second];
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in ms. */
function offsetAt(instant: number, zone: string): number {
  const [y, mo, d, h, mi, s] = wallFields(new Date(instant), zone);
  return Date.UTC(y, mo, d, h, mi, s) - Math.floor(instant / 1000) * 1000;
}

/** The instant at which the district's wall clock reads the given fields (months from 0). */
export function districtInstant(
  fields: {
    year: number;
    month: number;
    day: number;
    hour?: number;
    minute?: number;
    second?: number;
    ms?: number;
  },
  zone: string = districtTimeZone(),
): Date {
  const { year, month, day, hour = 0, minute = 0, second = 0, ms = 0 } = fields;
  const asUtc = Date.UTC(year, month, day, hour, minute, second, ms);
  // Once with the offset at the guess, once more in case that crossed a change of offset (DST).
  const first = asUtc - offsetAt(asUtc, zone);
  return new Date(asUtc - offsetAt(first, zone));
}

/** An instant as the district's wall clock, for a picker's value. */
export function toDistrictWallClock(instant: string | Date, zone: string = districtTimeZone()): Dayjs {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  const [y, mo, d, h, mi, s] = wallFields(at, zone);
  return dayjs(new Date(y, mo, d, h, mi, s, at.getUTCMilliseconds()));
}

/** What a picker holds (the district's wall clock) as the instant it means, in ISO 8601. */
export function fromDistrictWallClock(value: Dayjs, zone: string = districtTimeZone()): string {
  return districtInstant(
    {
      year: value.year(),
      month: value.month(),
      day: value.date(),
      hour: value.hour(),
      minute: value.minute(),
      second: value.second(),
      ms: value.millisecond(),
    },
    zone,
  ).toISOString();
}

/** The end of the district's day `days` from today (a default deadline), as a picker's value. */
export function districtEndOfDayIn(
  days: number,
  now: Date = new Date(),
  zone: string = districtTimeZone(),
): Dayjs {
  return toDistrictWallClock(now, zone).add(days, 'day').endOf('day');
}
