import dayjs from 'dayjs';
import { deadlineDayDisabled, deadlineProblem, quarterStart, tooOldToOpen } from './period-form';

const SH = 'Asia/Shanghai';
// The audit's day: 2026-12-07 in Beijing.
const NOW = new Date('2026-12-07T04:00:00Z');
// A picker's value is the district's wall clock as a local Dayjs.
const wall = (s: string) => dayjs(s);

describe('quarter dates on the district calendar', () => {
  it("starts a quarter at 00:00 of its first day in the district's zone", () => {
    expect(quarterStart('2027Q1', SH)!.toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(quarterStart('2026Q4', SH)!.toISOString()).toBe('2026-09-30T16:00:00.000Z');
  });

  it('refuses to open a quarter that ended more than a year ago (a mistyped year)', () => {
    expect(tooOldToOpen('2019Q1', NOW, SH)).toBe(true);
    expect(tooOldToOpen('2025Q3', NOW, SH)).toBe(true);
    // 2025Q4 ended 2026-01-01: late, but within the year.
    expect(tooOldToOpen('2025Q4', NOW, SH)).toBe(false);
    expect(tooOldToOpen('2027Q1', NOW, SH)).toBe(false);
  });
});

describe('a new deadline', () => {
  it('may not fall before the quarter starts (2027Q1 due 2026-01-01)', () => {
    expect(deadlineProblem(wall('2026-01-01 00:00'), '2027Q1', NOW, SH)).toBe('beforeQuarter');
    expect(deadlineProblem(wall('2026-12-31 23:59'), '2027Q1', NOW, SH)).toBe('beforeQuarter');
    expect(deadlineProblem(wall('2027-01-01 00:00'), '2027Q1', NOW, SH)).toBeNull();
  });

  it('must be in the future (2026Q4 moved to 2020-01-01, or earlier today)', () => {
    expect(deadlineProblem(wall('2026-12-07 11:00'), '2026Q4', NOW, SH)).toBe('past');
    expect(deadlineProblem(wall('2026-12-07 13:00'), '2026Q4', NOW, SH)).toBeNull();
    expect(deadlineProblem(wall('2027-01-11 00:00'), '2026Q4', NOW, SH)).toBeNull();
  });

  it('the picker disables the days before today and before the quarter', () => {
    expect(deadlineDayDisabled(wall('2026-12-06'), '2026Q4', NOW, SH)).toBe(true);
    expect(deadlineDayDisabled(wall('2020-01-01'), '2026Q4', NOW, SH)).toBe(true);
    expect(deadlineDayDisabled(wall('2026-12-07'), '2026Q4', NOW, SH)).toBe(false);
    expect(deadlineDayDisabled(wall('2026-12-31'), '2027Q1', NOW, SH)).toBe(true);
    expect(deadlineDayDisabled(wall('2027-01-01'), '2027Q1', NOW, SH)).toBe(false);
  });
});
