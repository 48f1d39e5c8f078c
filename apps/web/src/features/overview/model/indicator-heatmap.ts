import { type IndicatorColumn, type IndicatorHeatmapRow, indicatorColumnKind } from '@pathboard/charts';
import type { OverviewIndicatorMatrixQuery } from '../../../generated/graphql';
import type { BranchRow } from './branch-rows';

export type IndicatorMatrixResult = OverviewIndicatorMatrixQuery['indicatorMatrix'];

/** What the heatmap shows: path percents per branch, or one path's indicator points. */
export type HeatmapView = { kind: 'paths' } | { kind: 'indicators'; pathCode: string };

export const PATHS_VIEW = 'paths';

/** The heatmap view picker's value ↔ view: 'paths' or a path code. */
export function heatmapView(value: string): HeatmapView {
  return value === PATHS_VIEW ? { kind: 'paths' } : { kind: 'indicators', pathCode: value };
}

export function indicatorColumns(matrix: IndicatorMatrixResult): IndicatorColumn[] {
  return matrix.indicators.map((i) => ({
    code: i.code,
    name: i.name,
    kind: indicatorColumnKind(i.rule),
    maxPoints: i.maxPoints,
  }));
}

/**
 * The matrix's branches in the table's order and filters (as the path heatmap follows them). Branches
 * the table shows but the matrix lacks have not reported yet: they have no official points to show.
 */
export function indicatorRows(
  matrix: IndicatorMatrixResult,
  visibleRows: readonly BranchRow[],
): IndicatorHeatmapRow[] {
  const byId = new Map(matrix.branches.map((b) => [b.id, b]));
  const rows: IndicatorHeatmapRow[] = [];
  for (const row of visibleRows) {
    const branch = byId.get(row.id);
    if (branch) rows.push({ id: row.id, name: row.name, points: branch.points, maxPoints: branch.maxPoints });
  }
  return rows;
}
