import {
  districtEndOfDayIn,
  districtInstant,
  fromDistrictWallClock,
  toDistrictWallClock,
} from './wall-clock';

// Whatever zone the test runs in (the browser's): it only holds the picked fields.
describe('date pickers on the district’s wall clock', () => {
  it.each([
    ['Asia/Shanghai', '2027-01-10T16:00:00.000Z', '2027-01-11 00:00'],
    ['Asia/Urumqi', '2027-01-10T16:00:00.000Z', '2027-01-10 22:00'],
    ['America/New_York', '2026-07-01T04:30:00.000Z', '2026-07-01 00:30'], // summer time, UTC−4
    ['America/New_York', '2026-12-01T05:30:00.000Z', '2026-12-01 00:30'], // winter time, UTC−5
  ])('in %s, %s is picked as %s and comes back unchanged', (zone, iso, shown) => {
    const picked = toDistrictWallClock(iso, zone);
    expect(picked.format('YYYY-MM-DD HH:mm')).toBe(shown);
    expect(fromDistrictWallClock(picked, zone)).toBe(iso);
  });

  it('turns the district’s calendar fields into the instant they name', () => {
    // The 10th of January ends at 16:00Z in Shanghai, at 18:00Z in Urumqi.
    expect(districtInstant({ year: 2027, month: 0, day: 11 }, 'Asia/Shanghai').toISOString()).toBe(
      '2027-01-10T16:00:00.000Z',
    );
    expect(districtInstant({ year: 2027, month: 0, day: 11 }, 'Asia/Urumqi').toISOString()).toBe(
      '2027-01-10T18:00:00.000Z',
    );
    // Across New York's spring change (2026-03-08 02:00 → 03:00): before and after it.
    expect(districtInstant({ year: 2026, month: 2, day: 8, hour: 1 }, 'America/New_York').toISOString()).toBe(
      '2026-03-08T06:00:00.000Z',
    );
    expect(districtInstant({ year: 2026, month: 2, day: 8, hour: 4 }, 'America/New_York').toISOString()).toBe(
      '2026-03-08T08:00:00.000Z',
    );
  });

  it('counts a default deadline from the district’s today, not the browser’s', () => {
    // 17:00Z on 10 January is already the 11th in Shanghai: 14 days on is the end of the 25th there.
    const deadline = districtEndOfDayIn(14, new Date('2027-01-10T17:00:00.000Z'), 'Asia/Shanghai');
    expect(deadline.format('YYYY-MM-DD HH:mm:ss')).toBe('2027-01-25 23:59:59');
    expect(fromDistrictWallClock(deadline, 'Asia/Shanghai')).toBe('2027-01-25T15:59:59.999Z');
  });
});
