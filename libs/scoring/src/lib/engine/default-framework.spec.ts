import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Framework, ValueMap } from '../types';
import { scoreAssessment } from './score';
import { validateValues } from './validate';

/**
 * The shipped default framework's data (what `defaultFramework` of @pathboard/frameworks exports).
 * Read as a file: importing @pathboard/frameworks here would make a circular project dependency
 * (frameworks already depends on scoring), which the module-boundary lint forbids.
 */
const defaultFramework = JSON.parse(
  readFileSync(join(__dirname, '../../../../frameworks/data/default-framework.json'), 'utf8'),
) as Framework;

/*
 * Whole branches on the shipped default framework (libs/frameworks), hand-computed:
 *
 * 组织建设 ORGANIZATION (weight 30, bonusCap 5)
 *   ORG_MEETINGS 11/12 → 25 × 11/12 = 22.91666…   ORG_THEME_DAYS 2 of 3 → 15 − 5 = 10
 *   ORG_LIFE_MEETINGS yes → 10                      ORG_RESPONSIBILITY_LIST missing 分级管理 → 15 − 5 = 10
 *   ORG_WORK_PLAN 较好 → 11                          ORG_INFO_PLATFORM yes → 10
 *   ORG_JOINT_BUILDING 1 of 2 → 5                   ORG_INNOVATION_BONUS 2 → +4
 *   community: base 78.91666…, + 4 = 82.91666… → 82.92; × 0.3 = 24.875
 *   rural: ORG_RURAL_REVITALIZATION 1 → 10, base (78.91666… + 10) × 100/110 = 80.83333…, + 4 = 84.8333…; × 0.3 = 25.45
 * 党内监督 SUPERVISION (25)
 *   15 + 15 (0.8: 1 step) + 18 (9/10) + 16 (0.9 → ≥0.85) + 12 (4/5) + 6.6666… (2 of 3) = 82.6666…; × 0.25 = 20.6666…
 * 党风廉政建设 INTEGRITY (20)
 *   20 (1 of 2) + 30 (all items) + 20 + 19 (19/20) − 10 (1 violation) = 79; × 0.2 = 15.8
 * 干部队伍与教育培训 TRAINING (25, bonusCap 3)
 *   18 (18/20) + 15 (6 of 8 h) + 11 (0.7: 1 step × 4) + 15 (3/3) + 10 + 10 (好) + 7.5 (3 of 4 h) = 86.5, + 3 (5 × 1, cap 3) = 89.5; × 0.25 = 22.375
 * Total community 83.71666… → 83.72 良好; rural 84.29166… → 84.29 良好.
 */
const values: ValueMap = {
  ORG_MEETINGS: { numerator: 11, denominator: 12 },
  ORG_THEME_DAYS: 2,
  ORG_LIFE_MEETINGS: true,
  ORG_RESPONSIBILITY_LIST: ['LIST_ESTABLISHED', 'ASSIGNED_TO_PERSONS'],
  ORG_WORK_PLAN: '较好',
  ORG_INFO_PLATFORM: true,
  ORG_JOINT_BUILDING: 1,
  ORG_INNOVATION_BONUS: 2,
  SUP_DEMOCRATIC_LIFE: true,
  SUP_APPRAISAL_PARTICIPATION: 0.8,
  SUP_PETITIONS_RESOLVED: { numerator: 9, denominator: 10 },
  SUP_SATISFACTION: 0.9,
  SUP_RECTIFICATION: { numerator: 4, denominator: 5 },
  SUP_AFFAIRS_DISCLOSURE: 2,
  INT_WARNING_EDUCATION: 1,
  INT_RISK_POINTS: ['SCREENING', 'CONTROL_MEASURES', 'LEDGER'],
  INT_EIGHT_RULES_SELF_CHECK: true,
  INT_INTEGRITY_PLEDGE: { numerator: 19, denominator: 20 },
  INT_FOUR_WINDS_VIOLATIONS: 1,
  INT_SERIOUS_VIOLATION_VETO: false,
  TRN_ROTATION_COVERAGE: { numerator: 18, denominator: 20 },
  TRN_STUDY_HOURS: 6,
  TRN_XUEXI_ACTIVE: 0.7,
  TRN_AFFAIRS_STAFF_TRAINING: { numerator: 3, denominator: 3 },
  TRN_SUCCESSORS: 1,
  TRN_CADRE_EVALUATION: 'GOOD',
  TRN_VOLUNTEER_HOURS: 3,
  TRN_RED_EDUCATION_BONUS: 5,
};

