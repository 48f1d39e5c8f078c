import { checkValues, scoreAssessment, scoreYear, type Rule } from '@pathboard/scoring';
import sample from '../../data/sample-values.json';
import { defaultFramework } from './default-framework';

/** `CODE type k=v …` with bands as `label:points` and checklist items by code: compact enough to read against docs/domain.md. */
function line(code: string, rule: Rule, sectors?: string[]): string {
  const parts = Object.entries(rule)
    .filter(([key]) => key !== 'type' && key !== 'unit')
    .map(([key, value]) => {
      if (key === 'bands')
        return `bands=${(value as { code?: string; min?: number; points: number }[]).map((b) => `${b.code ?? b.min}:${b.points}`).join(',')}`;
      if (key === 'items') return `items=${(value as { code: string }[]).map((item) => item.code).join(',')}`;
      return `${key}=${String(value)}`;
    });
  return [code, rule.type, ...parts, ...(sectors ? [`sectors=${sectors.join(',')}`] : [])].join(' ');
}

// Written by hand from docs/domain.md "The default framework".
const EXPECTED: Record<string, string[]> = {
  'ORGANIZATION 30 bonusCap=5': [
    'ORG_MEETINGS ratio maxPoints=25 target=1',
    'ORG_THEME_DAYS shortfall maxPoints=15 required=3 deduction=5',
    'ORG_LIFE_MEETINGS boolean maxPoints=10',
    'ORG_RESPONSIBILITY_LIST checklist maxPoints=15 deduction=5 items=LIST_ESTABLISHED,TIERED_MANAGEMENT,ASSIGNED_TO_PERSONS',
    'ORG_WORK_PLAN rating maxPoints=15 bands=GOOD:15,FAIR:11,AVERAGE:7,POOR:0',
    'ORG_INFO_PLATFORM boolean maxPoints=10',
    'ORG_JOINT_BUILDING count maxPoints=10 target=2',
    'ORG_RURAL_REVITALIZATION count maxPoints=10 target=1 sectors=RURAL',
    'ORG_INNOVATION_BONUS bonus points=2 cap=5',
  ],
  'SUPERVISION 25 bonusCap=none': [
    'SUP_DEMOCRATIC_LIFE boolean maxPoints=15',
    'SUP_APPRAISAL_PARTICIPATION threshold_step maxPoints=20 threshold=0.9 step=0.1 deduction=5',
    'SUP_PETITIONS_RESOLVED ratio maxPoints=20',
    'SUP_SATISFACTION banded maxPoints=20 bands=0:0,0.7:10,0.85:16,0.95:20',
    'SUP_RECTIFICATION ratio maxPoints=15',
    'SUP_AFFAIRS_DISCLOSURE count maxPoints=10 target=3',
  ],
  'INTEGRITY 20 bonusCap=none': [
    'INT_WARNING_EDUCATION shortfall maxPoints=30 required=2 deduction=10',
    'INT_RISK_POINTS checklist maxPoints=30 deduction=10 items=SCREENING,CONTROL_MEASURES,LEDGER',
    'INT_EIGHT_RULES_SELF_CHECK boolean maxPoints=20',
    'INT_INTEGRITY_PLEDGE ratio maxPoints=20',
    'INT_FOUR_WINDS_VIOLATIONS deduction points=10 cap=40',
    'INT_SERIOUS_VIOLATION_VETO veto capGrade=FAIL',
  ],
  'TRAINING 25 bonusCap=3': [
    'TRN_ROTATION_COVERAGE ratio maxPoints=20',
    'TRN_STUDY_HOURS count maxPoints=20 target=8',
    'TRN_XUEXI_ACTIVE threshold_step maxPoints=15 threshold=0.8 step=0.1 deduction=4',
    'TRN_AFFAIRS_STAFF_TRAINING ratio maxPoints=15',
    'TRN_SUCCESSORS count maxPoints=10 target=1',
    'TRN_CADRE_EVALUATION rating maxPoints=10 bands=GOOD:10,FAIR:7,AVERAGE:4,POOR:0',
    'TRN_VOLUNTEER_HOURS count maxPoints=10 target=4',
    'TRN_RED_EDUCATION_BONUS bonus points=1 cap=3',
  ],
};

// Written by hand from docs/framework-format.md "The default framework's annual items".
const EXPECTED_ANNUAL = [
  'ANNUAL_DISTRICT_COMMENDATION bonus points=1 cap=3',
  'ANNUAL_CITY_COMMENDATION bonus points=2 cap=4',
  'ANNUAL_INSPECTION_FINDINGS deduction points=2 cap=10',
  'ANNUAL_SERIOUS_VIOLATION_VETO veto capGrade=FAIL',
];

