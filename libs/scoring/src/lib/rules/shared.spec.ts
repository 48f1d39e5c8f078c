import { fromNumber } from '../engine/fraction';
import { countTable, exhaustingCount, lookup, ratioKey } from './shared';

/** The table and memo helpers the rule modules share; their points are the rule specs'. */

describe('exhaustingCount: the table size for a capped product k × c', () => {
  it.each([
    ['cap 10, 3 each: ceil(10/3) + 2 = 6', 10, 3, 6],
    ['cap 10, 5 each: 2 + 2 = 4 (a hair under a whole quotient must not cut the table short)', 10, 5, 4],
    ['nothing per count: one entry', 10, 0, 1],
    ['past the table limit: 1,001', 5000, 1, 1001],
  ])('%s', (_name, limit, k, size) => {
    expect(exhaustingCount(limit, k)).toBe(size);
  });
});

describe('countTable: points by whole count', () => {
  const points = (c: number) => fromNumber(c);

  it('holds `size` entries, and past a full table its last entry', () => {
    const table = countTable(points, 3);
    expect(table.table.map((p) => p.shown)).toEqual([0, 1, 2]);
    expect(lookup(table, 2).shown).toBe(2);
    expect(lookup(table, 50).shown).toBe(2);
  });

  it('at exactly the limit (1,000 entries) is still full: the last entry holds', () => {
    const table = countTable(points, 1000);
    expect(table.table).toHaveLength(1000);
    expect(lookup(table, 1200).shown).toBe(999);
  });

  it('past the limit keeps 1,000 entries and computes the rest', () => {
    const table = countTable(points, 2000);
    expect(table.table).toHaveLength(1000);
    expect(lookup(table, 1500).shown).toBe(1500);
  });

  it('has at least one entry', () => {
    expect(countTable(points, 0).table).toHaveLength(1);
  });
});

describe('ratioKey: n × 2²⁰ + d for whole n ≤ d < 2²⁰, else none', () => {
  it.each<[number, number, number | undefined]>([
    [3, 4, 3 * 2 ** 20 + 4],
    [0, 1, 1],
    [1, 2 ** 20 - 1, 2 ** 20 + 2 ** 20 - 1],
    [1, 2 ** 20, undefined],
    [1.5, 3, undefined],
    [1, 2.5, undefined],
  ])('%d of %d → %s', (numerator, denominator, key) => {
    expect(ratioKey({ numerator, denominator })).toBe(key);
  });
});
