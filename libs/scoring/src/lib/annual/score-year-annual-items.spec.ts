/**
 * The year (docs/domain.md#annual), scenario by scenario: annual-only items (年度加分, 年度扣分). Every
 * expected figure is computed by hand in the comment beside it; quarter totals are official totals
 * as shown (2 places).
 */
import { ind } from '../engine/test-frameworks';
import type { AnnualRules } from './annual-types';
import { scoreYear } from './score-year';
import { approved, framework, MEAN_EXCLUDE, STARS } from './score-year.fixtures';

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
