/**
 * The year (docs/domain.md#annual), scenario by scenario. Every expected figure is computed by hand
 * in the comment beside it; quarter totals are official totals as shown (2 places).
 */
import { ind, STANDARD_GRADES } from '../engine/test-frameworks';
import { ValueValidationError } from '../engine/issues';
import type { Framework, Grade } from '../types';
import type { AnnualRules, QuarterOutcome } from './annual-types';
import { scoreYear, validateYear } from './score-year';

const t = (zh: string, en = zh) => ({ zh, en });

/** One path of one boolean: the quarters' totals are given, so only the year's rules matter here. */
function framework(annual?: AnnualRules): Framework {
  return {
    code: 'YEAR_TEST',
    version: 1,
    name: t('年度测试'),
    grades: STANDARD_GRADES,
    paths: [
      {
        code: 'P',
        name: t('P'),
        weight: 100,
        indicators: [ind('DONE', { type: 'boolean', maxPoints: 100 })],
      },
    ],
    ...(annual ? { annual } : {}),
  };
}

const STARS: Grade[] = [
  { code: 'FIVE', name: t('五星', 'five stars'), min: 360 },
  { code: 'FOUR', name: t('四星', 'four stars'), min: 320 },
  { code: 'THREE', name: t('三星', 'three stars'), min: 280 },
  { code: 'TWO', name: t('二星', 'two stars'), min: 240 },
  { code: 'ONE', name: t('一星', 'one star'), min: 0 },
];

const FAIL_CAP = { code: 'FAIL', name: t('不合格', 'Fail') };
const VETO = { code: 'SERIOUS_VIOLATION', name: t('严重违纪', 'serious violation'), capGrade: FAIL_CAP };

/** Approved quarters Q1… with these totals; null leaves that quarter without an assessment. */
function approved(...totals: (number | null)[]): QuarterOutcome[] {
  return totals.flatMap((total, i) =>
    total === null ? [] : [{ quarter: (i + 1) as 1 | 2 | 3 | 4, total, approved: true }],
  );
}

const MEAN_EXCLUDE: AnnualRules = { combine: { method: 'mean' }, missingQuarter: 'exclude' };
const MEAN_ZERO: AnnualRules = { combine: { method: 'mean' }, missingQuarter: 'zero' };
const WEIGHTED = (missingQuarter: 'exclude' | 'zero'): AnnualRules => ({
  combine: { method: 'weighted', weights: [20, 20, 20, 40] },
  missingQuarter,
});

