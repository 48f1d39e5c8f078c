import type { OverviewBranchPageQuery, OverviewScoreboardQuery } from '../../../generated/graphql';
import {
  ASSESSMENT_STATUSES,
  NO_ASSESSMENT,
  NOT_GRADED,
  SECTORS,
  type SectorCode,
  type StatusFilterValue,
} from '../../../shared/org/domain';
import type { OverviewUrlState, SortState } from './url-state';

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

/** Rows that pass every set filter; an empty filter passes everything. */
export function filterBranchRows(rows: readonly BranchRow[], filters: TableFilters): BranchRow[] {
  const sectors = new Set<string>(filters.sector);
  const grades = new Set(filters.grade);
  const statuses = new Set<string>(filters.status);
  const needle = filters.q?.trim().toLocaleLowerCase();
  return rows.filter(
    (row) =>
      (sectors.size === 0 || (row.sector !== null && sectors.has(row.sector))) &&
      (grades.size === 0 || grades.has(row.gradeCode ?? NOT_GRADED)) &&
      (statuses.size === 0 || statuses.has(row.status)) &&
      (!needle ||
        row.name.toLocaleLowerCase().includes(needle) ||
        row.code.toLocaleLowerCase().includes(needle)),
  );
}

// Chinese names sort by pinyin, as people expect from a 花名册; numbers inside names compare as numbers.
const collator = new Intl.Collator('zh-CN', { numeric: true });
const STATUS_ORDER: readonly string[] = [...ASSESSMENT_STATUSES, NO_ASSESSMENT];

type SortValue = number | string | null;

function sortValue(row: BranchRow, key: SortState['key']): SortValue {
  if (key.startsWith('path:')) return row.paths[key.slice(5)] ?? null;
  switch (key) {
    case 'rank':
      return row.rank;
    case 'name':
      return row.name;
    case 'code':
      return row.code;
    case 'child':
      return row.childName;
    case 'sector':
      return row.sector === null ? null : SECTORS.indexOf(row.sector);
    case 'status':
      return STATUS_ORDER.indexOf(row.status);
    case 'total':
      return row.total;
    case 'totalChange':
      return row.totalChange;
    case 'rankChange':
      return row.rankChange;
    case 'memberCount':
      return row.memberCount;
    default:
      return null;
  }
}

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * Sorted copy. Rows without a value (not assessed, no previous quarter) go last in both directions:
 * sorting by total ascending should show the weakest assessed branches, not a block of blanks.
 * Ties keep the ranking order, then the code, so equal views list rows identically.
 */
export function sortBranchRows(rows: readonly BranchRow[], sort: SortState | undefined): BranchRow[] {
  const key = sort?.key ?? 'rank';
  const sign = sort?.dir === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else {
      const primary = compareValues(va, vb);
      if (primary !== 0) return sign * primary;
    }
    const byRank = (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER);
    return byRank !== 0 ? byRank : collator.compare(a.code, b.code);
  });
}

/** Filter then sort: what the table and the heatmap show. */
export function visibleBranchRows(
  rows: readonly BranchRow[],
  state: TableFilters & { sort?: SortState },
): BranchRow[] {
  return sortBranchRows(filterBranchRows(rows, state), state.sort);
}