describe('defaultFramework', () => {
  it("is docs/domain.md's table, indicator by indicator", () => {
    const table = Object.fromEntries(
      defaultFramework.paths.map((path) => [
        `${path.code} ${path.weight} bonusCap=${path.bonusCap ?? 'none'}`,
        path.indicators.map((indicator) => line(indicator.code, indicator.rule, indicator.sectors)),
      ]),
    );
    expect(table).toEqual(EXPECTED);
  });

  it("has annual-only items on the quarters' mean: 表彰 bonuses within 5, inspection findings, a veto", () => {
    const annual = defaultFramework.annual!;
    expect(annual.indicators!.map((i) => line(i.code, i.rule, i.sectors))).toEqual(EXPECTED_ANNUAL);
    expect([annual.combine, annual.missingQuarter, annual.bonusCap, annual.quarterVetoesCap]).toEqual([
      { method: 'mean' },
      'exclude',
      5,
      true,
    ]);
    // Mean of 88 / 92 / 95 (Q3 not approved) = 91.67; 区级 2 × 1 = 2 and 市级 2 × 2 = 4 → 6, capped at 5;
    // 3 findings × 2 = 6 off: 91.67 + 5 − 6 = 90.67, 优秀; the annual veto caps it at 不合格.
    const quarters = [88, 92, null, 95].map((total, i) => ({
      quarter: (i + 1) as 1 | 2 | 3 | 4,
      total,
      approved: total !== null,
    }));
    const values = {
      ANNUAL_DISTRICT_COMMENDATION: 2,
      ANNUAL_CITY_COMMENDATION: 2,
      ANNUAL_INSPECTION_FINDINGS: 3,
    };
    const year = scoreYear(defaultFramework, quarters, values);
    expect([year.quarterPoints, year.bonusPoints, year.deductionPoints, year.total, year.grade.code]).toEqual(
      [91.67, 5, 6, 90.67, 'EXCELLENT'],
    );
    const vetoed = scoreYear(defaultFramework, quarters, { ...values, ANNUAL_SERIOUS_VIOLATION_VETO: true });
    expect([vetoed.total, vetoed.uncappedGrade.code, vetoed.grade.code]).toEqual([
      90.67,
      'EXCELLENT',
      'FAIL',
    ]);
  });

  it('has bilingual names everywhere and the default grades', () => {
    for (const indicator of [
      ...defaultFramework.paths.flatMap((path) => path.indicators),
      ...(defaultFramework.annual?.indicators ?? []),
    ]) {
      expect(indicator.name.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(indicator.name.en).toMatch(/^[A-Z]/);
      expect(indicator.code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(indicator.source!.every((article) => /^00[0-4]$/.test(article))).toBe(true);
    }
    expect(defaultFramework.grades.map((g) => [g.code, g.name.zh, g.min])).toEqual([
      ['EXCELLENT', '优秀', 90],
      ['GOOD', '良好', 80],
      ['PASS', '合格', 60],
      ['FAIL', '不合格', 0],
    ]);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(defaultFramework.paths[0].indicators[0].rule)).toBe(true);
  });

  it("reproduces docs/domain.md's worked example with the engine", () => {
    const community = scoreAssessment(
      defaultFramework,
      { ORG_MEETINGS: { numerator: 11, denominator: 12 }, ORG_THEME_DAYS: 2 },
      { sector: 'COMMUNITY' },
    );
    const org = community.paths[0].indicators;
    expect(org.find((i) => i.code === 'ORG_MEETINGS')!.points).toBe(22.92);
    expect(org.find((i) => i.code === 'ORG_THEME_DAYS')!.points).toBe(10);
    const rural = scoreAssessment(
      defaultFramework,
      { ORG_MEETINGS: { numerator: 12, denominator: 12 } },
      { sector: 'RURAL' },
    );
    expect(rural.paths[0].indicators.find((i) => i.code === 'ORG_MEETINGS')!.points).toBe(22.73);
  });

  it('carries the data checks: 12 meetings due a quarter, volunteer ≤ 3 × study hours, ranges', () => {
    // The sample branch's values pass every check.
    expect(checkValues(defaultFramework, sample.values as never, { sector: 'COMMUNITY' })).toEqual([]);
    const flags = checkValues(
      defaultFramework,
      {
        ORG_MEETINGS: { numerator: 8, denominator: 8 },
        TRN_STUDY_HOURS: 4,
        TRN_VOLUNTEER_HOURS: 12.5,
        TRN_XUEXI_ACTIVE: 0.2,
      },
      { sector: 'COMMUNITY' },
    );
    // 8 ≠ 12; 12.5 > 3 × 4 = 12; 0.2 < 0.3.
    expect(flags.map((f) => [f.rule ?? f.code, f.figures])).toEqual([
      ['MEETINGS_REQUIRED', { left: 8, right: 12 }],
      ['VOLUNTEER_WITHIN_STUDY', { left: 12.5, right: 12 }],
      ['BELOW_EXPECTED_RANGE', { value: 0.2, min: 0.3 }],
    ]);
  });

  it('does not flag one more successor trained (minChange 1), but does flag two more', () => {
    const check = (value: number) =>
      checkValues(defaultFramework, { TRN_SUCCESSORS: value }, { previous: { TRN_SUCCESSORS: 1 } }).map(
        (f) => [f.code, f.figures['value']],
      );
    expect(check(2)).toEqual([]);
    expect(check(3)).toEqual([['JUMP_FROM_PREVIOUS_QUARTER', 3]]);
  });
});
