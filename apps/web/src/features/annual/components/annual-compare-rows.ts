import type { CompareBranch, LocalizedLabel } from '@pathboard/charts';

/** A path of the year's framework: code and name (the annual path percents follow this order). */
export interface AnnualPath {
  code: string;
  name: LocalizedLabel;
}
import type { AnnualBranchFieldsFragment } from '../../../generated/graphql';

/** One row of the annual side-by-side table: a label key and each branch's value in words. */
export interface AnnualCompareRow {
  key: string;
  label: string;
  cells: Record<string, string>;
}

type Branch = Pick<
  AnnualBranchFieldsFragment,
  | 'branchId'
  | 'name'
  | 'total'
  | 'grade'
  | 'cappedBy'
  | 'rank'
  | 'peerCount'
  | 'countedQuarters'
  | 'totalChange'
  | 'pathPercents'
>;

/** The radar's input: each branch's annual path percents by path code (the framework's path order). */
export function annualRadarBranches(
  branches: readonly Branch[],
  paths: readonly AnnualPath[],
): CompareBranch[] {
  return branches.map((b) => ({
    id: b.branchId,
    name: { zh: b.name, en: b.name },
    paths: Object.fromEntries(paths.map((p, i) => [p.code, b.pathPercents[i] ?? null])),
  }));
}

/**
 * The table's rows, every figure as the annual figures give it (no arithmetic here): total, grade,
 * what capped it, rank among the parent unit's branches, counted quarters, change against last year,
 * and each path's annual percent.
 */
export function annualCompareRows(
  branches: readonly Branch[],
  paths: readonly AnnualPath[],
  words: {
    lang: 'zh' | 'en';
    label: (key: string) => string;
    cap: (b: Branch) => string | null;
    rank: (b: Branch) => string;
    change: (value: number | null) => string;
  },
): AnnualCompareRow[] {
  const row = (key: string, label: string, value: (b: Branch) => string): AnnualCompareRow => ({
    key,
    label,
    cells: Object.fromEntries(branches.map((b) => [b.branchId, value(b)])),
  });
  return [
    row('total', words.label('total'), (b) => b.total.toFixed(2)),
    row('grade', words.label('grade'), (b) => b.grade.name[words.lang]),
    row('capped', words.label('capped'), (b) => words.cap(b) ?? '—'),
    row('rank', words.label('rank'), words.rank),
    row('counted', words.label('counted'), (b) => String(b.countedQuarters)),
    row('change', words.label('change'), (b) => words.change(b.totalChange)),
    ...paths.map((p, i) =>
      row(`path:${p.code}`, p.name[words.lang], (b) =>
        b.pathPercents[i] === undefined ? '—' : `${b.pathPercents[i].toFixed(2)}%`,
      ),
    ),
  ];
}
