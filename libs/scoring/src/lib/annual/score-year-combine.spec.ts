/**
 * The year (docs/domain.md#annual), scenario by scenario: how the quarters combine, and the grade
 * of the shown total. Every expected figure is computed by hand in the comment beside it; quarter
 * totals are official totals as shown (2 places).
 */
import type { AnnualRules, QuarterOutcome } from './annual-types';
import { scoreYear } from './score-year';
import { approved, framework, MEAN_EXCLUDE, MEAN_ZERO, STARS, WEIGHTED } from './score-year.fixtures';

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
      formula: 'No quarter counts',
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
    expect(explanation.en).toContain('Q2 has no assessment, left out');
    expect(explanation.en).toContain('Q4 is not approved (its 99 does not count), left out');
    expect(explanation.en).toMatch(/\. Quarters' mean: \(/);
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
    expect(year.explanation.en).toContain('. Annual total 90.00, graded as shown: Excellent');
  });

  it('grades 89.9925, shown 89.99, as 良好', () => {
    // (89.97 + 90 + 90 + 90) / 4 = 359.97 / 4 = 89.9925 → 89.99 → 良好
    const year = scoreYear(framework(MEAN_EXCLUDE), approved(89.97, 90, 90, 90));
    expect([year.total, year.grade.code]).toEqual([89.99, 'GOOD']);
  });
});
