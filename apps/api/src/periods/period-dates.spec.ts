import { quarterEnd, quarterStart, quarterTooOld } from './period-dates';

describe('quarter dates on the district calendar', () => {
  it("are the district's midnights, whatever the server's zone", () => {
    expect(quarterStart(2027, 1, 'Asia/Shanghai').toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(quarterEnd(2026, 4, 'Asia/Shanghai').toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(quarterStart(2026, 3, 'UTC').toISOString()).toBe('2026-07-01T00:00:00.000Z');
    // A zone with summer time: 1 April is already on summer time in Berlin (UTC+2).
    expect(quarterStart(2026, 2, 'Europe/Berlin').toISOString()).toBe('2026-03-31T22:00:00.000Z');
  });

  it('a quarter is too old to open a year after it ended', () => {
    const now = new Date('2026-12-07T04:00:00Z');
    expect(quarterTooOld(2019, 1, now, 'Asia/Shanghai')).toBe(true);
    expect(quarterTooOld(2025, 3, now, 'Asia/Shanghai')).toBe(true);
    expect(quarterTooOld(2025, 4, now, 'Asia/Shanghai')).toBe(false);
    expect(quarterTooOld(2027, 1, now, 'Asia/Shanghai')).toBe(false);
  });
});
