import { compareRisk, selfInflation } from './risk';

describe('selfInflation', () => {
  it('is the mean self − official gap of the approved quarters, half up', () => {
    // gaps 5, 2.5, 0, −1.49 → 6.01 / 4 = 1.5025 → 1.50
    expect(
      selfInflation([
        { self: 90, official: 85 },
        { self: 80, official: 77.5 },
        { self: 70, official: 70 },
        { self: 60, official: 61.49 },
      ]),
    ).toBe(1.5);
    expect(
      selfInflation([
        { self: 80.01, official: 80 },
        { self: 80, official: 80 },
      ]),
    ).toBe(0.01); // 0.005 → 0.01
    expect(selfInflation([])).toBeNull();
  });
});

describe('compareRisk', () => {
  it('puts more open flags first, then the larger inflation; no history counts as 0', () => {
    const rows = [
      { id: 'calm', openFlags: 0, inflation: null },
      { id: 'inflating', openFlags: 0, inflation: 6 },
      { id: 'flagged', openFlags: 2, inflation: -1 },
      { id: 'honest', openFlags: 0, inflation: -3 },
      { id: 'one flag', openFlags: 1, inflation: 0 },
    ];
    expect([...rows].sort(compareRisk).map((r) => r.id)).toEqual([
      'flagged',
      'one flag',
      'inflating',
      'calm',
      'honest',
    ]);
  });
});
