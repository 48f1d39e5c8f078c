import { defaultFramework } from '@pathboard/frameworks';
import { scoreAssessment } from '@pathboard/scoring';
import type { ScoreResult, ValueMap } from '@pathboard/scoring';
import { quarterlyNarrative, periodLabel } from '../pdf/narrative';
import { inputFigures, withRanks, type UnrankedBranch } from '../testing/synthetic-scored';
import { buildQuarterlyReportData } from './quarterly-data';

/** Every base indicator at full marks, with the given overrides. */
function values(overrides: ValueMap = {}): ValueMap {
  return {
    ORG_MEETINGS: { numerator: 12, denominator: 12 },
    ORG_THEME_DAYS: 3,
    ORG_LIFE_MEETINGS: true,
    ORG_RESPONSIBILITY_LIST: ['LIST_ESTABLISHED', 'TIERED_MANAGEMENT', 'ASSIGNED_TO_PERSONS'],
    ORG_WORK_PLAN: 'GOOD',
    ORG_INFO_PLATFORM: true,
    ORG_JOINT_BUILDING: 2,
    SUP_DEMOCRATIC_LIFE: true,
    SUP_APPRAISAL_PARTICIPATION: 1,
    SUP_PETITIONS_RESOLVED: { numerator: 5, denominator: 5 },
    SUP_SATISFACTION: 0.99,
    SUP_RECTIFICATION: { numerator: 2, denominator: 2 },
    SUP_AFFAIRS_DISCLOSURE: 3,
    INT_WARNING_EDUCATION: 2,
    INT_RISK_POINTS: ['SCREENING', 'CONTROL_MEASURES', 'LEDGER'],
    INT_EIGHT_RULES_SELF_CHECK: true,
    INT_INTEGRITY_PLEDGE: { numerator: 9, denominator: 9 },
    TRN_ROTATION_COVERAGE: { numerator: 9, denominator: 9 },
    TRN_STUDY_HOURS: 8,
    TRN_XUEXI_ACTIVE: 0.9,
    TRN_AFFAIRS_STAFF_TRAINING: { numerator: 2, denominator: 2 },
    TRN_SUCCESSORS: 1,
    TRN_CADRE_EVALUATION: 'GOOD',
    TRN_VOLUNTEER_HOURS: 4,
    ...overrides,
  };
}

const score = (map: ValueMap): ScoreResult => scoreAssessment(defaultFramework, map, { sector: 'COMMUNITY' });

function branch(
  code: string,
  name: string,
  official: ScoreResult | null,
  extra: Partial<UnrankedBranch> = {},
): UnrankedBranch {
  return {
    code,
    name,
    parentName: '东城街道党工委',
    sector: 'COMMUNITY',
    memberCount: 20,
    status: official ? 'APPROVED' : 'NOT_STARTED',
    submittedAt: official ? '2027-01-05T09:00:00.000Z' : null,
    onTime: official ? true : null,
    self: official,
    official,
    values: {},
    ...extra,
  };
}

