import { TEXT_LIMITS, UNIT_CODE_PATTERN, USERNAME_PATTERN } from './text-limits';

describe('TEXT_LIMITS', () => {
  it('gives every field a positive whole number of characters', () => {
    for (const [field, limit] of Object.entries(TEXT_LIMITS)) {
      expect({ field, ok: Number.isSafeInteger(limit) && limit > 0 }).toEqual({ field, ok: true });
    }
  });

  it('keeps a reason read beside one indicator shorter than a comment on the whole assessment', () => {
    expect(TEXT_LIMITS.reviewReason).toBeLessThan(TEXT_LIMITS.reviewComment);
  });
});

describe('USERNAME_PATTERN', () => {
  it('takes 3 to TEXT_LIMITS.username letters, digits, ".", "_" or "-"', () => {
    expect(USERNAME_PATTERN.test('zhang.san_01')).toBe(true);
    expect(USERNAME_PATTERN.test('a'.repeat(TEXT_LIMITS.username))).toBe(true);
    expect(USERNAME_PATTERN.test('a'.repeat(TEXT_LIMITS.username + 1))).toBe(false);
    expect(USERNAME_PATTERN.test('ab')).toBe(false);
    expect(USERNAME_PATTERN.test('张三')).toBe(false);
  });
});

describe('UNIT_CODE_PATTERN', () => {
  it('takes 1 to TEXT_LIMITS.unitCode characters, a letter or digit first', () => {
    expect(UNIT_CODE_PATTERN.test('S')).toBe(true);
    expect(UNIT_CODE_PATTERN.test('x'.repeat(TEXT_LIMITS.unitCode))).toBe(true);
    expect(UNIT_CODE_PATTERN.test('x'.repeat(TEXT_LIMITS.unitCode + 1))).toBe(false);
    expect(UNIT_CODE_PATTERN.test('-x')).toBe(false);
    expect(UNIT_CODE_PATTERN.test('a b')).toBe(false);
  });
});
