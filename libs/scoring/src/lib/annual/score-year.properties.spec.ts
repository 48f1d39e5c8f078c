/** Properties of the year that hold for any quarters (fast-check, so a failure shrinks and replays). */
import fc from 'fast-check';
import { STANDARD_GRADES } from '../engine/test-frameworks';
import { framework } from './score-year.fixtures';
import type { AnnualRules, QuarterNumber, QuarterOutcome } from './annual-types';
import { scoreYear } from './score-year';

/** A shown total in cents, 0.00 … 105.00. */
const centsArb = fc.integer({ min: 0, max: 10_500 });
const fourCents = fc.tuple(centsArb, centsArb, centsArb, centsArb);

function approvedQuarters(cents: number[]): QuarterOutcome[] {
  return cents.map((c, i) => ({ quarter: (i + 1) as QuarterNumber, total: c / 100, approved: true }));
}

const mean: AnnualRules = { combine: { method: 'mean' } };

describe('scoreYear properties', () => {
  it('with four approved quarters, exclude and zero agree, and equal weights equal the mean', () => {
    fc.assert(
      fc.property(fourCents, (cents) => {
        const quarters = approvedQuarters(cents);
        const excluded = scoreYear(framework({ ...mean, missingQuarter: 'exclude' }), quarters).total;
        expect(scoreYear(framework({ ...mean, missingQuarter: 'zero' }), quarters).total).toBe(excluded);
        const equal: AnnualRules = { combine: { method: 'weighted', weights: [25, 25, 25, 25] } };
        expect(scoreYear(framework(equal), quarters).total).toBe(excluded);
      }),
    );
  });

  it('a sum is the quarters added in cents, exactly', () => {
    fc.assert(
      fc.property(fourCents, (cents) => {
        const sum = scoreYear(framework({ combine: { method: 'sum' } }), approvedQuarters(cents)).total;
        expect(Math.round(sum * 100)).toBe(cents[0] + cents[1] + cents[2] + cents[3]);
      }),
    );
  });

  it('the mean lies between the lowest and the highest counted quarter', () => {
    fc.assert(
      fc.property(fourCents, fc.integer({ min: 0, max: 15 }), (cents, mask) => {
        const quarters = approvedQuarters(cents).map((q, i) =>
          (mask >> i) & 1 ? q : { ...q, approved: false },
        );
        const counted = cents.filter((_c, i) => (mask >> i) & 1).map((c) => c / 100);
        const { total } = scoreYear(framework(mean), quarters);
        if (counted.length === 0) expect(total).toBe(0);
        else expect(total >= Math.min(...counted) && total <= Math.max(...counted)).toBe(true);
      }),
    );
  });

  it('raising one quarter never lowers the year, under any method and policy', () => {
    const rules: AnnualRules[] = [
      { combine: { method: 'mean' }, missingQuarter: 'exclude' },
      { combine: { method: 'mean' }, missingQuarter: 'zero' },
      { combine: { method: 'weighted', weights: [10, 20, 30, 40] } },
      { combine: { method: 'sum' } },
    ];
    fc.assert(
      fc.property(
        fourCents,
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 500 }),
        (cents, q, raise) => {
          const raised = [...cents];
          raised[q] += raise;
          for (const annual of rules) {
            const before = scoreYear(framework(annual), approvedQuarters(cents));
            const after = scoreYear(framework(annual), approvedQuarters(raised));
            expect(after.total).toBeGreaterThanOrEqual(before.total);
            expect(STANDARD_GRADES.findIndex((g) => g.code === after.grade.code)).toBeLessThanOrEqual(
              STANDARD_GRADES.findIndex((g) => g.code === before.grade.code),
            );
          }
        },
      ),
    );
  });
});
