import fc from 'fast-check';
import { compareWithPrevious, percentileAmong, percentileText, rankByTotal } from './ranking';

describe('rankByTotal', () => {
  it('uses competition ranking (1, 2, 2, 4) and the share of others lower as percentile', () => {
    expect(
      rankByTotal([
        { id: 'c', total: 80 },
        { id: 'a', total: 95 },
        { id: 'd', total: 70 },
        { id: 'b', total: 80 },
      ]),
    ).toEqual([
      { id: 'a', total: 95, rank: 1, percentile: 100 }, // 3 of 3 others lower
      { id: 'b', total: 80, rank: 2, percentile: 33.33 }, // 1 of 3
      { id: 'c', total: 80, rank: 2, percentile: 33.33 },
      { id: 'd', total: 70, rank: 4, percentile: 0 },
    ]);
  });

  it('ranks on totals rounded to 2 places, so equal shown totals tie', () => {
    const ranked = rankByTotal([
      { id: 'x', total: 88.004 },
      { id: 'y', total: 88.001 },
      { id: 'z', total: 88.005 },
    ]);
    expect(ranked).toEqual([
      { id: 'z', total: 88.01, rank: 1, percentile: 100 },
      { id: 'x', total: 88, rank: 2, percentile: 0 },
      { id: 'y', total: 88, rank: 2, percentile: 0 },
    ]);
  });

  it.each([
    [[], []],
    [[{ id: 'solo', total: 61 }], [{ id: 'solo', total: 61, rank: 1, percentile: 100 }]],
    [
      [
        { id: 'p', total: 50 },
        { id: 'q', total: 50 },
        { id: 'r', total: 50 },
      ],
      [1, 1, 1].map((rank, i) => ({ id: 'pqr'[i], total: 50, rank, percentile: 0 })),
    ],
  ])('edge case %#', (entries, expected) => {
    expect(rankByTotal(entries)).toEqual(expected);
  });

  it('does not depend on the input order, and ranks count the strictly higher totals (property)', () => {
    const entriesArb = fc.uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 4 }),
        total: fc.integer({ min: 0, max: 300 }).map((n) => n / 4),
      }),
      { selector: (entry) => entry.id, maxLength: 30 },
    );
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const ranked = rankByTotal(entries);
        expect(rankByTotal([...entries].reverse())).toEqual(ranked);
        for (const entry of ranked) {
          const higher = ranked.filter((other) => other.total > entry.total).length;
          expect(entry.rank).toBe(higher + 1);
        }
      }),
    );
  });
});

describe('percentileText', () => {
  it.each([
    [100, '100'],
    [73.33, '73'],
    [66.67, '66'],
    [99.99, '99'],
    [0.13, '0'],
    [0, '0'],
    [12, '12'],
  ])('%s → %s', (percentile, text) => expect(percentileText(percentile)).toBe(text));
});

describe('percentileAmong', () => {
  it.each([
    ['a lone entry', 1, 1, 100],
    ['the top of 4 (3 others below)', 4, 1, 100],
    ['two tied second of 4: 1 of 3 others below', 4, 3, 33.33],
    ['the bottom of 4', 4, 4, 0],
    ['2 of 3 others below: 66.666… rounds half up', 4, 2, 66.67],
    ['1 of 8 others below: 12.5 exactly', 9, 8, 12.5],
    ['1 of 200 others below: 0.5 exactly', 201, 200, 0.5],
    ['1 of 400 others below: 0.25 exactly', 401, 400, 0.25],
    ['1 of 800 others below: 0.125 rounds half up to 0.13', 801, 800, 0.13],
  ])('%s', (_name, count, atOrAbove, expected) => {
    expect(percentileAmong(count, atOrAbove)).toBe(expected);
  });

  it('agrees with rankByTotal on every entry', () => {
    const entries = [90, 85, 85, 70, 70, 70, 60].map((total, i) => ({ id: `b${i}`, total }));
    const ranked = rankByTotal(entries);
    for (const entry of ranked) {
      const atOrAbove = entries.filter((other) => other.total >= entry.total).length;
      expect(percentileAmong(entries.length, atOrAbove)).toBe(entry.percentile);
    }
  });
});

describe('compareWithPrevious', () => {
  it('reports change in total and rank, with nulls for new, unassessed and vanished branches', () => {
    const current = [
      { id: 'a', total: 90 },
      { id: 'b', total: 85.5 },
      { id: 'new', total: 95 },
      { id: 'late', total: null },
    ];
    const previous = [
      { id: 'a', total: 80 },
      { id: 'b', total: 88.25 },
      { id: 'late', total: 70 },
      { id: 'gone', total: 99 },
    ];
    expect(compareWithPrevious(current, previous)).toEqual([
      {
        id: 'new',
        total: 95,
        previousTotal: null,
        totalChange: null,
        rank: 1,
        previousRank: null,
        rankChange: null,
      },
      { id: 'a', total: 90, previousTotal: 80, totalChange: 10, rank: 2, previousRank: 3, rankChange: 1 },
      {
        id: 'b',
        total: 85.5,
        previousTotal: 88.25,
        totalChange: -2.75,
        rank: 3,
        previousRank: 2,
        rankChange: -1,
      },
      {
        id: 'late',
        total: null,
        previousTotal: 70,
        totalChange: null,
        rank: null,
        previousRank: 4,
        rankChange: null,
      },
      {
        id: 'gone',
        total: null,
        previousTotal: 99,
        totalChange: null,
        rank: null,
        previousRank: 1,
        rankChange: null,
      },
    ]);
  });

  it('computes the total change exactly', () => {
    const [change] = compareWithPrevious([{ id: 'a', total: 0.3 }], [{ id: 'a', total: 0.1 }]);
    expect(change.totalChange).toBe(0.2); // float 0.3 − 0.1 = 0.19999999999999998
  });

  it('does not depend on the input order (property)', () => {
    const entries = fc.uniqueArray(
      fc.record({
        id: fc.constantFrom(...'abcdefghij'),
        total: fc.option(
          fc.integer({ min: 0, max: 40 }).map((n) => n * 2.5),
          { nil: null },
        ),
      }),
      { selector: (entry) => entry.id },
    );
    fc.assert(
      fc.property(entries, entries, (current, previous) => {
        const expected = compareWithPrevious(current, previous);
        expect(compareWithPrevious([...current].reverse(), [...previous].reverse())).toEqual(expected);
        expect(new Set(expected.map((change) => change.id))).toEqual(
          new Set([...current, ...previous].map((entry) => entry.id)),
        );
      }),
    );
  });
});
