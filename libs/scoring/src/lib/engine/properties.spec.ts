import fc from 'fast-check';
import {
  SECTORS,
  type Framework,
  type IndicatorInput,
  type Rule,
  type Sector,
  type ValueMap,
} from '../types';
import { sampleInput } from '../rules/registry';
import { isApplicable } from './scaling';
import { scoreAssessment } from './score';
import { domainFramework } from './test-frameworks';

/** A valid input for a rule: its module's sampler, driven by fast-check (so failures shrink and replay). */
function inputArb(rule: Rule): fc.Arbitrary<IndicatorInput> {
  return fc
    .tuple(fc.integer({ min: 0, max: 100 }), fc.infiniteStream(fc.integer({ min: 0, max: 999 })))
    .map(([quality, draws]) => {
      const iterator = draws[Symbol.iterator]();
      return sampleInput(rule, quality / 100, () => iterator.next().value / 1000);
    });
}

const sectorArb: fc.Arbitrary<Sector | undefined> = fc.option(fc.constantFrom(...SECTORS), {
  nil: undefined,
});

/** A sector and values for the indicators that apply to it, some missing. */
function branchArb(framework: Framework): fc.Arbitrary<{ sector: Sector | undefined; values: ValueMap }> {
  return sectorArb.chain((sector) => {
    const entries: Record<string, fc.Arbitrary<IndicatorInput>> = {};
    for (const path of framework.paths) {
      for (const indicator of path.indicators) {
        if (isApplicable(indicator, sector))
          entries[indicator.code] = fc.option(inputArb(indicator.rule), { nil: null, freq: 6 });
      }
    }
    return fc.record(entries).map((values) => ({ sector, values: values as ValueMap }));
  });
}

const RUNS = { numRuns: 300 };

describe('properties on the docs/domain.md framework', () => {
  it('base points stay within [0, M], before and after rescaling; paths within [0, maxPoints] before bonus', () => {
    fc.assert(
      fc.property(branchArb(domainFramework), ({ sector, values }) => {
        const result = scoreAssessment(domainFramework, values, { sector, explain: false });
        for (const path of result.paths) {
          expect(path.basePoints).toBeGreaterThanOrEqual(0);
          expect(path.basePoints).toBeLessThanOrEqual(path.maxPoints);
          expect(path.points).toBeGreaterThanOrEqual(0);
          for (const score of path.indicators) {
            const rule = domainFramework.paths
              .flatMap((p) => p.indicators)
              .find((i) => i.code === score.code)!.rule;
            if (!('maxPoints' in rule)) continue;
            expect(score.rawPoints).toBeGreaterThanOrEqual(0);
            expect(score.rawPoints).toBeLessThanOrEqual(rule.maxPoints);
            expect(score.points).toBeLessThanOrEqual(score.maxPoints);
          }
        }
      }),
      RUNS,
    );
  });

  it('the shown total equals the weighted sum of shown path points within 0.01', () => {
    fc.assert(
      fc.property(branchArb(domainFramework), ({ sector, values }) => {
        const result = scoreAssessment(domainFramework, values, { sector, explain: false });
        const fromShown = result.paths.reduce((sum, p) => sum + (p.weight * p.points) / p.maxPoints, 0);
        expect(Math.abs(result.total - fromShown)).toBeLessThanOrEqual(0.01 + 1e-9);
      }),
      RUNS,
    );
  });

  it('explain: false changes nothing but the reasons', () => {
    fc.assert(
      fc.property(branchArb(domainFramework), ({ sector, values }) => {
        const strip = (explain: boolean) =>
          JSON.stringify(scoreAssessment(domainFramework, values, { sector, explain }), (k, v) =>
            k === 'reason' ? undefined : v,
          );
        expect(strip(false)).toBe(strip(true));
      }),
      { numRuns: 100 },
    );
  });
});

/** Raising one "more is better" input never lowers its points nor the total. */
describe('monotonicity', () => {
  const raisers: [code: string, raise: (input: IndicatorInput) => fc.Arbitrary<IndicatorInput>][] = [
    [
      'ORG_MEETINGS',
      (x) => {
        const { numerator, denominator } = x as { numerator: number; denominator: number };
        return fc.integer({ min: numerator, max: denominator }).map((n) => ({ numerator: n, denominator }));
      },
    ],
    ['ORG_PARTY_DAY', (x) => fc.integer({ min: x as number, max: 20 })],
    ['CAD_STUDY_HOURS', (x) => fc.integer({ min: 0, max: 100 }).map((d) => (x as number) + d / 10)],
    ['ORG_JOINT', (x) => fc.integer({ min: 0, max: 30 }).map((d) => (x as number) + d / 10)],
    [
      'SUP_REVIEW_RATE',
      (x) => fc.integer({ min: Math.round((x as number) * 100), max: 100 }).map((r) => r / 100),
    ],
    [
      'CAD_APP_ACTIVE',
      (x) => fc.integer({ min: Math.round((x as number) * 100), max: 100 }).map((r) => r / 100),
    ],
    [
      'SUP_SATISFACTION',
      (x) => fc.integer({ min: Math.round((x as number) * 100), max: 100 }).map((r) => r / 100),
    ],
    ['ORG_INNOVATION', (x) => fc.integer({ min: x as number, max: 20 })],
  ];

  it.each(raisers)('%s', (code, raise) => {
    const indicator = domainFramework.paths.flatMap((p) => p.indicators).find((i) => i.code === code)!;
    const arb = branchArb(domainFramework).chain(({ sector, values }) =>
      inputArb(indicator.rule).chain((low) =>
        raise(low).map((high) => ({
          sector: isApplicable(indicator, sector) ? sector : undefined,
          values,
          low,
          high,
        })),
      ),
    );
    fc.assert(
      fc.property(arb, ({ sector, values, low, high }) => {
        const before = scoreAssessment(
          domainFramework,
          { ...values, [code]: low },
          { sector, explain: false },
        );
        const after = scoreAssessment(
          domainFramework,
          { ...values, [code]: high },
          { sector, explain: false },
        );
        const points = (r: typeof before) =>
          r.paths.flatMap((p) => p.indicators).find((i) => i.code === code)!.points;
        expect(points(after)).toBeGreaterThanOrEqual(points(before));
        expect(after.total).toBeGreaterThanOrEqual(before.total);
      }),
      { numRuns: 150 },
    );
  });

  it('a deduction or penalty count never raises the score', () => {
    fc.assert(
      fc.property(
        branchArb(domainFramework),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        ({ sector, values }, a, b) => {
          const total = (c: number) =>
            scoreAssessment(domainFramework, { ...values, INT_VIOLATIONS: c }, { sector, explain: false })
              .total;
          expect(total(Math.max(a, b))).toBeLessThanOrEqual(total(Math.min(a, b)));
        },
      ),
      { numRuns: 150 },
    );
  });
});
