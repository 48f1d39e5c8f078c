/**
 * The year (docs/domain.md#annual), scenario by scenario: caps on the annual grade (quarter and
 * annual vetoes). Every expected figure is computed by hand in the comment beside it; quarter
 * totals are official totals as shown (2 places).
 */
import { ind } from '../engine/test-frameworks';
import type { AnnualRules, QuarterOutcome } from './annual-types';
import { scoreYear } from './score-year';
import { approved, FAIL_CAP, framework, MEAN_EXCLUDE, STARS, VETO } from './score-year.fixtures';

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
    expect(year.explanation.en).toContain('. The Q2 veto (serious violation) caps the grade at Fail.');
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
