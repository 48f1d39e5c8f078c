import type { DualScoreResult, Framework, ScoreResult } from '@pathboard/scoring';
import { DEFAULT_TIME_ZONE, summarizeScore } from './quarterly-data';
import type {
  AssessmentStatus,
  BranchEvidenceLine,
  BranchIndicatorLine,
  BranchReportData,
  BranchTrendPoint,
} from './types';

/** Every applicable indicator of an engine result, with the engine's explanation, for the branch report. */
export function branchIndicatorLines(result: ScoreResult): BranchIndicatorLine[] {
  return result.paths.flatMap((path) =>
    path.indicators
      .filter((indicator) => indicator.applicable)
      .map((indicator) => ({
        code: indicator.code,
        name: indicator.name,
        pathCode: path.code,
        points: indicator.points,
        maxPoints: indicator.maxPoints,
        missing: indicator.missing,
        reason: indicator.reason,
      })),
  );
}

/** The lines with the reviewer's adjustment marked on the indicators it concerns. */
function withAdjustments(
  lines: BranchIndicatorLine[],
  adjustments: readonly { indicatorCode: string; reason: string | null }[],
): BranchIndicatorLine[] {
  const reasons = new Map(adjustments.map((a) => [a.indicatorCode, a.reason]));
  return lines.map((line) =>
    reasons.has(line.code) ? { ...line, adjusted: { reason: reasons.get(line.code) ?? null } } : line,
  );
}

/**
 * The indicators that lost the most, as a share of their maximum (missing ones first, since they
 * score 0 only for lack of data). Bonus, deduction and veto lines have no maximum and are left out.
 */
export function lowestIndicators(
  lines: readonly BranchIndicatorLine[],
  count: number,
): BranchIndicatorLine[] {
  const share = (line: BranchIndicatorLine) => line.points / line.maxPoints;
  return lines
    .filter((line) => line.maxPoints > 0 && line.points < line.maxPoints)
    .sort((a, b) => Number(b.missing) - Number(a.missing) || share(a) - share(b) || b.maxPoints - a.maxPoints)
    .slice(0, count);
}

export interface BranchReportInput {
  unit: BranchReportData['unit'];
  branch: BranchReportData['branch'];
  period: string;
  framework: Framework;
  status: AssessmentStatus;
  /** The engine's self and official results; null when the branch has no assessment yet. */
  scores: DualScoreResult | null;
  /** Earlier periods' official totals, oldest first; the current period is appended. */
  history: BranchTrendPoint[];
  /**
   * The branch's standing in its peer group (same parent), as the API computed it: the dashboard's
   * peer standing statement (competition rank, percentile, size, mean, path medians), never re-ranked here.
   */
  peers: BranchReportData['peers'];
  /** The assessment's evidence files (indicator code and uploaded name), in upload order. */
  evidence?: { indicatorCode: string; name: string }[];
  /** The indicators a reviewer set a value for (审核调整), with the reason given (null: none stored). */
  adjustments?: { indicatorCode: string; reason: string | null }[];
  generatedAt?: string;
  /** IANA zone the dates are shown in (the district's; default Asia/Shanghai). */
  timeZone?: string;
}

/** Files grouped by indicator in framework order; a file of an indicator the framework lacks keeps its code. */
export function branchEvidenceLines(
  framework: Framework,
  files: readonly { indicatorCode: string; name: string }[],
): BranchEvidenceLine[] {
  const byCode = new Map<string, string[]>();
  for (const file of files)
    byCode.set(file.indicatorCode, [...(byCode.get(file.indicatorCode) ?? []), file.name]);
  const lines: BranchEvidenceLine[] = [];
  for (const indicator of framework.paths.flatMap((p) => p.indicators)) {
    const names = byCode.get(indicator.code);
    if (!names) continue;
    lines.push({ code: indicator.code, name: indicator.name, files: names });
    byCode.delete(indicator.code);
  }
  for (const [code, names] of byCode) lines.push({ code, name: { zh: code, en: code }, files: names });
  return lines;
}

/** The branch report's figures from engine results; the peer standing is the API's (see `peers`). */
export function buildBranchReportData(input: BranchReportInput): BranchReportData {
  const official = input.scores?.official ?? null;
  return {
    unit: input.unit,
    branch: input.branch,
    period: input.period,
    framework: input.framework,
    status: input.status,
    self: input.scores && summarizeScore(input.scores.self),
    official: official && summarizeScore(official),
    indicators: official ? withAdjustments(branchIndicatorLines(official), input.adjustments ?? []) : [],
    trend: [
      ...input.history,
      { period: input.period, total: official?.total ?? null, grade: official?.grade.name.zh ?? null },
    ],
    peers: input.peers,
    completeness: official
      ? { answered: official.completeness.answered, applicable: official.completeness.applicable }
      : { answered: 0, applicable: 0 },
    evidence: branchEvidenceLines(input.framework, input.evidence ?? []),
    generatedAt: input.generatedAt ?? new Date().toISOString(),
    timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
  };
}
