import type { OverviewBranchPageQuery, OverviewScoreboardQuery } from '../../../generated/graphql';
import { NO_ASSESSMENT, type SectorCode, type StatusFilterValue } from '../../../shared/org/domain';
import type { OverviewUrlState } from './url-state';

export type ScoreboardBranch = OverviewBranchPageQuery['branchPage']['branches'][number];
/** The unit's figures with the branches on screen: one page of the table (never every branch). */
export type ScoreboardResult = OverviewScoreboardQuery['scoreboard'] & { branches: ScoreboardBranch[] };

/** One line of the overview's branch table (and one row of the heatmap). */
export interface BranchRow {
  id: string;
  code: string;
  name: string;
  /** The direct child of the viewed unit that holds the branch (its street), when not the unit itself. */
  childId: string | null;
  childName: string | null;
  sector: SectorCode | null;
  status: StatusFilterValue;
  total: number | null;
  totalChange: number | null;
  rank: number | null;
  rankChange: number | null;
  gradeCode: string | null;
  /** Path code → official percent (null: not assessed). */
  paths: Record<string, number | null>;
  onTime: boolean | null;
  veto: boolean;
  memberCount: number;
  active: boolean;
}

export type TableFilters = Pick<OverviewUrlState, 'sector' | 'grade' | 'status' | 'q'>;

/** The scoreboard's branches as table rows; path percents keyed by code (the API aligns them with `paths`). */
export function toBranchRows(scoreboard: ScoreboardResult): BranchRow[] {
  const childNames = new Map(scoreboard.children.map((c) => [c.unit.id, c.unit.name]));
  const pathCodes = scoreboard.paths.map((p) => p.code);
  return scoreboard.branches.map((b) => ({
    id: b.branchId,
    code: b.code,
    name: b.name,
    childId: b.childId && b.childId !== b.branchId ? b.childId : null,
    childName: b.childId && b.childId !== b.branchId ? (childNames.get(b.childId) ?? null) : null,
    sector: b.sector,
    status: b.status ?? NO_ASSESSMENT,
    total: b.total,
    totalChange: b.totalChange,
    rank: b.rank,
    rankChange: b.rankChange,
    gradeCode: b.gradeCode,
    paths: Object.fromEntries(pathCodes.map((code, i) => [code, b.pathPercents?.[i] ?? null])),
    onTime: b.onTime,
    veto: b.veto ?? false,
    memberCount: b.memberCount,
    active: b.active,
  }));
}