describe('buildQuarterlyReportData', () => {
  const full = score(values());
  const weakPlan = score(values({ ORG_WORK_PLAN: 'AVERAGE' }));
  const branches = [
    branch('B3', '三号支部', weakPlan, { submittedAt: '2027-01-12T09:00:00.000Z', onTime: false }),
    branch('B1', '一号支部', full),
    branch('B2', '二号支部', full, { self: score(values({ ORG_THEME_DAYS: 3 })), status: 'SUBMITTED' }),
    branch('B4', '四号支部', null),
    branch('B5', '停用支部', null, { active: false }),
  ];
  const previousTotals = [
    { code: 'B1', total: 80 },
    { code: 'B2', total: 95 },
    { code: 'B3', total: 99 },
  ];
  const figures = inputFigures(defaultFramework, branches, previousTotals);
  const data = buildQuarterlyReportData({
    unit: { code: 'S01', name: '东城街道党工委' },
    period: '2026Q4',
    previousPeriod: '2026Q3',
    framework: defaultFramework,
    branches: withRanks(branches, previousTotals),
    figures,
    generatedAt: '2027-01-15T08:00:00.000Z',
  });

  it('keeps the ranks and previous figures it is given (competition ranks: a tie shares 1st, nobody is 2nd)', () => {
    expect(data.branches.map((b) => [b.code, b.rank, b.previousRank, b.previousTotal])).toEqual([
      ['B1', 1, 3, 80],
      ['B2', 1, 2, 95],
      ['B3', 3, 1, 99],
      ['B4', null, null, null],
      ['B5', null, null, null],
    ]);
    expect(data.branches[0].official).toMatchObject({ total: 100, grade: { code: 'EXCELLENT' } });
    expect(data.branches[0].official!.indicators['ORG_MEETINGS']).toBe(25);
  });

  it("takes the committee figures as given (the dashboard's), never recomputing them", () => {
    const other = buildQuarterlyReportData({
      ...data,
      branches: withRanks(branches, previousTotals),
      figures: { ...figures, onTimeRate: 0.1234, expected: 99 },
    });
    expect(other.aggregates).toMatchObject({ onTimeRate: 0.1234, expected: 99 });
  });

  it('marks late submissions and counts completion among active branches', () => {
    expect(data.branches.find((b) => b.code === 'B3')!.onTime).toBe(false);
    expect(data.branches.find((b) => b.code === 'B1')!.onTime).toBe(true);
    expect(data.branches.find((b) => b.code === 'B4')!.onTime).toBeNull();
    // On time is over the expected (active) branches: 2 of 4, and on time + late + not submitted = expected.
    expect(data.aggregates).toMatchObject({
      assessed: 3,
      expected: 4,
      completion: 0.75,
      onTime: 2,
      late: 1,
      notSubmitted: 1,
      onTimeRate: 0.5,
    });
    expect(data.aggregates).toMatchObject({ approved: 2, provisional: 1, previousMean: 91.33, meanGap: 0 });
    expect(data.aggregates.gradeCounts).toEqual({ EXCELLENT: 3 });
    expect(data.aggregates.indicatorMeans['ORG_WORK_PLAN']).toBeCloseTo(((15 + 15 + 7) / 3 / 15) * 100, 1);
  });

  it('writes the report paragraphs from these figures', () => {
    expect(periodLabel('2026Q4')).toBe('2026年第四季度');
    expect(periodLabel('2026')).toBe('2026');
    const text = quarterlyNarrative(data)
      .flatMap((section) => [section.heading, ...section.paragraphs])
      .join('\n');
    expect(text).toContain(
      '2026年第四季度，东城街道党工委应参评党支部4个，已完成考评3个（已审核2个，待审核1个，待审核得分为暂定）。',
    );
    expect(text).toContain(
      `与2026年第三季度平均分91.33分相比上升${(data.aggregates.mean! - 91.33).toFixed(2)}分`,
    );
    // 二号支部 is submitted, not yet reviewed: its total is marked 暂定 where it is named.
    expect(text).toContain('得分居前的党支部：一号支部（100.00分），二号支部（100.00分，暂定），三号支部');
    expect(text).toContain('较上期进步最大的党支部：一号支部（+20.00分），二号支部（+5.00分，暂定）');
    expect(text).toContain('标注“暂定”的为待审核党支部的得分，审核后可能变化。');
    expect(text).toContain('较上期退步最大的党支部：三号支部');
    expect(text).toContain('得分率最低的指标：“党建工作计划与落实”');
    expect(text).toContain(
      '考评完成率75.0%（3/4），按时提交率50.0%（按时提交2个，逾期提交1个，尚未提交1个）。',
    );
    // The inactive branch is not expected to report, so it is not named as missing.
    expect(text).toContain('尚未完成考评的党支部1个：四号支部。');
  });
});
