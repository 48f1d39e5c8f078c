/**
 * The data the report builders consume: plain, already-scored figures. The API assembles them
 * (scope, database, scoring engine) and the builders only lay them out, so every builder can be
 * tested and benchmarked without a server.
 */
import { isProvisionalStatus, PROVISIONAL_LABEL, sectorNames, STATUS_LABELS } from '@pathboard/scoring';
import type { Framework, GradeRef, IndicatorValuePair, LocalizedText, Sector } from '@pathboard/scoring';

/** An indicator's values as entered: the branch's, the reviewer's and the reviewer's reason (调整理由). */
export interface ReportValuePair extends IndicatorValuePair {
  reason?: string;
}

export type AssessmentStatus = 'NOT_STARTED' | 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';

/** The committee's names of the statuses (libs/scoring STATUS_LABELS); NOT_STARTED is its NONE. */
export const STATUS_NAMES: Record<AssessmentStatus, string> = {
  NOT_STARTED: STATUS_LABELS.NONE.zh,
  DRAFT: STATUS_LABELS.DRAFT.zh,
  SUBMITTED: STATUS_LABELS.SUBMITTED.zh,
  RETURNED: STATUS_LABELS.RETURNED.zh,
  APPROVED: STATUS_LABELS.APPROVED.zh,
};

/**
 * What a branch's score is called, by its assessment's status: only an approved score is 审核
 * (official); a submitted one awaits review (待审核, provisional); a draft's or returned one's is the
 * branch's own working figure, not yet submitted.
 */
export function scoreLabel(status: AssessmentStatus): string {
  if (status === 'APPROVED') return '审核总分';
  if (status === 'SUBMITTED') return '待审核总分';
  return '暂定总分';
}

/**
 * The mark of a ranked score that is provisional (submitted, not yet reviewed): libs/scoring's one
 * label (暂定), as the overview shows it beside the rank; null for any other status.
 */
export function provisionalMark(status: AssessmentStatus): string | null {
  return isProvisionalStatus(status) ? PROVISIONAL_LABEL.zh : null;
}

/** A rank as printed: "3", or "3 暂定" for a provisional score. */
export function rankText(rank: number, status: AssessmentStatus): string {
  const mark = provisionalMark(status);
  return mark ? `${rank} ${mark}` : String(rank);
}

/** The sectors' Chinese names, from libs/scoring's one list of sector labels. */
export const SECTOR_NAMES: Record<Sector, string> = sectorNames('zh');

/** One score (self or official) as shown: rounded to 2 places. */
export interface ScoreSummary {
  total: number;
  grade: GradeRef;
  /** path code → path points (out of the path's maxPoints). */
  paths: Record<string, number>;
  /** indicator code → points counted in the path. */
  indicators: Record<string, number>;
}

export interface ReportBranch {
  code: string;
  name: string;
  parentName: string;
  sector: Sector;
  memberCount: number;
  /** Inactive branches are listed with whatever they have but are not expected to report. */
  active: boolean;
  status: AssessmentStatus;
  /** ISO timestamp of the (last) submission, null when never submitted. */
  submittedAt: string | null;
  /** Submitted by the period's deadline; null when not submitted. */
  onTime: boolean | null;
  self: ScoreSummary | null;
  official: ScoreSummary | null;
  /** indicator code → the branch's self value and the reviewer's value as entered, with its reason. */
  values: Record<string, ReportValuePair>;
  /** Competition rank of the official total among the unit's branches; null when not assessed. */
  rank: number | null;
  previousRank: number | null;
  previousTotal: number | null;
}

/**
 * A unit's committee figures for a period exactly as the dashboard reads them (the API passes the
 * scoreboard's figures row; definitions in docs/metrics.md). The report builders never recompute them.
 */
