import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
  it('uses B, KB and MB with the locale grouping', () => {
    expect(formatBytes(532, 'zh-CN')).toBe('532 B');
    expect(formatBytes(48 * 1024 + 300, 'en')).toBe('48 KB');
    expect(formatBytes(1.25 * 1024 * 1024, 'en')).toBe('1.3 MB');
    expect(formatBytes(1234 * 1024 * 1024, 'en')).toBe('1,234.0 MB');
  });
});