const figures = (result: ReturnType<typeof scoreAssessment>) =>
  result.paths.map((p) => [p.code, p.basePoints, p.bonusPoints, p.deductionPoints, p.points, p.weighted]);
const points = (result: ReturnType<typeof scoreAssessment>, code: string) =>
  result.paths.flatMap((p) => p.indicators).find((i) => i.code === code)!.points;

describe('default framework, whole branch', () => {
  it('a community branch （乡村振兴 does not apply）', () => {
    const result = scoreAssessment(defaultFramework, values, { sector: 'COMMUNITY' });
    expect(figures(result)).toEqual([
      ['ORGANIZATION', 78.92, 4, 0, 82.92, 24.88],
      ['SUPERVISION', 82.67, 0, 0, 82.67, 20.67],
      ['INTEGRITY', 89, 0, 10, 79, 15.8],
      ['TRAINING', 86.5, 3, 0, 89.5, 22.38],
    ]);
    expect(points(result, 'ORG_MEETINGS')).toBe(22.92);
    expect(points(result, 'ORG_THEME_DAYS')).toBe(10);
    expect([result.total, result.grade.code]).toEqual([83.72, 'GOOD']);
    expect(result.completeness).toEqual({ answered: 28, applicable: 28, ratio: 1 });
  });

  it('a rural branch （组织建设 ×100/110）', () => {
    const result = scoreAssessment(
      defaultFramework,
      { ...values, ORG_RURAL_REVITALIZATION: 1 },
      { sector: 'RURAL' },
    );
    expect(figures(result)[0]).toEqual(['ORGANIZATION', 80.83, 4, 0, 84.83, 25.45]);
    expect(points(result, 'ORG_MEETINGS')).toBe(20.83);
    expect([result.total, result.grade.code]).toEqual([84.29, 'GOOD']);
  });

  it('docs/domain.md: a rural branch holding all 12 meetings gets 25 × 100/110 = 22.73', () => {
    const result = scoreAssessment(
      defaultFramework,
      { ORG_MEETINGS: { numerator: 12, denominator: 12 } },
      { sector: 'RURAL' },
    );
    expect(points(result, 'ORG_MEETINGS')).toBe(22.73);
  });

  it('the veto caps at 不合格', () => {
    const result = scoreAssessment(
      defaultFramework,
      { ...values, INT_SERIOUS_VIOLATION_VETO: true },
      { sector: 'ORGAN' },
    );
    expect([result.total, result.uncappedGrade.code, result.grade.code]).toEqual([83.72, 'GOOD', 'FAIL']);
  });

  it('a perfect branch: 100 + bonuses capped per path → 100 × 0.3 + … = total 100 + 0.3 × 5 + 0.25 × 3 = 102.25', () => {
    const perfect: ValueMap = {
      ...values,
      ORG_MEETINGS: { numerator: 12, denominator: 12 },
      ORG_THEME_DAYS: 3,
      ORG_RESPONSIBILITY_LIST: ['LIST_ESTABLISHED', 'TIERED_MANAGEMENT', 'ASSIGNED_TO_PERSONS'],
      ORG_WORK_PLAN: 'GOOD',
      ORG_JOINT_BUILDING: 2,
      ORG_INNOVATION_BONUS: 9,
      SUP_APPRAISAL_PARTICIPATION: 0.95,
      SUP_PETITIONS_RESOLVED: { numerator: 10, denominator: 10 },
      SUP_SATISFACTION: 0.97,
      SUP_RECTIFICATION: { numerator: 5, denominator: 5 },
      SUP_AFFAIRS_DISCLOSURE: 3,
      INT_WARNING_EDUCATION: 2,
      INT_INTEGRITY_PLEDGE: { numerator: 20, denominator: 20 },
      INT_FOUR_WINDS_VIOLATIONS: 0,
      TRN_ROTATION_COVERAGE: { numerator: 20, denominator: 20 },
      TRN_STUDY_HOURS: 8,
      TRN_XUEXI_ACTIVE: 0.8,
      TRN_VOLUNTEER_HOURS: 4,
    };
    const result = scoreAssessment(defaultFramework, perfect, { sector: 'SOE' });
    expect(result.paths.map((p) => p.points)).toEqual([105, 100, 100, 103]);
    expect([result.total, result.grade.code]).toEqual([102.25, 'EXCELLENT']);
  });

  it('refuses a community branch’s value for 乡村振兴', () => {
    expect(
      validateValues(defaultFramework, { ORG_RURAL_REVITALIZATION: 1 }, { sector: 'COMMUNITY' }),
    ).toEqual([expect.objectContaining({ indicator: 'ORG_RURAL_REVITALIZATION', code: 'NOT_APPLICABLE' })]);
  });
});
