import type { Framework, IndicatorInput, Rule, Sector } from '@pathboard/scoring';
import { indicatorMeansOf, meanGapOf, sortByRank } from '../model/quarterly-data';
import { referenceFigures } from './reference-figures';
import type {
  AssessmentStatus,
  QuarterlyReportData,
  ReportBranch,
  ReportValuePair,
  ScoreSummary,
} from '../model/types';
import { rankByTotal, sampleInput as sampleRuleInput } from '@pathboard/scoring';

/**
 * Deterministic, plausible report data for tests and the 5,000-branch benchmark. Points are drawn
 * to look like real score sheets, not computed by the engine: the builders only lay figures out, so
 * they need realistic shapes and sizes, not rule-exact numbers.
 */
export function syntheticQuarterlyReport(
  framework: Framework,
  branchCount: number,
  seed = 42,
): QuarterlyReportData {
  const random = mulberry32(seed);
  const sectors: Sector[] = ['RURAL', 'COMMUNITY', 'ORGAN', 'SOE', 'INSTITUTION', 'NEW_ORG'];
  const streets = [
    '东城街道党工委',
    '西城街道党工委',
    '南湖街道党工委',
    '北山镇党委',
    '青石镇党委',
    '河口乡党委',
  ];
  const statuses: AssessmentStatus[] = [
    'APPROVED',
    'APPROVED',
    'APPROVED',
    'APPROVED',
    'SUBMITTED',
    'RETURNED',
    'DRAFT',
    'NOT_STARTED',
  ];
  const branches: ReportBranch[] = [];
  for (let i = 0; i < branchCount; i++) {
    const sector = sectors[i % sectors.length];
    const status = statuses[Math.floor(random() * statuses.length)];
    const quality = 0.55 + random() * 0.45;
    const values: Record<string, ReportValuePair> = {};
    const officialPoints: Record<string, number> = {};
    const selfPoints: Record<string, number> = {};
    const pathsOfficial: Record<string, number> = {};
    const pathsSelf: Record<string, number> = {};
    let totalOfficial = 0;
    let totalSelf = 0;
    for (const path of framework.paths) {
      let officialSum = 0;
      let selfSum = 0;
      for (const indicator of path.indicators) {
        if (indicator.sectors && !indicator.sectors.includes(sector)) continue;
        const share = Math.min(1, quality + (random() - 0.5) * 0.4);
        const selfShare = Math.min(1, share + random() * 0.1);
        const reviewed = random() < 0.2 ? sampleInput(indicator.rule, share, random) : undefined;
        values[indicator.code] = {
          self: sampleInput(indicator.rule, selfShare, random),
          ...(reviewed === undefined ? {} : { reviewed, reason: `核查台账后调整（${indicator.name.zh}）` }),
        };
        const max = 'maxPoints' in indicator.rule ? indicator.rule.maxPoints : 0;
        officialPoints[indicator.code] = round2(max * share);
        selfPoints[indicator.code] = round2(max * selfShare);
        officialSum += officialPoints[indicator.code];
        selfSum += selfPoints[indicator.code];
      }
      const maxPoints = path.maxPoints ?? 100;
      pathsOfficial[path.code] = round2(Math.min(maxPoints, officialSum));
      pathsSelf[path.code] = round2(Math.min(maxPoints, selfSum));
      totalOfficial += (path.weight * pathsOfficial[path.code]) / maxPoints;
      totalSelf += (path.weight * pathsSelf[path.code]) / maxPoints;
    }
    const scored = status !== 'NOT_STARTED' && status !== 'DRAFT';
    const submittedAt = scored
      ? new Date(Date.UTC(2027, 0, 3 + Math.floor(random() * 14), 9, 30)).toISOString()
      : null;
    branches.push({
      code: `B${String(i + 1).padStart(5, '0')}`,
      name: `${streets[i % streets.length].slice(0, 2)}第${i + 1}党支部`,
      parentName: streets[i % streets.length],
      sector,
      memberCount: 5 + Math.floor(random() * 60),
      active: true,
      status,
      submittedAt,
      onTime: submittedAt === null ? null : submittedAt <= '2027-01-10T23:59:59.999Z',
      self: scored ? summary(framework, round2(totalSelf), pathsSelf, selfPoints) : null,
      official: scored ? summary(framework, round2(totalOfficial), pathsOfficial, officialPoints) : null,
      values: status === 'NOT_STARTED' ? {} : values,
      rank: null,
      previousRank: null,
      previousTotal: random() < 0.9 ? round2(Math.min(100, 55 + random() * 45)) : null,
    });
  }
  rankBranches(branches);
  const previousTotals = branches
    .filter((b) => b.previousTotal !== null)
    .map((b) => b.previousTotal as number);
  return {
    unit: { code: 'D001', name: '示范区委组织部' },
    period: '2026Q4',
    previousPeriod: '2026Q3',
    framework,
    branches: sortByRank(branches),
    aggregates: {
      ...referenceFigures(framework, branches, previousTotals),
      indicatorMeans: indicatorMeansOf(framework, branches),
      meanGap: meanGapOf(branches),
    },
    generatedAt: '2027-01-15T08:00:00.000Z',
    timeZone: 'Asia/Shanghai',
    rectifications: [],
  };
}

function rankBranches(branches: ReportBranch[]): void {
  const byCode = new Map(branches.map((branch) => [branch.code, branch]));
  const now = rankByTotal(
    branches.filter((b) => b.official).map((b) => ({ id: b.code, total: b.official!.total })),
  );
  for (const entry of now) byCode.get(entry.id)!.rank = entry.rank;
  const before = rankByTotal(
    branches.filter((b) => b.previousTotal !== null).map((b) => ({ id: b.code, total: b.previousTotal! })),
  );
  for (const entry of before) byCode.get(entry.id)!.previousRank = entry.rank;
}

function summary(
  framework: Framework,
  total: number,
  paths: Record<string, number>,
  indicators: Record<string, number>,
): ScoreSummary {
  const grade = framework.grades.find((g) => total >= g.min) ?? framework.grades[framework.grades.length - 1];
  return { total, grade: { code: grade.code, name: grade.name }, paths, indicators };
}

/** An input of the rule's shape, roughly matching the drawn share of the maximum (the rule's own sampler). */
export function sampleInput(rule: Rule, share: number, random: () => number): IndicatorInput {
  return sampleRuleInput(rule, share, random);
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
