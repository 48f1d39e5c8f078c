import type { LocalizedText } from '@pathboard/scoring';

/** A grade as the annual reports name it. */
export interface AnnualGradeName {
  code: string;
  name: LocalizedText;
}

/** One branch's year as the API computed it (apps/api/src/annual): the reports print, never recompute. */
export interface AnnualReportBranch {
  code: string;
  name: string;
  total: number;
  grade: AnnualGradeName;
  uncappedGrade: AnnualGradeName;
  cappedBy: {
    source: string;
    quarter: number | null;
    code: string;
    name: LocalizedText;
    capGrade: AnnualGradeName;
  } | null;
  countedQuarters: number;
  quarters: { quarter: number; total: number | null; approved: boolean; status: string }[];
  pathPercents: number[];
  rank: number;
  peerCount: number;
  percentile: number;
  previousTotal: number | null;
  totalChange: number | null;
  previousRank: number | null;
  rankChange: number | null;
  explanation: LocalizedText;
}

/** A unit's year: the annual workbook and PDF. */
export interface AnnualReportData {
  unit: { code: string; name: string };
  year: number;
  /** OPEN (provisional), FROZEN, CHANGED. */
  status: string;
  previousYear: number | null;
  grades: AnnualGradeName[];
  paths: { code: string; name: LocalizedText }[];
  branchCount: number;
  mean: number | null;
  previousMean: number | null;
  gradeCounts: number[];
  cappedCount: number;
  children: {
    unit: { code: string; name: string };
    branchCount: number;
    mean: number | null;
    gradeCounts: number[];
  }[];
  branches: AnnualReportBranch[];
  generatedAt: string;
  timeZone: string;
}

/** A branch's one-page annual report. */
export interface BranchAnnualReportData {
  branch: { code: string; name: string };
  year: number;
  status: string;
  paths: { code: string; name: LocalizedText }[];
  result: AnnualReportBranch;
  generatedAt: string;
  timeZone: string;
}

export const ANNUAL_STATUS_NAMES: Record<string, string> = {
  OPEN: '暂定（尚有季度未关闭）',
  FROZEN: '已定稿',
  CHANGED: '已变更（季度重新开启，待重新定稿）',
};

export const QUARTER_STATUS_NAMES: Record<string, string> = {
  COUNTED: '计入',
  ZERO: '按0分计',
  EXCLUDED: '不计入',
};

/** 第2季度一票否决（…） / 年度否决项（…）. */
export function capText(cap: NonNullable<AnnualReportBranch['cappedBy']>): string {
  const what =
    cap.source === 'QUARTER_VETO'
      ? `第${cap.quarter}季度一票否决（${cap.name.zh}）`
      : `年度否决项（${cap.name.zh}）`;
  return `${what}，封顶为${cap.capGrade.name.zh}`;
}

export const fmt2 = (n: number | null): string => (n === null ? '—' : n.toFixed(2));
export const signed = (n: number | null): string => (n === null ? '—' : `${n > 0 ? '+' : ''}${n.toFixed(2)}`);
export const signedInt = (n: number | null): string => (n === null ? '—' : `${n > 0 ? '+' : ''}${n}`);
