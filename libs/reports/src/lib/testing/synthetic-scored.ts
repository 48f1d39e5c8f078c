import { compareWithPrevious, isApplicable, scoreDual } from '@pathboard/scoring';
import type { Framework, Sector } from '@pathboard/scoring';
import { summarizeScore, type QuarterlyReportInput, type ScoredBranchInput } from '../model/quarterly-data';
import { referenceFigures } from './reference-figures';
import type { AssessmentStatus, ReportValuePair } from '../model/types';
import { mulberry32, sampleInput } from './synthetic';

/**
 * Like `syntheticQuarterlyReport`, but the way the API will do it: valid values scored by the real
 * engine (self and official), then `buildQuarterlyReportData`. Used by tests that check figures
 * end to end and by the benchmark.
 */
const DEADLINE = '2027-01-10T23:59:59.999Z';

export function syntheticQuarterlyInput(
  framework: Framework,
  branchCount: number,
  seed = 7,
): QuarterlyReportInput {
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
    'APPROVED',
    'SUBMITTED',
    'RETURNED',
    'DRAFT',
    'NOT_STARTED',
  ];
  const branches: UnrankedBranch[] = [];
  const previousTotals: { code: string; total: number | null }[] = [];
  for (let i = 0; i < branchCount; i++) {
    const code = `B${String(i + 1).padStart(5, '0')}`;
    const sector = sectors[i % sectors.length];
    const status = statuses[Math.floor(random() * statuses.length)];
    const quality = 0.5 + random() * 0.5;
    const values: Record<string, ReportValuePair> = {};
    if (status !== 'NOT_STARTED') {
      for (const path of framework.paths) {
        for (const indicator of path.indicators) {
          if (!isApplicable(indicator, sector)) continue;
          const share = Math.max(0, Math.min(1, quality + (random() - 0.5) * 0.4));
          const self = sampleInput(indicator.rule, Math.min(1, share + random() * 0.15), random);
          const reviewed = random() < 0.25 ? sampleInput(indicator.rule, share, random) : undefined;
          values[indicator.code] =
            reviewed === undefined
              ? { self }
              : { self, reviewed, reason: `核查台账后调整（${indicator.name.zh}）` };
        }
      }
    }
    const scored = status !== 'NOT_STARTED' && status !== 'DRAFT';
    const dual = scored ? scoreDual(framework, values, { sector }) : null;
    const submittedAt = scored
      ? new Date(Date.UTC(2027, 0, 3 + Math.floor(random() * 14), 9, 30)).toISOString()
      : null;
    const street = streets[i % streets.length];
    branches.push({
      code,
      name: `${street.slice(0, 2)}第${i + 1}党支部`,
      parentName: street,
      sector,
      memberCount: 5 + Math.floor(random() * 60),
      active: true,
      status,
      submittedAt,
      onTime: submittedAt === null ? null : submittedAt <= DEADLINE,
      self: dual?.self ?? null,
      official: dual?.official ?? null,
      values,
    });
    previousTotals.push({
      code,
      total: random() < 0.9 ? Math.round((55 + random() * 45) * 100) / 100 : null,
    });
  }
  return {
    unit: { code: 'D001', name: '示范区委组织部' },
    period: '2026Q4',
    previousPeriod: '2026Q3',
    framework,
    branches: withRanks(branches, previousTotals),
    figures: inputFigures(framework, branches, previousTotals),
    generatedAt: '2027-01-15T08:00:00.000Z',
  };
}

/** A scored branch before the API's ranks are added. */
export type UnrankedBranch = Omit<ScoredBranchInput, 'rank' | 'previousRank' | 'previousTotal'>;

/**
 * The fixtures' stand-in for the ranks the API reads from SQL (competitionRank): libs/scoring's
 * competition ranking of the same official totals, and of the previous quarter's.
 */
export function withRanks(
  branches: readonly UnrankedBranch[],
  previousTotals: readonly { code: string; total: number | null }[],
): ScoredBranchInput[] {
  const changes = compareWithPrevious(
    branches.map((b) => ({ id: b.code, total: b.official?.total ?? null })),
    previousTotals.map((p) => ({ id: p.code, total: p.total })),
  );
  const byId = new Map(changes.map((c) => [c.id, c]));
  return branches.map((b) => {
    const c = byId.get(b.code);
    return {
      ...b,
      rank: c?.rank ?? null,
      previousRank: c?.previousRank ?? null,
      previousTotal: c?.previousTotal ?? null,
    };
  });
}

/** The committee figures of scored inputs (what the API would read from the dashboard's statement). */
export function inputFigures(
  framework: Framework,
  branches: readonly UnrankedBranch[],
  previousTotals: readonly { total: number | null }[],
) {
  return referenceFigures(
    framework,
    branches.map((b) => ({
      ...b,
      active: b.active !== false,
      official: b.official && summarizeScore(b.official),
    })),
    previousTotals.flatMap((p) => (p.total === null ? [] : [p.total])),
  );
}
