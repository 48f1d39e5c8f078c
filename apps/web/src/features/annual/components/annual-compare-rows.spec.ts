import { annualCompareRows, annualRadarBranches } from './annual-compare-rows';

const grade = (zh: string) => ({ code: zh, name: { zh, en: zh } });
const branch = (id: string, total: number, pathPercents: number[], over: object = {}) => ({
  branchId: id,
  name: `${id}支部`,
  total,
  grade: grade('优秀'),
  cappedBy: null,
  rank: 1,
  peerCount: 2,
  countedQuarters: 4,
  totalChange: 1.5,
  pathPercents,
  ...over,
});
const paths = [
  { code: 'ORG', name: { zh: '组织建设', en: 'Organization' } },
  { code: 'SUP', name: { zh: '党内监督', en: 'Supervision' } },
];

describe('annual compare rows', () => {
  it('lays out each figure as given, one column per branch, paths by the framework order', () => {
    const a = branch('a', 94.25, [95, 93.5]);
    const b = branch('b', 72.5, [70], { grade: grade('合格'), rank: 2, totalChange: null });
    const rows = annualCompareRows([a, b], paths, {
      lang: 'zh',
      label: (k) => k,
      cap: () => null,
      rank: (x) => `${x.rank}/${x.peerCount}`,
      change: (v) => (v === null ? '—' : `+${v}`),
    });
    expect(rows.map((r) => [r.label, r.cells['a'], r.cells['b']])).toEqual([
      ['total', '94.25', '72.50'],
      ['grade', '优秀', '合格'],
      ['capped', '—', '—'],
      ['rank', '1/2', '2/2'],
      ['counted', '4', '4'],
      ['change', '+1.5', '—'],
      ['组织建设', '95.00%', '70.00%'],
      ['党内监督', '93.50%', '—'],
    ]);
    expect(annualRadarBranches([b], paths)).toEqual([
      { id: 'b', name: { zh: 'b支部', en: 'b支部' }, paths: { ORG: 70, SUP: null } },
    ]);
  });
});
