import { formatDateTime, formatNumber, formatScore } from './format';
import { cachedDateTimeFormat, cachedNumberFormat } from './intl-cache';

describe('Intl formatter cache', () => {
  it('reuses one formatter per locale and options, whatever the key order', () => {
    const a = cachedNumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(cachedNumberFormat('zh-CN', { maximumFractionDigits: 2, minimumFractionDigits: 2 })).toBe(a);
    expect(cachedNumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })).not.toBe(a);
    expect(cachedNumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })).not.toBe(a);
    const d = cachedDateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' });
    expect(cachedDateTimeFormat('en-US', { year: 'numeric', timeZone: 'Asia/Shanghai' })).toBe(d);
    expect(cachedDateTimeFormat('en-US', { year: 'numeric', timeZone: 'UTC' })).not.toBe(d);
  });

  it('builds no formatter per call once warm (a scrolled table formats thousands of cells)', () => {
    formatScore(1, 'zh-CN');
    formatNumber(1, 'en');
    formatDateTime('2026-04-03T06:05:00Z', 'en');
    const numberSpy = jest.spyOn(Intl, 'NumberFormat');
    const dateSpy = jest.spyOn(Intl, 'DateTimeFormat');
    try {
      for (let i = 0; i < 1000; i++) {
        expect(formatScore(i / 7, 'zh-CN')).toBe(
          (i / 7).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
        );
        formatNumber(i, 'en');
        formatDateTime('2026-04-03T06:05:00Z', 'en');
      }
      expect(numberSpy).not.toHaveBeenCalled();
      expect(dateSpy).not.toHaveBeenCalled();
    } finally {
      numberSpy.mockRestore();
      dateSpy.mockRestore();
    }
  });
});