describe('scoreYear: how the quarters combine', () => {
  it.each([
    {
      name: 'mean of four quarters',
      // (88 + 92.5 + 90 + 85.25) / 4 = 355.75 / 4 = 88.9375 → 88.94 → 良好 (80 ≤ t < 90)
      rules: MEAN_EXCLUDE,
      quarters: approved(88, 92.5, 90, 85.25),
      total: 88.94,
      grade: 'GOOD',
      statuses: ['COUNTED', 'COUNTED', 'COUNTED', 'COUNTED'],
      shares: [0.25, 0.25, 0.25, 0.25],
      formula: '(88 + 92.5 + 90 + 85.25) ÷ 4 = 88.94',
    },
    {
      name: 'Q3 missing, excluded',
      // (88 + 92 + 95) / 3 = 275 / 3 = 91.666… → 91.67 → 优秀
      rules: MEAN_EXCLUDE,
      quarters: approved(88, 92, null, 95),
      total: 91.67,
      grade: 'EXCELLENT',
      statuses: ['COUNTED', 'COUNTED', 'EXCLUDED', 'COUNTED'],
      shares: [0.3333, 0.3333, 0, 0.3333],
      formula: '(88 + 92 + 95) ÷ 3 = 91.67',
    },
    {
      name: 'Q3 missing, counted as 0',
      // (88 + 92 + 0 + 95) / 4 = 275 / 4 = 68.75 → 合格
      rules: MEAN_ZERO,
      quarters: approved(88, 92, null, 95),
      total: 68.75,
      grade: 'PASS',
      statuses: ['COUNTED', 'COUNTED', 'ZERO', 'COUNTED'],
      shares: [0.25, 0.25, 0.25, 0.25],
      formula: '(88 + 92 + 0 + 95) ÷ 4 = 68.75',
    },
    {
      name: 'Q4 submitted but not approved, excluded: its 99 does not count',
      // (80 + 82 + 84) / 3 = 246 / 3 = 82 → 良好 (with the 99: 345 / 4 = 86.25)
      rules: MEAN_EXCLUDE,
      quarters: [...approved(80, 82, 84), { quarter: 4, total: 99, approved: false }] as QuarterOutcome[],
      total: 82,
      grade: 'GOOD',
      statuses: ['COUNTED', 'COUNTED', 'COUNTED', 'EXCLUDED'],
      shares: [0.3333, 0.3333, 0.3333, 0],
      formula: '(80 + 82 + 84) ÷ 3 = 82',
    },
    {
      name: 'Q4 not approved, counted as 0',
      // (80 + 82 + 84 + 0) / 4 = 246 / 4 = 61.5 → 合格
      rules: MEAN_ZERO,
      quarters: [...approved(80, 82, 84), { quarter: 4, total: 99, approved: false }] as QuarterOutcome[],
      total: 61.5,
      grade: 'PASS',
      statuses: ['COUNTED', 'COUNTED', 'COUNTED', 'ZERO'],
      shares: [0.25, 0.25, 0.25, 0.25],
      formula: '(80 + 82 + 84 + 0) ÷ 4 = 61.5',
    },
    {
      name: 'weights 20/20/20/40',
      // (80×20 + 85×20 + 90×20 + 95×40) / 100 = (1600 + 1700 + 1800 + 3800) / 100 = 89 → 良好
      rules: WEIGHTED('exclude'),
      quarters: approved(80, 85, 90, 95),
      total: 89,
      grade: 'GOOD',
      statuses: ['COUNTED', 'COUNTED', 'COUNTED', 'COUNTED'],
      shares: [0.2, 0.2, 0.2, 0.4],
      formula: '(80×20 + 85×20 + 90×20 + 95×40) ÷ 100 = 89',
    },
    {
      name: 'weights, Q4 missing, excluded: its weight is shared out',
      // (1600 + 1700 + 1800) / 60 = 5100 / 60 = 85 → 良好; shares 20/60 = 0.3333
      rules: WEIGHTED('exclude'),
      quarters: approved(80, 85, 90, null),
      total: 85,
      grade: 'GOOD',
      statuses: ['COUNTED', 'COUNTED', 'COUNTED', 'EXCLUDED'],
      shares: [0.3333, 0.3333, 0.3333, 0],
      formula: '(80×20 + 85×20 + 90×20) ÷ 60 = 85',
    },
    {
      name: 'weights, Q4 missing, counted as 0',
      // (1600 + 1700 + 1800 + 0×40) / 100 = 51 → 不合格
      rules: WEIGHTED('zero'),
      quarters: approved(80, 85, 90, null),
      total: 51,
      grade: 'FAIL',
      statuses: ['COUNTED', 'COUNTED', 'COUNTED', 'ZERO'],
      shares: [0.2, 0.2, 0.2, 0.4],
      formula: '(80×20 + 85×20 + 90×20 + 0×40) ÷ 100 = 51',
    },
    {
      name: 'sum (积分制) on a star list',
      // 90 + 92 + 95 + 93 = 370 → 五星 (≥ 360)
      rules: { combine: { method: 'sum' }, grades: STARS } as AnnualRules,
      quarters: approved(90, 92, 95, 93),
      total: 370,
      grade: 'FIVE',
      statuses: ['COUNTED', 'COUNTED', 'COUNTED', 'COUNTED'],
      shares: [1, 1, 1, 1],
      formula: '90 + 92 + 95 + 93 = 370',
    },
    {
      name: 'no quarter approved, excluded: the quarters give 0',
      rules: MEAN_EXCLUDE,
      quarters: [{ quarter: 1, total: 90, approved: false }] as QuarterOutcome[],
      total: 0,
      grade: 'FAIL',
      statuses: ['EXCLUDED', 'EXCLUDED', 'EXCLUDED', 'EXCLUDED'],
      shares: [0, 0, 0, 0],
      formula: 'no quarter counts',
    },
  ])('$name', ({ rules, quarters, total, grade, statuses, shares, formula }) => {
    const year = scoreYear(framework(rules), quarters);
    expect(year.total).toBe(total);
    expect(year.quarterPoints).toBe(total);
    expect(year.grade.code).toBe(grade);
    expect(year.quarters.map((q) => q.status)).toEqual(statuses);
    expect(year.quarters.map((q) => q.share)).toEqual(shares);
    expect(year.countedQuarters).toBe(statuses.filter((s) => s !== 'EXCLUDED').length);
    expect(year.explanation.en).toContain(formula);
  });

  it('says in the explanation which quarters counted and why the others did not', () => {
    const quarters = [
      ...approved(80, null, 84),
      { quarter: 4, total: 99, approved: false },
    ] as QuarterOutcome[];
    const { explanation } = scoreYear(framework(MEAN_EXCLUDE), quarters);
    expect(explanation.zh).toContain('第1季度已审定，计 80 分');
    expect(explanation.zh).toContain('第2季度无考评结果，不计入');
    expect(explanation.zh).toContain('第4季度未审定（99 分不作数），不计入');
    expect(explanation.en).toContain('Q2 has no assessment: left out');
    expect(explanation.en).toContain('Q4 is not approved (its 99 does not count): left out');
  });

  it('without an annual section: the mean of the approved quarters on the framework grades', () => {
    // (70 + 90) / 2 = 80 → 良好; Q2 and Q4 left out
    const year = scoreYear(framework(), approved(70, null, 90, null));
    expect([year.method, year.missingQuarter, year.total, year.grade.code]).toEqual([
      'mean',
      'exclude',
      80,
      'GOOD',
    ]);
  });
});

