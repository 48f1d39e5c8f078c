import { looksLikeARate } from './field-spec';

describe('a percent typed as a rate', () => {
  const percent = { kind: 'percent' as const };
  it.each([
    [0.73, true], // 民意调查满意度 typed as the rate: meant 73
    [0.5, true],
    [73, false],
    [1, false], // 1% is a plausible percent
    [0, false],
    [null, false],
  ])('%s → %s', (value, expected) => {
    expect(looksLikeARate(percent, value)).toBe(expected);
  });

  it('concerns percent fields only', () => {
    expect(looksLikeARate({ kind: 'number' }, 0.73)).toBe(false);
  });
});
