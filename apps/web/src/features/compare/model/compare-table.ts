import { isUnscored, type CompareBranch, type LocalizedLabel, type PathHeader } from '@pathboard/charts';
import type { CompareBranchesQuery } from '../../../generated/graphql';

export type ComparedBranch = CompareBranchesQuery['compare'][number];

/** One branch's figure in a row of the side-by-side table. */
export interface CompareCell {
  /** Path: its percent; indicator: its points; total: the total. Null when not assessed. */
  value: number | null;
  /** Path points / path maxPoints, or the indicator's (rescaled) M; null for totals and uncapped items. */
  points: number | null;
  maxPoints: number | null;
  applicable: boolean;
  missing: boolean;
}

export interface CompareRow {
  key: string;
  kind: 'total' | 'path' | 'indicator';
  name: LocalizedLabel;
  /** The rule of an indicator (ratio, bonus, veto…): bonus and deduction rows read differently. */
  rule?: string;
  cells: Record<string, CompareCell>;
  /** Branch ids with the highest value of the row, when the row has at least two values and they differ. */
  best: string[];
  children?: CompareRow[];
}

const TOTAL_LABEL: LocalizedLabel = { zh: '总分', en: 'Total' };
const EMPTY: CompareCell = { value: null, points: null, maxPoints: null, applicable: true, missing: false };

function bestOf(cells: Record<string, CompareCell>): string[] {
  const entries = Object.entries(cells).filter(([, c]) => c.applicable && c.value !== null) as [
    string,
    CompareCell & { value: number },
  ][];
  if (entries.length < 2) return [];
  const top = Math.max(...entries.map(([, c]) => c.value));
  const best = entries.filter(([, c]) => c.value === top).map(([id]) => id);
  return best.length === entries.length ? [] : best; // all equal: nobody stands out
}

function row(
  key: string,
  kind: CompareRow['kind'],
  name: LocalizedLabel,
  cells: Record<string, CompareCell>,
  extra: Partial<CompareRow> = {},
): CompareRow {
  return { key, kind, name, cells, best: bestOf(cells), ...extra };
}

/**
 * The paths of the comparison in framework order: from the first assessed branch (all branches of a
 * quarter share its framework), so unassessed branches simply show empty cells.
 */
export function comparedPaths(branches: readonly ComparedBranch[]): ComparedBranch['paths'] {
  return branches.find((b) => b.paths.length > 0)?.paths ?? [];
}

/**
 * Rows of the side-by-side table: the total, then each path (percent, with points of maxPoints) with
 * its indicators (points of M) as child rows. Columns are the branches, in the order asked for.
 */
export function compareRows(branches: readonly ComparedBranch[]): CompareRow[] {
  const totalCells = Object.fromEntries(branches.map((b) => [b.branchId, { ...EMPTY, value: b.total }]));
  const rows: CompareRow[] = [row('total', 'total', TOTAL_LABEL, totalCells)];

  for (const path of comparedPaths(branches)) {
    const pathCells: Record<string, CompareCell> = {};
    for (const b of branches) {
      const p = b.paths.find((x) => x.code === path.code);
      pathCells[b.branchId] = p
        ? { value: p.percent, points: p.points, maxPoints: p.maxPoints, applicable: true, missing: false }
        : EMPTY;
    }
    const children = path.indicators.map((indicator) => {
      const cells: Record<string, CompareCell> = {};
      for (const b of branches) {
        const found = b.paths
          .find((x) => x.code === path.code)
          ?.indicators.find((i) => i.code === indicator.code);
        cells[b.branchId] = found
          ? {
              value: found.points,
              points: found.points,
              maxPoints: found.maxPoints > 0 ? found.maxPoints : null,
              applicable: found.applicable,
              missing: found.missing,
            }
          : EMPTY;
      }
      return row(`${path.code}/${indicator.code}`, 'indicator', indicator.name, cells, {
        rule: indicator.rule,
      });
    });
    rows.push(row(path.code, 'path', path.name, pathCells, { children }));
  }
  return rows;
}

/** The radar's inputs: path headers and each branch's path percents (empty for an unassessed branch). */
export function compareRadarInput(branches: readonly ComparedBranch[]): {
  paths: PathHeader[];
  branches: CompareBranch[];
} {
  const paths = comparedPaths(branches).map((p) => ({
    code: p.code,
    name: { zh: p.name.zh, en: p.name.en },
  }));
  return {
    paths,
    branches: branches.map((b) => ({
      id: b.branchId,
      name: b.name,
      paths: Object.fromEntries(b.paths.map((p) => [p.code, p.percent])),
    })),
  };
}

/**
 * Names of the compared branches the radar cannot draw (no score yet): the card says so in words, since
 * a shape that is simply absent is easy to miss. The same test as the radar's, so the two always agree.
 */
export function unscoredBranchNames(branches: readonly ComparedBranch[]): string[] {
  const input = compareRadarInput(branches);
  return branches.filter((_, i) => isUnscored(input.branches[i])).map((b) => b.name);
}
