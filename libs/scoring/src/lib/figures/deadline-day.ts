/**
 * How a deadline reads (docs/metrics.md, "One clock"). Deadlines are stored as the instant their day
 * ends: "the 10th" is 2027-01-10T16:00:00Z in Shanghai, which is already 00:00 on the 11th there.
 * An instant at the district's midnight therefore closes the day BEFORE, and is written as 24:00 of
 * that day (截止 2027年1月10日 24:00), the way the notices word it. Every screen, export and e-mail
 * that prints a deadline asks this; the wording of the date itself is theirs.
 */
export function closesAtDayEnd(instant: Date | string, timeZone: string): boolean {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime()) || at.getUTCMilliseconds() !== 0) return false;
  return clockOf(timeZone).format(at) === '00:00:00';
}

// One formatter per zone: lists ask this for every row, and building a formatter costs far more
// than using one.
const clocks = new Map<string, Intl.DateTimeFormat>();
function clockOf(timeZone: string): Intl.DateTimeFormat {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    clocks.set(timeZone, clock);
  }
  return clock;
}

/** The instant to print the date of, for a deadline that `closesAtDayEnd`: a moment before it. */
export function dayOfDeadline(instant: Date | string): Date {
  return new Date((typeof instant === 'string' ? new Date(instant) : instant).getTime() - 1);
}
