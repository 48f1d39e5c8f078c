import DecimalJs from 'decimal.js';
import type { Framework, ValueMap } from '../types';
import {
  compare,
  frac,
  fromNumber,
  minus,
  plus,
  roundHalfUp,
  roundTo,
  times,
  ZERO,
  type Fraction,
} from './fraction';
import { scoreAssessment } from './score';
import { ind, STANDARD_GRADES } from './test-frameworks';

const MAX = Number.MAX_SAFE_INTEGER;
const pair = (x: Fraction) => (x.big ? [x.big.num, x.big.den] : [x.num, x.den]);
const exact = (num: number, den: number) => frac(num, den);

describe('roundHalfUp: a fraction rounded half up to 2 places', () => {
  it.each([
    ['whole', 7, 1, 7],
    ['cents need no rounding: 605/20 = 30.25', 605, 20, 30.25],
    ['1/3 = 0.333… → 0.33', 1, 3, 0.33],
    ['2/3 = 0.666… → 0.67', 2, 3, 0.67],
    ['exact half: 6053/200 = 30.265 → 30.27', 6053, 200, 30.27],
    ['just below a half: 60529/2000 = 30.2645 → 30.26', 60529, 2000, 30.26],
    ['just above a half: 30265001/1000000 → 30.27', 30265001, 1_000_000, 30.27],
    ['a third of a half: 90795/3000 = 30.265 → 30.27', 90795, 3000, 30.27],
    ['1/200 = 0.005 → 0.01', 1, 200, 0.01],
    ['1/201 = 0.004975… → 0', 1, 201, 0],
    ['negative half rounds away from 0: −6053/200 → −30.27', -6053, 200, -30.27],
    ['a tiny negative is 0, not −0', -1, 300, 0],
    ['num × 1000 past 2⁵³ (40-digit division): (2⁵³ − 1) / 3', MAX, 3, Number('3002399751580330.33')],
    ['…and an exact half there: (2⁵³ − 1) / 200', MAX, 200, 45035996273704.96],
  ])('%s', (_name, num, den, want) => {
    expect(Object.is(roundHalfUp(num, den), want)).toBe(true);
  });

  it('agrees with decimal.js at 200 digits on a sweep of small fractions', () => {
    const Ref = DecimalJs.clone({ precision: 200, rounding: DecimalJs.ROUND_HALF_UP });
    const wrong: string[] = [];
    for (let den = 1; den <= 300; den++) {
      for (let num = -1500; num <= 1500; num += 7) {
        if (roundHalfUp(num, den) !== (+new Ref(num).div(den).toFixed(2) || 0)) wrong.push(`${num}/${den}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('fromNumber: the decimal a JS number stands for', () => {
  it.each([
    ['whole', 12, [12, 1]],
    ['0.1 is 1/10, not its binary neighbour', 0.1, [1, 10]],
    ['1.005 is 201/200', 1.005, [201, 200]],
    ['7.5 hours', 7.5, [15, 2]],
    ['6 places', 0.000001, [1, 1_000_000]],
    ['7 places, read from its shortest form in BigInt', 0.0000001, [1n, 10_000_000n].map(Number)],
    [
      '0.1 + 0.2 is the decimal 0.30000000000000004, reduced',
      0.1 + 0.2,
      [7500000000000001n, 25n * 10n ** 15n],
    ],
    ['a fraction past 2³²', 2 ** 40 + 0.5, [2 ** 41 + 1, 2]],
    ['an integer past 2⁵³ as its shortest form, 1152921504606847000', 2 ** 60, [1152921504606847000n, 1n]],
  ])('%s', (_name, x, want) => {
    expect(pair(fromNumber(x))).toEqual(want);
  });
});

describe('fraction arithmetic is exact, in BigInt past 2⁵³', () => {
  it.each([
    ['1/3 + 1/6 = 1/2', plus(exact(1, 3), exact(1, 6)), [1, 2]],
    ['70/3 + 171/20 = 1913/60', plus(exact(70, 3), exact(171, 20)), [1913, 60]],
    ['5 − 5/2 = 5/2', minus(exact(5, 1), exact(5, 2)), [5, 2]],
    ['25/3 × 100/110 = 250/33', times(exact(25, 3), exact(100, 110)), [250, 33]],
    ['0 + x is x', plus(ZERO, exact(2, 7)), [2, 7]],
    ['reduced and sign on top', exact(6, -4), [-3, 2]],
    ['a sum past 2⁵³', plus(exact(2 ** 52, 1), exact(2 ** 52, 1)), [2n ** 53n, 1n]],
    [
      'a common denominator past 2⁵³',
      plus(exact(1, 2 ** 30 + 1), exact(1, 2 ** 30 + 3)),
      [2n ** 31n + 4n, (2n ** 30n + 1n) * (2n ** 30n + 3n)],
    ],
    [
      'back in safe integers once reduced',
      minus(plus(exact(2 ** 52, 1), exact(2 ** 52, 1)), exact(2 ** 52, 1)),
      [2 ** 52, 1],
    ],
  ])('%s', (_name, x, want) => {
    expect(pair(x)).toEqual(want);
  });

  it('compares exactly, past 2⁵³ too', () => {
    expect(compare(exact(1, 3), exact(333, 1000))).toBe(1);
    expect(compare(exact(5, 1), exact(10, 2))).toBe(0);
    expect(compare(exact(2 ** 52, 3), exact(2 ** 52, 5))).toBe(1);
  });

  it('rounds a BigInt fraction half up: (2⁵³ + 1) / 200 = 45035996273704.965 → …04.97', () => {
    expect(plus(exact(2 ** 53 - 1, 200), exact(2, 200)).shown).toBe(45035996273704.97);
  });
});

/** One path, weight 30: ratio 25, count 10 (target 2), boolean 65 and a bonus of 4 (cap 5). */
const halfFramework: Framework = {
  code: 'HALF',
  version: 1,
  name: { zh: '半', en: 'half' },
  grades: STANDARD_GRADES,
  paths: [
    {
      code: 'P',
      name: { zh: '路径', en: 'path' },
      weight: 30,
      indicators: [
        ind('R', { type: 'ratio', maxPoints: 25 }),
        ind('C', { type: 'count', maxPoints: 10, target: 2 }),
        ind('B', { type: 'boolean', maxPoints: 65 }),
        ind('X', { type: 'bonus', points: 4, cap: 5 }),
      ],
    },
  ],
};

describe('scoring in exact fractions', () => {
  it('rounds a weighted figure of exactly x.xx5 up (25 × 28/30 + 10 × 1.71/2 + 65 + 4 = 100.8833…; × 0.3 = 30.265)', () => {
    const values: ValueMap = { R: { numerator: 28, denominator: 30 }, C: 1.71, B: true, X: 1 };
    const result = scoreAssessment(halfFramework, values, { explain: false });
    expect(result.paths[0].points).toBe(100.88);
    expect(result.paths[0].weighted).toBe(30.27);
    expect(result.total).toBe(30.27);
  });

  it('scores a count with 7 decimal places exactly: 25/3 + 10 × 1.0000001/2 + 65 = 78.333333833… → 78.33', () => {
    const values = { R: { numerator: 1, denominator: 3 }, C: 1.0000001, B: true, X: 0 };
    expect(scoreAssessment(halfFramework, values, { explain: false }).paths[0].points).toBe(78.33);
  });

  it('the ratio past 2⁵³ scores 25 × (2⁵² + 1)/(2⁵³ − 1) → 12.5', () => {
    const values = { R: { numerator: 2 ** 52 + 1, denominator: 2 ** 53 - 1 }, C: 2, B: false, X: 0 };
    expect(scoreAssessment(halfFramework, values).paths[0].indicators[0].points).toBe(12.5);
  });
});

describe('roundTo: half up to any number of places', () => {
  it.each([
    ['2/3 to 4 places (a completion rate)', frac(2, 3), 4, 0.6667],
    ['1/8 to 2 places', frac(1, 8), 2, 0.13],
    ['an exact half to 4 places: 1/32 = 0.03125 → 0.0313', frac(1, 32), 4, 0.0313],
    ['negative half away from 0: −1/32 → −0.0313', frac(-1, 32), 4, -0.0313],
    ['a whole number', frac(7, 1), 4, 7],
    ['a tiny negative is 0, not −0', frac(-1, 300_000), 4, 0],
  ])('%s', (_name, x, places, want) => {
    expect(Object.is(roundTo(x, places), want)).toBe(true);
  });
});
