import { parsePeriodCode } from './periods.service';

describe('period codes', () => {
  it('reads year and quarter', () => {
    expect(parsePeriodCode('2026Q1')).toEqual({ year: 2026, quarter: 1 });
    expect(parsePeriodCode('2025Q4')).toEqual({ year: 2025, quarter: 4 });
  });

  it.each(['2026Q5', '2026Q0', '26Q1', '2026-Q1', '2026q1', ''])('refuses %j with BAD_USER_INPUT', (code) => {
    expect(() => parsePeriodCode(code)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'code' }),
      }),
    );
  });
});