describe('scoreYear: grades on the shown total', () => {
  it('grades 89.9975, shown 90.00, as 优秀', () => {
    // (89.99 + 90 + 90 + 90) / 4 = 359.99 / 4 = 89.9975 → shown 90.00 ≥ 90 → 优秀 (the exact value is below 90)
    const year = scoreYear(framework(MEAN_EXCLUDE), approved(89.99, 90, 90, 90));
    expect(year.total).toBe(90);
    expect(year.grade.code).toBe('EXCELLENT');
    expect(year.explanation.en).toContain('annual total 90.00, graded as shown: Excellent');
  });

  it('grades 89.9925, shown 89.99, as 良好', () => {
    // (89.97 + 90 + 90 + 90) / 4 = 359.97 / 4 = 89.9925 → 89.99 → 良好
    const year = scoreYear(framework(MEAN_EXCLUDE), approved(89.97, 90, 90, 90));
    expect([year.total, year.grade.code]).toEqual([89.99, 'GOOD']);
  });
});

describe('scoreYear: annual items', () => {
  const COMMENDATION = ind('ANNUAL_COMMENDATION', { type: 'bonus', points: 2, cap: 6 });
  const ANNUAL_FINDINGS = ind('ANNUAL_FINDINGS', { type: 'deduction', points: 5, cap: 10 });

  it.each([
    {
      name: '积分制: an annual bonus lifts the mean past 100',
      // (98 + 99 + 97 + 98) / 4 = 98; 表彰 2 × 2 = 4 (item cap 6) → 102, not clamped at 100
      rules: { ...MEAN_EXCLUDE, indicators: [COMMENDATION] },
      quarters: approved(98, 99, 97, 98),
      values: { ANNUAL_COMMENDATION: 2 },
      bonus: 4,
      deductions: 0,
      total: 102,
      grade: 'EXCELLENT',
    },
    {
      name: "the year's bonusCap limits the annual bonuses",
      // 98 + min(2 × 2, bonusCap 3) = 101
      rules: { ...MEAN_EXCLUDE, bonusCap: 3, indicators: [COMMENDATION] },
      quarters: approved(98, 99, 97, 98),
      values: { ANNUAL_COMMENDATION: 2 },
      bonus: 3,
      deductions: 0,
      total: 101,
      grade: 'EXCELLENT',
    },
    {
      name: 'sum (积分制) plus 表彰 on a star list',
      // 90 + 92 + 95 + 93 = 370; + 3 × 2 = 6 → 376 → 五星
      rules: { combine: { method: 'sum' }, grades: STARS, indicators: [COMMENDATION] } as AnnualRules,
      quarters: approved(90, 92, 95, 93),
      values: { ANNUAL_COMMENDATION: 3 },
      bonus: 6,
      deductions: 0,
      total: 376,
      grade: 'FIVE',
    },
    {
      name: '年度扣分 takes a grade away',
      // (84 + 86 + 85 + 85) / 4 = 85; deduction min(10, 3 × 5) = 10 → 75 → 合格
      rules: { ...MEAN_EXCLUDE, indicators: [COMMENDATION, ANNUAL_FINDINGS] },
      quarters: approved(84, 86, 85, 85),
      values: { ANNUAL_FINDINGS: 3 },
      bonus: 0,
      deductions: 10,
      total: 75,
      grade: 'PASS',
    },
    {
      name: 'deductions stop at 0',
      // (4 + 6 + 5 + 5) / 4 = 5; 5 − 10 → 0
      rules: { ...MEAN_EXCLUDE, indicators: [ANNUAL_FINDINGS] },
      quarters: approved(4, 6, 5, 5),
      values: { ANNUAL_FINDINGS: 2 },
      bonus: 0,
      deductions: 10,
      total: 0,
      grade: 'FAIL',
    },
  ])('$name', ({ rules, quarters, values, bonus, deductions, total, grade }) => {
    const year = scoreYear(framework(rules as AnnualRules), quarters, values);
    expect([year.bonusPoints, year.deductionPoints, year.total, year.grade.code]).toEqual([
      bonus,
      deductions,
      total,
      grade,
    ]);
  });

  it('lists an annual item not entered as missing and scores it 0', () => {
    const year = scoreYear(
      framework({ ...MEAN_EXCLUDE, indicators: [COMMENDATION] }),
      approved(80, 80, 80, 80),
    );
    expect(year.missing).toEqual(['ANNUAL_COMMENDATION']);
    expect(year.total).toBe(80);
  });

  it('shows an annual deduction negative with its reason', () => {
    const year = scoreYear(
      framework({ ...MEAN_EXCLUDE, indicators: [ANNUAL_FINDINGS] }),
      approved(84, 86, 85, 85),
      {
        ANNUAL_FINDINGS: 1,
      },
    );
    expect(year.indicators[0]).toMatchObject({
      code: 'ANNUAL_FINDINGS',
      rawPoints: -5,
      points: -5,
      missing: false,
    });
    expect(year.explanation.zh).toContain('年度扣分 −5');
  });
});

