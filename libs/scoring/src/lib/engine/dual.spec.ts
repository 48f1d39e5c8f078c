import type { IndicatorValuePair } from '../types';
import { officialValues, scoreDual, selfValues } from './dual';
import { ValueValidationError } from './issues';
import { domainFramework } from './test-frameworks';

/*
 * The branch claims full 三会一课 (12/12 → 25) and 3 主题党日 (15); the reviewer finds 9/12 (18.75)
 * and 2 (10). 党内监督 has 接待接访 10/10 (20) unreviewed. 组织建设: self 40, official 28.75, gap 11.25.
 * Totals: self 40 × 0.3 + 20 × 0.25 = 17; official 8.625 + 5 = 13.625 → 13.63. The gap is taken
 * between the shown totals: 17 − 13.63 = 3.37.
 */
const pairs: Record<string, IndicatorValuePair> = {
  ORG_MEETINGS: { self: { numerator: 12, denominator: 12 }, reviewed: { numerator: 9, denominator: 12 } },
  ORG_PARTY_DAY: { self: 3, reviewed: 2 },
  ORG_LIFE_MEETING: { self: null, reviewed: null },
  SUP_VISITS: { self: { numerator: 10, denominator: 10 } },
};

describe('scoreDual', () => {
  it('scores self values and reviewed-else-self values, with the gap', () => {
    const dual = scoreDual(domainFramework, pairs, { sector: 'COMMUNITY' });
    expect(dual.self.paths[0].points).toBe(40);
    expect(dual.official.paths[0].points).toBe(28.75);
    // SUP_VISITS was not reviewed: both use the self value 20.
    expect([dual.self.paths[1].points, dual.official.paths[1].points]).toEqual([20, 20]);
    expect([dual.self.total, dual.official.total]).toEqual([17, 13.63]);
    expect(dual.gap).toBe(3.37);
    expect(dual.pathGaps).toEqual({ ORG: 11.25, SUP: 0, INT: 0, CAD: 0 });
  });

  it('splits pairs into value maps; a null reviewed value falls back to self', () => {
    expect(selfValues(pairs)).toEqual({
      ORG_MEETINGS: { numerator: 12, denominator: 12 },
      ORG_PARTY_DAY: 3,
      ORG_LIFE_MEETING: null,
      SUP_VISITS: { numerator: 10, denominator: 10 },
    });
    expect(officialValues({ A: { self: 3, reviewed: null }, B: { reviewed: 2 }, C: {} })).toEqual({
      A: 3,
      B: 2,
      C: null,
    });
  });

  it('a negative gap means the reviewer scored higher', () => {
    // Community: self 10 → 3 of the total, official 15 → 4.5.
    const dual = scoreDual(
      domainFramework,
      { ORG_PARTY_DAY: { self: 2, reviewed: 3 } },
      { sector: 'COMMUNITY' },
    );
    expect(dual.gap).toBe(-1.5);
    expect(dual.pathGaps.ORG).toBe(-5);
  });

  it('refuses invalid values on either side', () => {
    expect(() => scoreDual(domainFramework, { ORG_PARTY_DAY: { self: 2, reviewed: -1 } })).toThrow(
      ValueValidationError,
    );
    expect(() => scoreDual(domainFramework, { ORG_PARTY_DAY: { self: 'two' } })).toThrow(
      ValueValidationError,
    );
  });
});
