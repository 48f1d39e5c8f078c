import { districtDay } from './notification-kinds';

describe('districtDay', () => {
  it('counts days in the district time zone, not in UTC', () => {
    // 15:59 UTC is 23:59 in Shanghai; 16:00 UTC is already the next day there.
    expect(districtDay(new Date('2026-04-10T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-04-10');
    expect(districtDay(new Date('2026-04-10T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-04-11');
    expect(districtDay(new Date('2026-04-10T16:00:00Z'), 'UTC')).toBe('2026-04-10');
  });
});
