import fc from 'fast-check';
import Decimal from 'decimal.js';
import { compare, fromNumber } from '../engine/fraction';
import { centsOf, exactSum, percentOf, round2Exact } from './exact-stats';

// The integer-cents fast path must give exactly what plain Decimal arithmetic (the oracle) gives.
const decimalReference = (values: number[], weights?: number[]) =>
  values.reduce(
    (sum, value, i) => sum.plus(new Decimal(value).times(weights ? weights[i] : 1)),
    new Decimal(0),
  );

describe('exact arithmetic helpers', () => {
  it.each([
    [0.29, 29],
    [100, 10000],
    [88.01, 8801],
    [1.005, null],
    [0.1 + 0.2, null],
    [-3.5, -350],
  ])('centsOf(%d) = %p', (value, cents) => expect(centsOf(value)).toBe(cents));

  it.each([
    [1.005, 1.01],
    [88.004, 88],
    [2.675, 2.68],
    [0.3, 0.3],
  ])('round2Exact(%d) = %d (half up on the decimal value)', (value, expected) => {
    expect(round2Exact(value)).toBe(expected);
  });

  it('percentOf rounds half up like Decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10000 }), fc.nat(), (denominator, raw) => {
        const numerator = raw % (denominator + 1);
        const expected = new Decimal(numerator)
          .times(100)
          .dividedBy(denominator)
          .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
          .toNumber();
        expect(percentOf(numerator, denominator)).toBe(expected);
      }),
    );
  });

  it('exactSum equals the Decimal sum, with and without weights, on cents and on finer values', () => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 20000 }).map((cents) => cents / 100),
      fc.integer({ min: 0, max: 200000 }).map((mills) => mills / 1000),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(value, fc.integer({ min: 0, max: 500 })), { maxLength: 60 }), (pairs) => {
        const values = pairs.map(([v]) => v);
        const weights = pairs.map(([, w]) => w);
        const same = (x: ReturnType<typeof exactSum>, reference: Decimal) =>
          compare(x, fromNumber(reference.toNumber())) === 0;
        expect(same(exactSum(values), decimalReference(values))).toBe(true);
        expect(same(exactSum(values, weights), decimalReference(values, weights))).toBe(true);
      }),
    );
  });
});
