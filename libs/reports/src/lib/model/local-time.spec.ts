import { formatLocalDate, formatLocalDateTime } from './local-time';

describe('one clock: report dates in the district zone', () => {
  it('shows an instant on the district calendar, not the UTC one', () => {
    expect(formatLocalDate('2026-01-10T16:30:00.000Z', 'Asia/Shanghai')).toBe('2026-01-11');
    expect(formatLocalDate('2026-01-10T15:59:59.000Z', 'Asia/Shanghai')).toBe('2026-01-10');
    expect(formatLocalDateTime('2026-01-10T16:30:00.000Z', 'Asia/Shanghai')).toBe('2026-01-11 00:30');
    expect(formatLocalDateTime('2026-01-10T16:30:00.000Z', 'UTC')).toBe('2026-01-10 16:30');
  });
});
