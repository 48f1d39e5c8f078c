import { meanGap, pathGaps, scoreGap } from './gap';

describe('self–official gap', () => {
  it('is the difference of the shown totals, exact in cents', () => {
    expect(scoreGap(88.3, 85.1)).toBe(3.2);
    expect(0.3 - 0.1).not.toBe(0.2);
    expect(scoreGap(0.3, 0.1)).toBe(0.2);
    expect(scoreGap(70, 72.55)).toBe(-2.55);
  });

  it('per path, for the paths both scores have', () => {
    expect(
      pathGaps(
        [
          { code: 'A', points: 20.1 },
          { code: 'B', points: 5 },
        ],
        [{ code: 'A', points: 19.9 }],
      ),
    ).toEqual({ A: 0.2 });
  });

  it('mean gap rounds half up away from zero, null without pairs', () => {
    expect(meanGap([])).toBeNull();
    expect(
      meanGap([
        { self: 80, official: 79.99 },
        { self: 80, official: 80 },
      ]),
    ).toBe(0.01);
    expect(
      meanGap([
        { self: 79.99, official: 80 },
        { self: 80, official: 80 },
      ]),
    ).toBe(-0.01);
    expect(
      meanGap([
        { self: 90, official: 80 },
        { self: 70, official: 72 },
      ]),
    ).toBe(4);
  });
});
