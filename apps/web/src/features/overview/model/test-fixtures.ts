/** A hand-checkable district scoreboard for the overview specs: two streets, four branches. */
import type { ScoreboardBranch, ScoreboardResult } from './branch-rows';
import type { TrendPoint } from './overview-model';

export function branch({
  id,
  ...partial
}: Partial<Omit<ScoreboardBranch, 'branchId'>> & { id: string; name: string }): ScoreboardBranch {
  return {
    branchId: id,
    code: id.toUpperCase(),
    sector: 'COMMUNITY',
    status: 'APPROVED',
    total: null,
    totalChange: null,
    rank: null,
    rankChange: null,
    gradeCode: null,
    pathPercents: null,
    childId: 'north',
    onTime: true,
    veto: false,
    memberCount: 30,
    active: true,
    ...partial,
  };
}

export function districtScoreboard(): ScoreboardResult {
  return {
    period: '2026Q3',
    previousPeriod: '2026Q2',
    unit: { id: 'district', code: 'D', name: '示范区', kind: 'DISTRICT' },
    grades: [
      { code: 'EXCELLENT', min: 90, name: { zh: '优秀', en: 'Excellent' } },
      { code: 'GOOD', min: 80, name: { zh: '良好', en: 'Good' } },
      { code: 'PASS', min: 60, name: { zh: '合格', en: 'Pass' } },
      { code: 'FAIL', min: 0, name: { zh: '不合格', en: 'Fail' } },
    ],
    paths: [
      { code: 'ORG', weight: 50, name: { zh: '组织建设', en: 'Organization' } },
      { code: 'SUP', weight: 50, name: { zh: '党内监督', en: 'Supervision' } },
    ],
    figures: {
      assessed: 3,
      expected: 4,
      completion: 0.75,
      mean: 80,
      median: 85,
      weightedMean: 81.5,
      meanChange: 2.5,
      previousMean: 77.5,
      min: 60,
      max: 95,
      q1: 72.5,
      q3: 90,
      gradeCounts: [
        { code: 'EXCELLENT', count: 1 },
        { code: 'PASS', count: 2 },
      ],
      pathMeans: [
        { code: 'ORG', mean: 82 },
        { code: 'SUP', mean: 78 },
      ],
      submission: {
        approved: 3,
        submitted: 0,
        returned: 0,
        draft: 1,
        notOpened: 0,
        reported: 3,
        onTime: 2,
        late: 1,
        notSubmitted: 1,
        onTimeRate: 0.5,
      },
    },
    children: [
      {
        rank: 1,
        previousRank: 2,
        rankChange: 1,
        unit: { id: 'north', code: 'N', name: '北苑街道', kind: 'STREET', active: true },
        figures: { assessed: 2, expected: 2, completion: 1, mean: 90, meanChange: 3 },
      },
      {
        rank: 2,
        previousRank: 1,
        rankChange: -1,
        unit: { id: 'south', code: 'S', name: '南山镇', kind: 'STREET', active: true },
        figures: { assessed: 1, expected: 2, completion: 0.5, mean: 60, meanChange: null },
      },
    ],
    branches: [
      branch({
        id: 'b1',
        name: '滨江社区党支部',
        total: 95,
        rank: 1,
        rankChange: 2,
        totalChange: 5,
        gradeCode: 'EXCELLENT',
        pathPercents: [96, 94],
      }),
      branch({
        id: 'b2',
        name: '银杏社区党支部',
        sector: 'ORGAN',
        total: 85,
        rank: 2,
        rankChange: -1,
        totalChange: -1,
        gradeCode: 'PASS',
        veto: true,
        pathPercents: [80, 90],
        onTime: false,
      }),
      branch({
        id: 'b3',
        name: '南岗村党支部',
        sector: 'RURAL',
        childId: 'south',
        total: 60,
        rank: 3,
        rankChange: 0,
        totalChange: 0,
        gradeCode: 'PASS',
        pathPercents: [70, 50],
      }),
      branch({
        id: 'b4',
        name: '北塘村党支部',
        sector: 'RURAL',
        childId: 'south',
        status: 'DRAFT',
        onTime: null,
      }),
    ],
  };
}

export const TREND: TrendPoint[] = [
  {
    period: '2026Q3',
    mean: 80,
    median: 85,
    completion: 0.75,
    assessed: 3,
    expected: 4,
    pathMeans: [
      { code: 'ORG', mean: 82 },
      { code: 'SUP', mean: 78 },
    ],
  },
  {
    period: '2026Q2',
    mean: 77.5,
    median: 77.5,
    completion: 0.5,
    assessed: 2,
    expected: 4,
    pathMeans: [
      { code: 'ORG', mean: 75 },
      { code: 'SUP', mean: 80 },
    ],
  },
];
