// The year's input checks (validateYear): every problem named, scoreYear refusing the same input.
import { ind } from '../engine/test-frameworks';
import { ValueValidationError } from '../engine/issues';
import type { AnnualRules, QuarterOutcome } from './annual-types';
import { scoreYear, validateYear } from './score-year';
import { approved, framework, MEAN_EXCLUDE } from './score-year.fixtures';

describe('scoreYear: bad input', () => {
  const rules: AnnualRules = {
    ...MEAN_EXCLUDE,
    indicators: [ind('ANNUAL_COMMENDATION', { type: 'bonus', points: 2, cap: 6 })],
  };

  it('lists every problem, naming the quarter or indicator and the field', () => {
    const quarters = [
      { quarter: 1, total: 80, approved: true },
      { quarter: 1, total: 81, approved: true },
      { quarter: 2, total: -3, approved: true },
      { quarter: 3, total: null, approved: true },
      { quarter: 5, total: 80, approved: true },
    ] as unknown as QuarterOutcome[];
    const issues = validateYear(framework(rules), quarters, { ANNUAL_COMMENDATION: 1.5, NOPE: 1 });
    expect(issues.map((i) => `${i.indicator}${i.field ? `.${i.field}` : ''} ${i.code}`)).toEqual([
      'quarters.Q1.quarter DUPLICATE_QUARTER',
      'quarters.Q2.total NOT_A_TOTAL',
      'quarters.Q3.total APPROVED_WITHOUT_TOTAL',
      'quarters.[4].quarter UNKNOWN_QUARTER',
      'ANNUAL_COMMENDATION NOT_AN_INTEGER',
      'NOPE UNKNOWN_INDICATOR',
    ]);
    expect(() => scoreYear(framework(rules), quarters)).toThrow(ValueValidationError);
  });

  it('refuses an annual value for a sector the item does not apply to', () => {
    const rural: AnnualRules = {
      ...MEAN_EXCLUDE,
      indicators: [ind('RURAL_PRIZE', { type: 'bonus', points: 1, cap: 2 }, ['RURAL'])],
    };
    const issues = validateYear(framework(rural), approved(80), { RURAL_PRIZE: 1 }, { sector: 'COMMUNITY' });
    expect(issues.map((i) => i.code)).toEqual(['NOT_APPLICABLE']);
  });
});
