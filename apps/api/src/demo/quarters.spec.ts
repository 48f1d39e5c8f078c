import { lastQuarters, quarterInfo, quarterOf } from './quarters';

describe('seed quarters', () => {
  it('counts quarters back from now, oldest first', () => {
    expect(lastQuarters(new Date('2026-11-22T12:00:00Z'), 6).map((q) => q.code)).toEqual([
      '2025Q3',
      '2025Q4',
      '2026Q1',
      '2026Q2',
      '2026Q3',
      '2026Q4',
    ]);
  });

  it('uses the Beijing calendar: 2026-12-31T17:00Z is already 2027Q1', () => {
    expect(quarterOf(new Date('2026-12-31T17:00:00Z'))).toEqual({ year: 2027, quarter: 1 });
  });

  it('puts the deadline ten days after the quarter ends (Beijing midnight)', () => {
    const q = quarterInfo(2026, 4);
    expect(q.start.toISOString()).toBe('2026-09-30T16:00:00.000Z');
    expect(q.deadline.toISOString()).toBe('2027-01-10T16:00:00.000Z');
  });
});
