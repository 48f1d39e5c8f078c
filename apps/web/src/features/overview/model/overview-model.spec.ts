import {
  gradeDistributionOption,
  heatmapOption,
  pathRadarOption,
  rankingBarOption,
  trendLineOption,
} from '@pathboard/charts';
import { toBranchRows } from './branch-rows';
import {
  branchesRanking,
  childrenRanking,
  drillTargetFor,
  gradeBands,
  gradeDistribution,
  heatmapRows,
  pathHeaders,
  radarFigures,
  summaryFigures,
  trendRange,
  trendSeries,
} from './overview-model';
import { districtScoreboard, TREND } from './test-fixtures';

describe('overview view model', () => {
  const sb = districtScoreboard();

  it('summary cards carry the figures and every grade, zero counts included', () => {
    const cards = summaryFigures(sb);
    expect(cards).toMatchObject({
      mean: 80,
      median: 85,
      meanChange: 2.5,
      previousPeriod: '2026Q2',
      completion: 0.75,
      assessed: 3,
      expected: 4,
      onTimeRate: 0.5,
      late: 1,
      notSubmitted: 1,
      returned: 0,
    });
    expect(cards.grades.map((g) => [g.code, g.count])).toEqual([
      ['EXCELLENT', 1],
      ['GOOD', 0],
      ['PASS', 2],
      ['FAIL', 0],
    ]);
    expect(cards.grades[0].color).toBe('#389e0d');
  });

  it('uses the framework grades, or the default scale when none came', () => {
    expect(gradeBands(sb).map((g) => g.code)).toEqual(['EXCELLENT', 'GOOD', 'PASS', 'FAIL']);
    expect(gradeBands({ ...sb, grades: [] })[0]).toMatchObject({ code: 'EXCELLENT', min: 90 });
    expect(pathHeaders(sb)).toEqual([
      { code: 'ORG', name: { zh: '组织建设', en: 'Organization' } },
      { code: 'SUP', name: { zh: '党内监督', en: 'Supervision' } },
    ]);
  });

  it('ranks streets by their mean and drills into them', () => {
    expect(childrenRanking(sb)).toEqual([
      {
        id: 'north',
        name: '北苑街道',
        total: 90,
        gradeCode: 'EXCELLENT',
        drill: { kind: 'unit', unitId: 'north' },
      },
      { id: 'south', name: '南山镇', total: 60, gradeCode: 'PASS', drill: { kind: 'unit', unitId: 'south' } },
    ]);
  });

  it("ranks a street's branches by their own grade (a veto caps it) and opens the branch page", () => {
    const street = districtScoreboard();
    street.children = street.branches.slice(0, 2).map((b, i) => ({
      rank: i + 1,
      previousRank: null,
      rankChange: null,
      unit: { id: b.branchId, code: b.code, name: b.name, kind: 'BRANCH' as const, active: true },
      figures: { assessed: 1, expected: 1, completion: 1, mean: b.total, meanChange: null },
    }));
    expect(childrenRanking(street)[1]).toMatchObject({
      id: 'b2',
      total: 85,
      gradeCode: 'PASS',
      drill: { kind: 'branch', branchId: 'b2' },
    });
  });

  it('finds where a click leads', () => {
    expect(drillTargetFor(sb, 'south')).toEqual({ kind: 'unit', unitId: 'south' });
    expect(drillTargetFor(sb, 'b3')).toEqual({ kind: 'branch', branchId: 'b3' });
    expect(drillTargetFor(sb, 'elsewhere')).toBeNull();
  });

  it('radar: this quarter against the previous one from the trend', () => {
    const { current, previous } = radarFigures(sb, TREND);
    expect(current.map((f) => f.percent)).toEqual([82, 78]);
    expect(previous?.map((f) => f.percent)).toEqual([75, 80]);
    expect(radarFigures({ ...sb, previousPeriod: null }, TREND).previous).toBeNull();
    expect(radarFigures(sb, []).previous).toBeNull();
  });

  it('heatmap rows and branch ranking follow the rows they are given', () => {
    const rows = toBranchRows(sb).slice(1, 3);
    expect(heatmapRows(rows)).toEqual([
      { id: 'b2', name: '银杏社区党支部', paths: { ORG: 80, SUP: 90 } },
      { id: 'b3', name: '南岗村党支部', paths: { ORG: 70, SUP: 50 } },
    ]);
    expect(branchesRanking(rows).map((r) => [r.id, r.total, r.gradeCode])).toEqual([
      ['b2', 85, 'PASS'],
      ['b3', 60, 'PASS'],
    ]);
  });

  it('grade distribution counts every grade and the active branches without a score', () => {
    expect(gradeDistribution(sb)).toEqual({
      counts: { EXCELLENT: 1, GOOD: 0, PASS: 2, FAIL: 0 },
      missing: 1,
    });
    // From the unit's figures (expected − active assessed), not from the page of branches on screen.
    const inactive = districtScoreboard();
    inactive.figures = { ...inactive.figures, expected: 3, completion: 1 };
    expect(gradeDistribution(inactive).missing).toBe(0);
  });

  it('trend: mean and median per quarter, oldest first', () => {
    const { periods, series } = trendSeries(TREND);
    expect(periods).toEqual(['2026Q2', '2026Q3']);
    expect(series.map((s) => s.values)).toEqual([
      [77.5, 80],
      [77.5, 85],
    ]);
    expect(series[1].name).toEqual({ zh: '中位数', en: 'Median' });
  });

  it('trend window: up to eight quarters ending at the selected one', () => {
    const periods = [
      '2026Q4',
      '2026Q3',
      '2026Q2',
      '2026Q1',
      '2025Q4',
      '2025Q3',
      '2025Q2',
      '2025Q1',
      '2024Q4',
      '2024Q3',
    ];
    expect(trendRange(periods, '2026Q3')).toEqual({ fromPeriod: '2024Q4', toPeriod: '2026Q3' });
    expect(trendRange(periods, '2025Q1', 4)).toEqual({ fromPeriod: '2024Q3', toPeriod: '2025Q1' });
    expect(trendRange([], '2026Q1')).toBeNull();
  });

  it('every mapped input is accepted by its chart builder', () => {
    const rows = toBranchRows(sb);
    const { counts, missing } = gradeDistribution(sb);
    const { current, previous } = radarFigures(sb, TREND);
    const { periods, series } = trendSeries(TREND);
    const grades = gradeBands(sb);
    for (const lang of ['zh', 'en'] as const) {
      expect(rankingBarOption(childrenRanking(sb), { lang, grades }).series).toHaveLength(4);
      expect(
        pathRadarOption(current, previous && { kind: 'previous', paths: previous }, { lang }).series,
      ).toHaveLength(1);
      expect(heatmapOption(heatmapRows(rows), pathHeaders(sb), { lang, grades }).series).toHaveLength(1);
      expect(gradeDistributionOption(counts, { lang, grades, missing }).series).toHaveLength(1);
      expect(trendLineOption(periods, series, { lang, grades }).series).toHaveLength(2);
    }
  });
});
