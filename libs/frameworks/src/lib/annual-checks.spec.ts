/** The `annual` section of a framework file: shape (schema), sizes and semantic checks. */
import { scoreYear, type AnnualRules, type Framework } from '@pathboard/scoring';
import { defaultFramework } from './default-framework';
import { FRAMEWORK_LIMITS } from './size-limits';
import { validateFramework } from './validate-framework';

const t = (zh: string, en = zh) => ({ zh, en });

const STARS = [
  { code: 'FIVE', name: t('五星', 'five stars'), min: 360 },
  { code: 'FOUR', name: t('四星', 'four stars'), min: 320 },
  { code: 'ONE', name: t('一星', 'one star'), min: 0 },
];

/** A star scheme (积分制) of the kind docs/framework-format.md#annual shows. */
function starYear(): AnnualRules {
  return JSON.parse(
    JSON.stringify({
      combine: { method: 'sum' },
      missingQuarter: 'zero',
      grades: STARS,
      bonusCap: 10,
      indicators: [
        { code: 'ANNUAL_COMMENDATION', name: t('年度表彰'), rule: { type: 'bonus', points: 2, cap: 6 } },
        { code: 'ANNUAL_FINDINGS', name: t('年度扣分'), rule: { type: 'deduction', points: 5, cap: 20 } },
        {
          code: 'NO_INNOVATION_PROJECT',
          name: t('未开展创新项目'),
          rule: { type: 'veto', capGrade: 'FOUR' },
        },
      ],
      quarterVetoesCap: true,
      quarterVetoCapGrade: 'ONE',
    }),
  ) as AnnualRules;
}

function withAnnual(annual: unknown): Framework {
  return { ...JSON.parse(JSON.stringify(defaultFramework)), annual } as Framework;
}

function codesAt(framework: unknown): string[] {
  const result = validateFramework(framework);
  return result.ok ? [] : result.errors.map((e) => `${e.location} ${e.code}`);
}

describe('validateFramework: annual', () => {
  it('keeps a framework without annual valid (the section is optional)', () => {
    const { annual: _annual, ...withoutAnnual } = defaultFramework;
    expect(validateFramework(withoutAnnual).ok).toBe(true);
    expect(validateFramework(defaultFramework).ok).toBe(true);
  });

  it('accepts a star scheme and the year scores with it', () => {
    const framework = withAnnual(starYear());
    expect(codesAt(framework)).toEqual([]);
    const quarters = [90, 92, 95, 93].map((total, i) => ({
      quarter: (i + 1) as 1 | 2 | 3 | 4,
      total,
      approved: true,
    }));
    // 90 + 92 + 95 + 93 = 370 + 表彰 2 × 2 = 374 → 五星, capped at 四星 without an innovation project
    const year = scoreYear(framework, quarters, { ANNUAL_COMMENDATION: 2, NO_INNOVATION_PROJECT: true });
    expect([year.total, year.uncappedGrade.code, year.grade.code]).toEqual([374, 'FIVE', 'FOUR']);
  });

  it('accepts weights summing to 100', () => {
    expect(codesAt(withAnnual({ combine: { method: 'weighted', weights: [20, 20, 20, 40] } }))).toEqual([]);
  });

  it.each([
    ['no combine', {}, ['annual.combine MISSING_FIELD']],
    ['an unknown method', { combine: { method: 'median' } }, ['annual.combine.method NOT_ALLOWED']],
    [
      'weighted without weights',
      { combine: { method: 'weighted' } },
      ['annual.combine.weights MISSING_FIELD'],
    ],
    [
      'three weights',
      { combine: { method: 'weighted', weights: [50, 25, 25] } },
      ['annual.combine.weights TOO_FEW_ITEMS'],
    ],
    [
      'weights on a mean',
      { combine: { method: 'mean', weights: [25, 25, 25, 25] } },
      ['annual.combine.weights NOT_ALLOWED'],
    ],
    [
      'an unknown policy',
      { combine: { method: 'mean' }, missingQuarter: 'half' },
      ['annual.missingQuarter NOT_ALLOWED'],
    ],
  ])('refuses %s (schema)', (_name, annual, expected) => {
    const codes = codesAt(withAnnual(annual));
    expect(codes).toEqual(expected);
  });

  it.each([
    [
      'weights not summing to 100',
      (a: AnnualRules) => void (a.combine = { method: 'weighted', weights: [20, 20, 20, 30] }),
      'annual.combine.weights QUARTER_WEIGHTS_SUM',
    ],
    [
      'annual grades out of order',
      (a: AnnualRules) => void (a.grades![1].min = 400),
      'annual.grades[1].min GRADES_NOT_DESCENDING',
    ],
    [
      'the lowest annual grade above 0',
      (a: AnnualRules) => void (a.grades![2].min = 10),
      'annual.grades[2].min LOWEST_GRADE_ABOVE_ZERO',
    ],
    [
      'an annual veto capping at a quarterly-only grade',
      (a: AnnualRules) => void (a.indicators![2].rule = { type: 'veto', capGrade: 'EXCELLENT' }),
      'annual.indicators[2].rule.capGrade UNKNOWN_GRADE',
    ],
    [
      'an unknown quarterVetoCapGrade',
      (a: AnnualRules) => void (a.quarterVetoCapGrade = 'FAIL'),
      'annual.quarterVetoCapGrade UNKNOWN_GRADE',
    ],
    [
      'an annual code that a quarterly indicator has',
      (a: AnnualRules) => void (a.indicators![0].code = 'ORG_MEETINGS'),
      'annual.indicators[0].code DUPLICATE_CODE',
    ],
    [
      'two annual items with one code',
      (a: AnnualRules) => void (a.indicators![1].code = 'ANNUAL_COMMENDATION'),
      'annual.indicators[1].code DUPLICATE_CODE',
    ],
    [
      'a base rule as an annual item',
      (a: AnnualRules) => void (a.indicators![0].rule = { type: 'boolean', maxPoints: 10 }),
      'annual.indicators[0].rule.type ANNUAL_BASE_RULE',
    ],
    [
      "an annual rule's own check (a negative cap)",
      (a: AnnualRules) => void (a.indicators![0].rule = { type: 'bonus', points: 2, cap: -1 }),
      'annual.indicators[0].rule.cap',
    ],
  ])('refuses %s', (_name, breakIt, expected) => {
    const annual = starYear();
    breakIt(annual);
    const codes = codesAt(withAnnual(annual));
    expect(codes.some((c) => c.startsWith(expected))).toBe(true);
  });

  it('names the annual item in the message', () => {
    const annual = starYear();
    annual.indicators![0].code = 'ORG_MEETINGS';
    const result = validateFramework(withAnnual(annual));
    if (result.ok) throw new Error('expected refusal');
    expect(result.errors[0]).toMatchObject({
      indicator: 'ORG_MEETINGS',
      location: 'annual.indicators[0].code',
    });
    expect(result.errors[0].message.en).toContain("also a quarterly indicator's");
  });

  it('caps the annual lists before the schema runs', () => {
    const annual = starYear();
    annual.indicators = Array.from(
      { length: FRAMEWORK_LIMITS.annualIndicators + 1 },
      () => annual.indicators![0],
    );
    annual.grades = Array.from({ length: 40_000 }, () => STARS[0]);
    expect(codesAt(withAnnual(annual)).sort()).toEqual([
      'annual.grades TOO_MANY_ITEMS',
      'annual.indicators TOO_MANY_ITEMS',
    ]);
  });
});
