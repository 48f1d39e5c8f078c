import fc from 'fast-check';
import type { BranchFigures } from '../types';
import { aggregate } from './aggregate';
import { compare, fromNumber } from '../engine/fraction';
import { percentileCont } from './exact-stats';

function branch(id: string, total: number | null, extra: Partial<BranchFigures> = {}): BranchFigures {
  return { id, memberCount: 10, total, gradeCode: null, paths: {}, ...extra };
}

describe('percentileCont (PostgreSQL percentile_cont / Excel QUARTILE.INC)', () => {
  it.each([
    // values, fraction, expected: hand-computed with position = fraction × (n − 1)
    [[1, 2, 3, 4], 0.25, '1.75'], // position 0.75: 1 + 0.75 × 1
    [[1, 2, 3, 4], 0.5, '2.5'],
    [[1, 2, 3, 4], 0.75, '3.25'],
    [[10, 20, 30, 40, 50], 0.25, '20'], // position 1 exactly
    [[7], 0.25, '7'],
    [[60, 70.5], 0.75, '67.875'], // 60 + 0.75 × 10.5
  ])('%j at %d → %s', (values, fraction, expected) => {
    expect(compare(percentileCont(values, fraction)!, fromNumber(Number(expected)))).toBe(0);
  });
  it('is null for no values', () => expect(percentileCont([], 0.5)).toBeNull());
});

describe('aggregate', () => {
  it('computes the committee figures by hand', () => {
    const branches: BranchFigures[] = [
      branch('a', 92.5, { memberCount: 30, gradeCode: 'EXCELLENT', paths: { ORG: 90, SUP: 95 } }),
      branch('b', 81, { memberCount: 10, gradeCode: 'GOOD', paths: { ORG: 80, SUP: 82 } }),
      branch('c', 75.25, { memberCount: 20, gradeCode: 'PASS', paths: { ORG: 70 } }),
      branch('d', 58, { memberCount: 40, gradeCode: 'FAIL', paths: { ORG: 50, SUP: 60 } }),
      branch('e', null, { memberCount: 15 }),
      branch('f', null, { memberCount: 5, active: false }),
    ];
    expect(aggregate(branches, ['ORG', 'SUP', 'INT'])).toEqual({
      assessed: 4,
      expected: 5,
      completion: 0.8,
      mean: 76.69, // (92.5 + 81 + 75.25 + 58) / 4 = 306.75 / 4 = 76.6875 → half up
      weightedMean: 74.1, // (92.5×30 + 81×10 + 75.25×20 + 58×40) / 100 = 7410 / 100
      median: 78.13, // (75.25 + 81) / 2 = 78.125 → half up 78.13
      q1: 70.94, // sorted 58, 75.25, 81, 92.5; position 0.75: 58 + 0.75 × 17.25 = 70.9375
      q3: 83.88, // position 2.25: 81 + 0.25 × 11.5 = 83.875
      min: 58,
      max: 92.5,
      gradeCounts: { EXCELLENT: 1, GOOD: 1, PASS: 1, FAIL: 1 },
      pathMeans: { ORG: 72.5, SUP: 79 }, // ORG (90+80+70+50)/4; SUP (95+82+60)/3
    });
  });

  it('gives nulls and zero completion for nothing assessed', () => {
    expect(aggregate([], ['ORG'])).toEqual({
      assessed: 0,
      expected: 0,
      completion: 0,
      mean: null,
      weightedMean: null,
      median: null,
      q1: null,
      q3: null,
      min: null,
      max: null,
      gradeCounts: {},
      pathMeans: {},
    });
    const figures = aggregate([branch('a', null), branch('b', null)], []);
    expect([figures.assessed, figures.expected, figures.completion]).toEqual([0, 2, 0]);
  });

  it('keeps an inactive branch out of expected and completion within 0..1', () => {
    const figures = aggregate([branch('a', 80), branch('b', 70, { active: false }), branch('c', null)], []);
    expect(figures.assessed).toBe(2);
    expect(figures.expected).toBe(2);
    expect(figures.completion).toBe(0.5);
    expect(figures.mean).toBe(75);
  });

  it('rounds completion to 4 places and means half up without float drift', () => {
    const figures = aggregate([branch('a', 0.1), branch('b', 0.2), branch('c', null)], []);
    expect(figures.completion).toBe(0.6667);
    expect(figures.mean).toBe(0.15); // float (0.1 + 0.2) / 2 = 0.15000000000000002
    expect(aggregate([branch('a', 1.005)], []).mean).toBe(1.01); // float toFixed gives 1.00
  });

  it('has no member-weighted mean when nobody is a member', () => {
    expect(aggregate([branch('a', 80, { memberCount: 0 })], []).weightedMean).toBeNull();
  });

  it('weights by members when only some branches have any: (80×0 + 60×10) / 10 = 60', () => {
    const figures = aggregate(
      [branch('a', 80, { memberCount: 0 }), branch('b', 60, { memberCount: 10 })],
      [],
    );
    expect(figures.weightedMean).toBe(60);
  });

  it('leaves a branch with a total but no grade out of the grade counts', () => {
    const figures = aggregate(
      [branch('a', 80, { gradeCode: 'GOOD' }), branch('b', 70, { gradeCode: null })],
      [],
    );
    expect(figures.gradeCounts).toEqual({ GOOD: 1 });
    expect(figures.assessed).toBe(2);
  });

  it('does not depend on the input order (property)', () => {
    const branchArb = fc.record({
      total: fc.option(
        fc.integer({ min: 0, max: 11000 }).map((cents) => cents / 100),
        { nil: null },
      ),
      memberCount: fc.integer({ min: 0, max: 200 }),
      gradeCode: fc.constantFrom('EXCELLENT', 'GOOD', 'PASS', 'FAIL', null),
      org: fc.option(
        fc.integer({ min: 0, max: 10000 }).map((cents) => cents / 100),
        { nil: undefined },
      ),
      active: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(branchArb, { maxLength: 40 }), fc.infiniteStream(fc.nat()), (raw, seeds) => {
        const branches = raw.map((b, i) =>
          branch(`b${i}`, b.total, {
            memberCount: b.memberCount,
            gradeCode: b.gradeCode,
            active: b.active,
            paths: b.org === undefined ? {} : { ORG: b.org },
          }),
        );
        const shuffled = [...branches];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = seeds.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        expect(aggregate(shuffled, ['ORG'])).toEqual(aggregate(branches, ['ORG']));
      }),
    );
  });
});
