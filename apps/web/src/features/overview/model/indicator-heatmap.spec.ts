import {
  heatmapView,
  indicatorColumns,
  indicatorRows,
  type IndicatorMatrixResult,
} from './indicator-heatmap';
import type { BranchRow } from './branch-rows';

/** indicatorRows reads a table row's id and name only. */
const branch = (row: { id: string; name: string }) => row as BranchRow;

const matrix: IndicatorMatrixResult = {
  period: '2026Q4',
  path: { code: 'ORGANIZATION' },
  indicators: [
    { code: 'ORG_MEETINGS', rule: 'ratio', maxPoints: 25, name: { zh: '三会一课', en: 'Meetings' } },
    { code: 'ORG_INNOVATION_BONUS', rule: 'bonus', maxPoints: 5, name: { zh: '创新加分', en: 'Innovation' } },
    { code: 'INT_VIOLATIONS', rule: 'deduction', maxPoints: 40, name: { zh: '违纪', en: 'Violations' } },
  ],
  branches: [
    { id: 'b2', points: [20, 2, -10], maxPoints: [22.5, 0, 0] },
    { id: 'b1', points: [25, null, 0], maxPoints: [25, null, 0] },
  ],
};

describe('indicator heatmap model', () => {
  it('reads the picker value as a view', () => {
    expect(heatmapView('paths')).toEqual({ kind: 'paths' });
    expect(heatmapView('ORGANIZATION')).toEqual({ kind: 'indicators', pathCode: 'ORGANIZATION' });
  });

  it('turns rule types into column kinds with the reach as given', () => {
    expect(indicatorColumns(matrix).map((c) => [c.code, c.kind, c.maxPoints])).toEqual([
      ['ORG_MEETINGS', 'base', 25],
      ['ORG_INNOVATION_BONUS', 'bonus', 5],
      ['INT_VIOLATIONS', 'deduction', 40],
    ]);
  });

  it('follows the table: its order and filters, leaving out branches that have not reported', () => {
    const visible = [
      branch({ id: 'b1', name: '一支部' }),
      branch({ id: 'b3', name: '三支部' }),
      branch({ id: 'b2', name: '二支部' }),
    ];
    expect(indicatorRows(matrix, visible)).toEqual([
      { id: 'b1', name: '一支部', points: [25, null, 0], maxPoints: [25, null, 0] },
      { id: 'b2', name: '二支部', points: [20, 2, -10], maxPoints: [22.5, 0, 0] },
    ]);
  });
});
