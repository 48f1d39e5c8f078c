import {
  indicatorGaps,
  latestScoredPeriod,
  penaltiesIncurred,
  peersMedianPaths,
  previousQuarterPaths,
  radarComparison,
  type ScoredIndicator,
  type ScoredPath,
  shiftQuarter,
  weakestIndicators,
} from './branch-insights';

const t = (zh: string) => ({ zh, en: zh });
const ind = (
  code: string,
  points: number,
  maxPoints: number,
  extra: Partial<ScoredIndicator> = {},
): ScoredIndicator => ({
  code,
  name: t(code),
  rule: 'ratio',
  points,
  maxPoints,
  applicable: true,
  missing: false,
  reason: t(`${code} reason`),
  ...extra,
});
const path = (code: string, percent: number, indicators: ScoredIndicator[]): ScoredPath => ({
  code,
  name: t(code),
  percent,
  points: percent,
  indicators,
});

const official = [
  path('ORG', 60, [
    ind('A', 0, 25, { missing: true }),
    ind('B', 10, 15),
    ind('C', 10, 10),
    ind('RURAL', 0, 0, { applicable: false }),
    ind('BONUS', 2, 0, { rule: 'bonus' }),
  ]),
  path('INT', 70, [
    ind('D', 5, 10),
    ind('E', 15, 30),
    ind('DED', -10, 0, { rule: 'deduction' }),
    ind('VETO', 0, 0, { rule: 'veto', vetoTriggered: false }),
  ]),
];

describe('weakestIndicators', () => {
  it('lists base indicators by score rate, bigger loss first on ties, skipping full marks and non-applicable ones', () => {
    const weak = weakestIndicators(official);
    expect(weak.map((w) => [w.indicator.code, w.rate, w.lost])).toEqual([
      ['A', 0, 25],
      ['E', 0.5, 15],
      ['D', 0.5, 5],
      ['B', 10 / 15, 5],
    ]);
    expect(weak[0].path).toEqual(t('ORG'));
    expect(weakestIndicators(official, 2)).toHaveLength(2);
  });
});

describe('penaltiesIncurred', () => {
  it('shows deductions that cost points and triggered vetoes only', () => {
    expect(penaltiesIncurred(official).map((i) => i.code)).toEqual(['DED']);
    const vetoed = [path('INT', 0, [ind('VETO', 0, 0, { rule: 'veto', vetoTriggered: true })])];
    expect(penaltiesIncurred(vetoed).map((i) => i.code)).toEqual(['VETO']);
  });
});

describe('indicatorGaps', () => {
  it('lists indicators the reviewer scored differently, biggest gap first', () => {
    const self = [
      path('ORG', 80, [ind('A', 25, 25), ind('B', 10, 15), ind('C', 10, 10)]),
      path('INT', 75, [ind('D', 7.5, 10), ind('E', 15, 30)]),
    ];
    expect(indicatorGaps(self, official)).toEqual([
      { code: 'A', name: t('A'), self: 25, official: 0, gap: 25 },
      { code: 'D', name: t('D'), self: 7.5, official: 5, gap: 2.5 },
    ]);
  });
});

describe('quarters', () => {
  it('shifts across years', () => {
    expect(shiftQuarter('2026Q1', -1)).toBe('2025Q4');
    expect(shiftQuarter('2025Q4', 1)).toBe('2026Q1');
    expect(shiftQuarter('2026Q4', -7)).toBe('2025Q1');
    expect(shiftQuarter('later', -1)).toBe('later');
  });

  const trend = [
    { period: '2026Q2', mean: 58.09, pathMeans: [{ code: 'ORG', mean: 58.67 }] },
    {
      period: '2026Q3',
      mean: 54.19,
      pathMeans: [
        { code: 'ORG', mean: 40 },
        { code: 'INT', mean: 52.73 },
      ],
    },
    { period: '2026Q4', mean: null, pathMeans: [] },
  ];

  it('opens on the newest scored quarter', () => {
    expect(latestScoredPeriod(trend)).toBe('2026Q3');
    expect(latestScoredPeriod([{ period: '2026Q4', mean: null, pathMeans: [] }])).toBeNull();
  });

  it('compares with the quarter just before, path by path, or not at all', () => {
    expect(previousQuarterPaths(trend, '2026Q3', official)).toEqual([
      { code: 'ORG', name: t('ORG'), percent: 58.67 },
      { code: 'INT', name: t('INT'), percent: null },
    ]);
    expect(previousQuarterPaths(trend, '2026Q2', official)).toBeNull();
    expect(previousQuarterPaths(trend, '2027Q1', official)).toBeNull();
  });
});

describe('peersMedianPaths', () => {
  const medians = [
    { code: 'INT', median: 72.5 },
    { code: 'ORG', median: 80.01 },
  ];

  it("puts each path median on the quarter's axes, in their order, a path without a median left empty", () => {
    expect(peersMedianPaths({ peerCount: 4, pathMedians: medians }, 60, official)).toEqual([
      { code: 'ORG', name: t('ORG'), percent: 80.01 },
      { code: 'INT', name: t('INT'), percent: 72.5 },
    ]);
    expect(
      peersMedianPaths(
        {
          peerCount: 3,
          pathMedians: [
            { code: 'ORG', median: 90 },
            { code: 'GONE', median: 50 },
          ],
        },
        60,
        official,
      ),
    ).toEqual([
      { code: 'ORG', name: t('ORG'), percent: 90 },
      { code: 'INT', name: t('INT'), percent: null },
    ]);
  });

  it('is null without another branch with figures: none at all, or the branch alone in its group', () => {
    expect(peersMedianPaths({ peerCount: 0, pathMedians: [] }, null, official)).toBeNull();
    // Reported (a total): the one branch counted is this one, its "median" its own figures.
    expect(peersMedianPaths({ peerCount: 1, pathMedians: medians }, 60, official)).toBeNull();
    // Not reported yet: the one branch counted is a peer.
    expect(peersMedianPaths({ peerCount: 1, pathMedians: medians }, null, official)).toHaveLength(2);
    expect(peersMedianPaths({ peerCount: 3, pathMedians: [] }, 60, official)).toBeNull();
    expect(
      peersMedianPaths({ peerCount: 3, pathMedians: [{ code: 'GONE', median: 50 }] }, 60, official),
    ).toBeNull();
  });
});

describe('radarComparison', () => {
  const peers = [{ code: 'ORG', name: t('ORG'), percent: 80 }];
  const previous = [{ code: 'ORG', name: t('ORG'), percent: 55 }];

  it('draws the chosen comparison when it has figures', () => {
    expect(radarComparison('peersMedian', { peersMedian: peers, previous })).toEqual({
      comparison: { kind: 'peersMedian', paths: peers },
      fellBack: false,
    });
    expect(radarComparison('previous', { peersMedian: peers, previous })).toEqual({
      comparison: { kind: 'previous', paths: previous },
      fellBack: false,
    });
  });

  it('falls back to the previous quarter when the peers have no figures, and says so', () => {
    expect(radarComparison('peersMedian', { peersMedian: null, previous })).toEqual({
      comparison: { kind: 'previous', paths: previous },
      fellBack: true,
    });
    expect(radarComparison('peersMedian', { peersMedian: null, previous: null })).toEqual({
      comparison: null,
      fellBack: true,
    });
    expect(radarComparison('previous', { peersMedian: peers, previous: null })).toEqual({
      comparison: null,
      fellBack: false,
    });
  });
});