describe('scoreYear: caps on the annual grade', () => {
  const withQ2Veto = (): QuarterOutcome[] => {
    // (95 + 96 + 94 + 95) / 4 = 95 → 优秀 before any cap
    const quarters = approved(95, 96, 94, 95);
    quarters[1] = { ...quarters[1], vetoes: [VETO] };
    return quarters;
  };

  it('a Q2 veto caps the year (default), and the explanation names it', () => {
    const year = scoreYear(framework(MEAN_EXCLUDE), withQ2Veto());
    expect([year.total, year.uncappedGrade.code, year.grade.code]).toEqual([95, 'EXCELLENT', 'FAIL']);
    expect(year.cappedBy).toEqual({
      source: 'QUARTER_VETO',
      quarter: 2,
      code: VETO.code,
      name: VETO.name,
      capGrade: FAIL_CAP,
    });
    expect(year.explanation.zh).toContain('第2季度一票否决（严重违纪）将等次封顶为 不合格');
    expect(year.explanation.en).toContain('the Q2 veto (serious violation) caps the grade at Fail');
  });

  it('a quarter veto does not cap when the framework says so', () => {
    const year = scoreYear(framework({ ...MEAN_EXCLUDE, quarterVetoesCap: false }), withQ2Veto());
    expect([year.grade.code, year.cappedBy, year.caps]).toEqual(['EXCELLENT', null, []]);
  });

  it('the veto of a quarter that does not count (not approved) does not cap', () => {
    const quarters = withQ2Veto();
    quarters[1] = { ...quarters[1], approved: false };
    // (95 + 94 + 95) / 3 = 94.67 → 优秀
    const year = scoreYear(framework(MEAN_EXCLUDE), quarters);
    expect([year.total, year.grade.code, year.cappedBy]).toEqual([94.67, 'EXCELLENT', null]);
  });

  it("on a star list without the quarter's cap grade: the lowest star, or quarterVetoCapGrade", () => {
    // 95 + 96 + 94 + 95 = 380 → 五星 before caps; FAIL is not a star, so 一星
    const stars: AnnualRules = { combine: { method: 'sum' }, grades: STARS };
    expect(scoreYear(framework(stars), withQ2Veto()).grade.code).toBe('ONE');
    expect(scoreYear(framework({ ...stars, quarterVetoCapGrade: 'THREE' }), withQ2Veto()).grade.code).toBe(
      'THREE',
    );
  });

  it('"五星 needs an innovation project": an annual veto with capGrade 四星', () => {
    const rules: AnnualRules = {
      combine: { method: 'sum' },
      grades: STARS,
      indicators: [ind('NO_INNOVATION_PROJECT', { type: 'veto', capGrade: 'FOUR' })],
    };
    // 90 + 92 + 95 + 93 = 370 → 五星; no innovation project → capped at 四星
    const capped = scoreYear(framework(rules), approved(90, 92, 95, 93), { NO_INNOVATION_PROJECT: true });
    expect([capped.uncappedGrade.code, capped.grade.code]).toEqual(['FIVE', 'FOUR']);
    expect(capped.cappedBy).toMatchObject({ source: 'ANNUAL_VETO', code: 'NO_INNOVATION_PROJECT' });
    expect(capped.indicators[0].vetoTriggered).toBe(true);
    // 300 → 三星: the cap at 四星 does not lower it, so nothing capped the grade
    const below = scoreYear(framework(rules), approved(75, 75, 75, 75), { NO_INNOVATION_PROJECT: true });
    expect([below.grade.code, below.cappedBy, below.caps.length]).toEqual(['THREE', null, 1]);
    // with the project: 五星
    expect(
      scoreYear(framework(rules), approved(90, 92, 95, 93), { NO_INNOVATION_PROJECT: false }).grade.code,
    ).toBe('FIVE');
  });

  it('with several caps, the lowest decides', () => {
    const rules: AnnualRules = {
      ...MEAN_EXCLUDE,
      indicators: [ind('ANNUAL_VETO', { type: 'veto', capGrade: 'GOOD' })],
    };
    const year = scoreYear(framework(rules), withQ2Veto(), { ANNUAL_VETO: true });
    expect(year.caps.map((c) => c.capGrade.code)).toEqual(['GOOD', 'FAIL']);
    expect(year.grade.code).toBe('FAIL');
    expect(year.cappedBy?.source).toBe('QUARTER_VETO');
  });
});

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
