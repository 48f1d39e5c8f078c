import {
  formatDateTime,
  formatDeadline,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPeriodShort,
  formatRank,
  formatRatioAsPercent,
  formatScore,
  formatSignedChange,
  MISSING_MARK,
} from './format';

describe('formatting', () => {
  it('groups and rounds numbers per locale', () => {
    expect(formatNumber(12345.678, 'zh-CN')).toBe('12,345.68');
    expect(formatNumber(12345.678, 'en', 1)).toBe('12,345.7');
    expect(formatNumber(null, 'zh-CN')).toBe(MISSING_MARK);
    expect(formatNumber(Number.NaN, 'en')).toBe(MISSING_MARK);
  });

  it('always shows scores with two decimals', () => {
    expect(formatScore(90, 'zh-CN')).toBe('90.00');
    expect(formatScore(22.916, 'en')).toBe('22.92');
  });

  it('formats percents from ratios and from percent values', () => {
    expect(formatRatioAsPercent(0.875, 'zh-CN')).toBe('87.5%');
    expect(formatRatioAsPercent(1, 'en', 0)).toBe('100%');
    expect(formatPercent(92.5, 'en')).toBe('92.5%');
    expect(formatPercent(undefined, 'en')).toBe(MISSING_MARK);
  });

  it('signs changes with a real minus', () => {
    expect(formatSignedChange(1.2, 'zh-CN')).toBe('+1.20');
    expect(formatSignedChange(-0.5, 'en')).toBe('−0.50');
    expect(formatSignedChange(0, 'en')).toBe('0.00');
  });

  it('labels quarters in Chinese and English', () => {
    expect(formatPeriod('2026Q1', 'zh-CN')).toBe('2026年第一季度');
    expect(formatPeriod('2026Q3', 'zh-CN')).toBe('2026年第三季度');
    expect(formatPeriod('2026Q1', 'en')).toBe('Q1 2026');
    expect(formatPeriodShort('2025Q4', 'zh-CN')).toBe('2025年四季度');
    expect(formatPeriod('bogus', 'en')).toBe('bogus');
  });

  it('states ranks in words', () => {
    expect(formatRank(3, 'zh-CN', 42)).toBe('第 3 名 / 共 42 个');
    expect(formatRank(3, 'en')).toBe('No. 3');
    expect(formatRank(null, 'en')).toBe(MISSING_MARK);
  });

  it('shows moments in Beijing time whatever the machine zone', () => {
    expect(formatDateTime('2026-04-03T06:05:00Z', 'zh-CN')).toBe('2026年4月3日 14:05');
    expect(formatDateTime('2026-04-03T06:05:00Z', 'en')).toBe('Apr 3, 2026, 14:05');
    expect(formatDateTime('not a date', 'en')).toBe(MISSING_MARK);
  });
});

describe('formatDeadline', () => {
  it('shows the day the admin entered: local midnight is 24:00 of the day before', () => {
    // The default deadline of 2026Q4, "the end of 10 January" in Beijing time.
    expect(formatDeadline('2027-01-10T16:00:00.000Z', 'zh-CN')).toBe('2027年1月10日 24:00');
    expect(formatDeadline('2027-01-10T16:00:00.000Z', 'en')).toBe('Jan 10, 2027, 24:00');
    // Any other instant reads as it is.
    expect(formatDeadline('2027-01-10T09:30:00.000Z', 'zh-CN')).toBe('2027年1月10日 17:30');
    expect(formatDeadline('2027-01-10T16:00:01.000Z', 'zh-CN')).toBe('2027年1月11日 00:00');
    expect(formatDeadline(null, 'zh-CN')).toBe(MISSING_MARK);
  });

  it('follows the district time zone it is given', () => {
    expect(formatDeadline('2027-01-10T23:00:00.000Z', 'zh-CN', 'Europe/London')).toBe('2027年1月10日 23:00');
    expect(formatDeadline('2027-01-11T00:00:00.000Z', 'zh-CN', 'Europe/London')).toBe('2027年1月10日 24:00');
  });
});
