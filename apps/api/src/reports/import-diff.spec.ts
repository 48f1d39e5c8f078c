import { diffRow, sameInput } from './import-diff';

describe('import diff', () => {
  it('counts new, changed and equal values; blank cells are not part of the import', () => {
    const stored = { A: 3, B: { numerator: 11, denominator: 12 }, C: ['X', 'Y'], D: true, E: null };
    const diff = diffRow(stored, {
      A: 3,
      B: { numerator: 12, denominator: 12 },
      C: ['Y', 'X'],
      E: 2,
      F: 'GOOD',
      G: undefined,
    });
    expect(diff).toMatchObject({ imported: 2, updated: 1, unchanged: 2 });
    expect(diff.changes).toEqual([
      {
        indicatorCode: 'B',
        before: { numerator: 11, denominator: 12 },
        after: { numerator: 12, denominator: 12 },
      },
      { indicatorCode: 'E', before: null, after: 2 },
      { indicatorCode: 'F', before: null, after: 'GOOD' },
    ]);
  });

  it('compares checklists as sets, ratios by both halves, the rest by value', () => {
    expect(sameInput(['A', 'B'], ['B', 'A'])).toBe(true);
    expect(sameInput(['A'], ['A', 'B'])).toBe(false);
    expect(sameInput([], [])).toBe(true);
    expect(sameInput({ numerator: 1, denominator: 2 }, { numerator: 1, denominator: 2 })).toBe(true);
    expect(sameInput({ numerator: 1, denominator: 2 }, { numerator: 2, denominator: 4 })).toBe(false);
    expect(sameInput(0.85, 0.85)).toBe(true);
    expect(sameInput(1, true)).toBe(false);
    expect(sameInput(['A'], 'A')).toBe(false);
  });
});
