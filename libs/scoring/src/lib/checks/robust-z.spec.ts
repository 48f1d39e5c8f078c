import { median, modifiedZScore, modifiedZScoreOfSorted, withSorted } from './robust-z';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([13, 10, 40, 12, 11])).toBe(12);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('modifiedZScore (hand-computed)', () => {
  it('is 0.6745 × (x − median) / MAD', () => {
    // 10 11 12 13 40: median 12; |x − 12| = 2 1 0 1 28 → MAD 1; M(40) = 0.6745 × 28 = 18.886.
    const z = modifiedZScore(40, [10, 12, 11, 13, 40]);
    expect(z.median).toBe(12);
    expect(z.mad).toBe(1);
    expect(z.score).toBeCloseTo(18.886, 10);
    expect(z.meanAd).toBeUndefined();
  });

  it('is negative below the median', () => {
    // 1 10 11 12 13: median 11; deviations 10 1 0 1 2 → MAD 1; M(1) = 0.6745 × −10.
    expect(modifiedZScore(1, [1, 10, 11, 12, 13]).score).toBeCloseTo(-6.745, 10);
  });

  it('falls back to 1.253314 × the mean absolute deviation when MAD = 0', () => {
    // 4 4 4 4 4 9: median 4, MAD 0; mean |x − 4| = 5/6; M(9) = 5 / (1.253314 × 5/6) = 4.78730…
    const z = modifiedZScore(9, [4, 4, 4, 4, 4, 9]);
    expect(z.mad).toBe(0);
    expect(z.meanAd).toBeCloseTo(5 / 6, 12);
    expect(z.score).toBeCloseTo(4.7873, 4);
    // The others sit on the median: 0.
    expect(modifiedZScore(4, [4, 4, 4, 4, 4, 9]).score).toBe(0);
  });

  it('is 0 when every value is equal', () => {
    expect(modifiedZScore(3, [3, 3, 3, 3, 3])).toEqual({ score: 0, median: 3, mad: 0, meanAd: 0 });
  });
});

describe('modifiedZScoreOfSorted (no sort) = the textbook computation', () => {
  // The definition spelled out: sort, median, sort the absolute deviations, their median.
  const textbook = (x: number, sample: number[]) => {
    const mid = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      const m = s.length >> 1;
      return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
    };
    const center = mid(sample);
    const deviations = sample.map((v) => Math.abs(v - center));
    const mad = mid(deviations);
    const meanAd = deviations.reduce((a, d) => a + d, 0) / sample.length;
    const score =
      mad > 0 ? (0.6745 * (x - center)) / mad : meanAd > 0 ? (x - center) / (1.253314 * meanAd) : 0;
    return { center, mad, meanAd, score };
  };

  it('gives the same median, MAD and mean deviation on samples with ties, odd and even sizes', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let run = 0; run < 300; run++) {
      const n = 1 + Math.floor(random() * 40);
      const sample = Array.from({ length: n }, () => Math.floor(random() * 6) * (random() < 0.1 ? 10 : 1));
      const x = sample[Math.floor(random() * n)];
      const sorted = [...sample].sort((a, b) => a - b);
      const z = modifiedZScoreOfSorted(x, sorted);
      const t = textbook(x, sample);
      expect({ run, median: z.median, mad: z.mad }).toEqual({ run, median: t.center, mad: t.mad });
      if (z.mad === 0) expect(z.meanAd).toBeCloseTo(t.meanAd, 12);
      expect(z.score).toBeCloseTo(t.score, 9);
      expect(modifiedZScore(x, sample)).toEqual(z);
    }
  });

  it('puts a value in its place', () => {
    expect(withSorted([1, 3, 3, 5], 3)).toEqual([1, 3, 3, 3, 5]);
    expect(withSorted([], 2)).toEqual([2]);
  });
});
