import { TEXT_LIMITS } from '@pathboard/text-limits';
import {
  isPeriodCode,
  isSector,
  isStatusFilterValue,
  type SectorCode,
  type StatusFilterValue,
} from '../../../shared/org/domain';

/**
 * Everything that makes an overview view, kept in the query string so a link reproduces it:
 * /overview?unit=…&period=2026Q3&sector=RURAL,COMMUNITY&grade=FAIL&status=SUBMITTED&sort=total.asc
 * Anything absent or malformed falls back to the default (the user's scope, the current quarter,
 * no filter), so an old or hand-edited link still opens a sensible view rather than an error.
 */
export interface OverviewUrlState {
  unit?: string;
  period?: string;
  /** The year view (2026年度) instead of a quarter: `year=2026`. */
  year?: number;
  sector: SectorCode[];
  /** Grade codes of the period's framework; `NONE` = not assessed. */
  grade: string[];
  status: StatusFilterValue[];
  sort?: SortState;
  /** Free-text search over branch names and codes. */
  q?: string;
  /** What the ranking chart shows: the unit's direct children (default) or every branch. */
  ranking?: 'branches';
}

export type SortDirection = 'asc' | 'desc';
export interface SortState {
  key: SortKey;
  dir: SortDirection;
}

export const FIXED_SORT_KEYS = [
  'rank',
  'name',
  'code',
  'child',
  'sector',
  'status',
  'total',
  'totalChange',
  'rankChange',
  'memberCount',
] as const;
/** A fixed column, or `path:CODE` for a path's percent column. */
export type SortKey = (typeof FIXED_SORT_KEYS)[number] | `path:${string}`;

export const EMPTY_OVERVIEW_STATE: OverviewUrlState = { sector: [], grade: [], status: [] };

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const GRADE_CODE_PATTERN = /^[A-Za-z0-9_.-]{1,32}$/;

export function isSortKey(value: string): value is SortKey {
  return (FIXED_SORT_KEYS as readonly string[]).includes(value) || /^path:[A-Za-z0-9_.-]{1,64}$/.test(value);
}

/** Values of a list parameter, whether written `a,b` or repeated `x=a&x=b`; de-duplicated, order kept. */
function listParam(params: URLSearchParams, name: string): string[] {
  const values = params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return [...new Set(values)];
}

function parseSort(raw: string | null): SortState | undefined {
  if (!raw) return undefined;
  const dot = raw.lastIndexOf('.');
  const key = dot > 0 ? raw.slice(0, dot) : raw;
  const dir = dot > 0 ? raw.slice(dot + 1) : 'asc';
  if (!isSortKey(key) || (dir !== 'asc' && dir !== 'desc')) return undefined;
  return { key, dir };
}

export function parseOverviewState(search: string | URLSearchParams): OverviewUrlState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const unit = params.get('unit')?.trim();
  const period = params.get('period')?.trim().toUpperCase();
  const q = params.get('q')?.trim().slice(0, TEXT_LIMITS.search);
  return {
    ...(unit && ID_PATTERN.test(unit) ? { unit } : {}),
    ...(isPeriodCode(period) ? { period } : {}),
    ...(/^\d{4}$/.test(params.get('year') ?? '') ? { year: Number(params.get('year')) } : {}),
    sector: listParam(params, 'sector').filter(isSector),
    grade: listParam(params, 'grade').filter((g) => GRADE_CODE_PATTERN.test(g)),
    status: listParam(params, 'status').filter(isStatusFilterValue),
    ...(parseSort(params.get('sort')) ? { sort: parseSort(params.get('sort')) } : {}),
    ...(q ? { q } : {}),
    ...(params.get('ranking') === 'branches' ? { ranking: 'branches' as const } : {}),
  };
}

/** The query string of a state, defaults left out, in a fixed order so equal views give equal links. */
export function serializeOverviewState(state: OverviewUrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.unit) params.set('unit', state.unit);
  if (state.period) params.set('period', state.period);
  if (state.year) params.set('year', String(state.year));
  if (state.sector.length) params.set('sector', state.sector.join(','));
  if (state.grade.length) params.set('grade', state.grade.join(','));
  if (state.status.length) params.set('status', state.status.join(','));
  if (state.sort) params.set('sort', `${state.sort.key}.${state.sort.dir}`);
  if (state.q) params.set('q', state.q);
  if (state.ranking) params.set('ranking', state.ranking);
  return params;
}

/** Whether any table filter is set (the table then says how many of how many it shows). */
export function hasTableFilters(state: OverviewUrlState): boolean {
  return state.sector.length > 0 || state.grade.length > 0 || state.status.length > 0 || Boolean(state.q);
}

/**
 * The state after drilling into a child unit: same quarter and filters, but the sort and the ranking
 * mode start afresh (a sort by a street column means nothing among one street's branches).
 */
export function drillDownState(state: OverviewUrlState, unitId: string): OverviewUrlState {
  const { sort: _sort, ranking: _ranking, ...rest } = state;
  return { ...rest, unit: unitId };
}

/**
 * A click on a sortable column header: first ascending, then descending, then back to the ranking
 * order (the default), as antd tables do, so people find the same behaviour as elsewhere.
 */
export function nextSort(current: SortState | undefined, key: SortKey): SortState | undefined {
  const effective = current ?? { key: 'rank', dir: 'asc' };
  if (effective.key !== key) return key === 'rank' ? { key, dir: 'desc' } : { key, dir: 'asc' };
  if (effective.dir === 'asc') return { key, dir: 'desc' };
  return undefined;
}