export interface CommitteeFigures {
  /** Reported (SUBMITTED or APPROVED) branches with an official total, inactive ones included. */
  assessed: number;
  /** Active assessed leaves: the branches expected to report. */
  expected: number;
  /** Active assessed / expected, 0..1. */
  completion: number;
  /** Expected branches whose first submission was at or before the deadline. */
  onTime: number;
  /** Expected branches whose first submission was after the deadline. */
  late: number;
  /** Expected branches that have not submitted yet; onTime + late + notSubmitted = expected. */
  notSubmitted: number;
  /** onTime / expected, 0..1. */
  onTimeRate: number;
  /** Status APPROVED: official scores. */
  approved: number;
  /** Status SUBMITTED: submitted, not yet reviewed, provisional scores (待审核). */
  provisional: number;
  returned: number;
  draft: number;
  /** Active branches without an assessment in the period. */
  notOpened: number;
  mean: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
  /** grade code → branches. */
  gradeCounts: Record<string, number>;
  /** path code → mean path percent. */
  pathMeans: Record<string, number>;
  /** The previous quarter's mean official total, for the headline change. */
  previousMean: number | null;
}

/** The report's figures: the committee figures plus what only the report shows. */
export interface QuarterlyAggregates extends CommitteeFigures {
  /** indicator code → mean share of the indicator's maximum, 0..100 (for "weakest indicator"). */
  indicatorMeans: Record<string, number>;
  /** Mean of self total − official total over branches with both (libs/scoring meanGap). */
  meanGap: number | null;
}

/** 整改事项 not yet closed (OPEN: waiting for the branch; ANSWERED: waiting for the reviewer). */
export interface ReportRectification {
  branchCode: string;
  branchName: string;
  /** The quarter whose review raised it, e.g. `2026Q3`. */
  period: string;
  indicatorCode: string;
  problem: string;
  requiredAction: string;
  /** ISO instant. */
  deadline: string;
  status: 'OPEN' | 'ANSWERED';
  /** OPEN after its deadline (逾期), as of the report's generatedAt. */
  overdue: boolean;
}

/** 整改事项 statuses as every report and the ledger's export print them (a report lists open ones only). */
export const RECTIFICATION_STATUS_NAMES: Record<ReportRectification['status'] | 'CLOSED', string> = {
  OPEN: '待整改',
  ANSWERED: '已反馈待核验',
  CLOSED: '已销号',
};

export interface QuarterlyReportData {
  unit: { code: string; name: string };
  /** e.g. `2026Q4`. */
  period: string;
  previousPeriod: string | null;
  framework: Framework;
  /** Ordered by rank (unassessed last). */
  branches: ReportBranch[];
  aggregates: QuarterlyAggregates;
  /** When the figures were taken; shown in the report footer. */
  generatedAt: string;
  /** IANA zone every date of the report is shown in (the district's). */
  timeZone: string;
  /** Unclosed 整改事项 of the unit's branches from this and earlier quarters, overdue first. */
  rectifications: ReportRectification[];
}

/** One indicator line of the branch report, from the engine's IndicatorScore. */
export interface BranchIndicatorLine {
  code: string;
  name: LocalizedText;
  pathCode: string;
  points: number;
  maxPoints: number;
  missing: boolean;
  /** The engine's explanation ("why"). */
  reason: LocalizedText;
  /** Scored on a value the reviewer set instead of the branch's (审核调整), and the reason given. */
  adjusted?: { reason: string | null };
}

export interface BranchTrendPoint {
  period: string;
  total: number | null;
  grade: string | null;
}

/** One indicator's evidence files (佐证材料) as the branch report lists them. */
export interface BranchEvidenceLine {
  code: string;
  name: LocalizedText;
  /** The names the files were uploaded with, in upload order. */
  files: string[];
}

export interface BranchReportData {
  unit: { code: string; name: string };
  branch: { code: string; name: string; parentName: string; sector: Sector; memberCount: number };
  period: string;
  framework: Framework;
  status: AssessmentStatus;
  self: ScoreSummary | null;
  official: ScoreSummary | null;
  /** Every applicable indicator; the report shows the lowest share of maximum first. */
  indicators: BranchIndicatorLine[];
  /** Oldest first, including the current period. */
  trend: BranchTrendPoint[];
  peers: {
    /** "同一上级" or "同一类型": the group the percentile is taken in. */
    groupLabel: string;
    size: number;
    rank: number | null;
    percentile: number | null;
    mean: number | null;
    /** path code → the peers' median path percent, for the radar comparison. */
    pathMedians: Record<string, number>;
  };
  completeness: { answered: number; applicable: number };
  /** The evidence files per indicator, in framework order; indicators without files are left out. */
  evidence: BranchEvidenceLine[];
  generatedAt: string;
  /** IANA zone every date of the report is shown in (the district's). */
  timeZone: string;
}
