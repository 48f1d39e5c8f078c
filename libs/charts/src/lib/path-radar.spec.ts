import type { RadarSeriesOption } from 'echarts';
import { pathRadarOption, pathRadarTable, peerMedianPaths, radarMax } from './path-radar';
import { asArray, manyRows, PATHS } from './test-fixtures';
import type { PathFigure } from './types';

const current: PathFigure[] = PATHS.map((p, i) => ({ ...p, percent: [88, 92.5, 100, null][i] }));
const previous: PathFigure[] = PATHS.map((p, i) => ({ ...p, percent: [80, 90, 104, 70][i] }));

type RadarData = { name: string; value: (number | string)[] }[];

describe('pathRadarOption', () => {
  it('draws this quarter against the previous one on the framework paths', () => {
    const option = pathRadarOption(current, { kind: 'previous', paths: previous }, { lang: 'zh' });
    const radar = asArray(option.radar)[0] as { indicator: { name: string; max: number }[] };
    expect(radar.indicator.map((i) => i.name)).toEqual(['组织建设', '党内监督', '党风廉政', '干部与培训']);
    // a bonus pushed a path to 104%, so the ring grows to 110 for every axis
    expect(radar.indicator.every((i) => i.max === 110)).toBe(true);
    const data = (asArray(option.series)[0] as RadarSeriesOption).data as RadarData;
    expect(data.map((d) => d.name)).toEqual(['本期', '上季度']);
    expect(data[0].value).toEqual([88, 92.5, 100, '-']);
    expect(data[1].value).toEqual([80, 90, 104, 70]);
  });

  it('works alone and in English', () => {
    const option = pathRadarOption(current, null, { lang: 'en' });
    const data = (asArray(option.series)[0] as RadarSeriesOption).data as RadarData;
    expect(data.map((d) => d.name)).toEqual(['This quarter']);
    expect(radarMax([50, null])).toBe(100);
  });

  it('compares against the median of 5,000 peers', () => {
    const peers = manyRows(5000);
    const median = peerMedianPaths(peers, PATHS);
    expect(median).toHaveLength(4);
    for (const figure of median) {
      expect(figure.percent).toBeGreaterThanOrEqual(40);
      expect(figure.percent).toBeLessThan(100);
    }
    expect(
      peerMedianPaths(
        [{ paths: { ORG: 10 } }, { paths: { ORG: 20 } }, { paths: { ORG: null } }],
        PATHS.slice(0, 1),
      )[0].percent,
    ).toBe(15);
    const option = pathRadarOption(current, { kind: 'peersMedian', paths: median }, { lang: 'zh' });
    const data = (asArray(option.series)[0] as RadarSeriesOption).data as RadarData;
    expect(data[1].name).toBe('同级支部中位数');
    expect(data[1].value).toEqual(median.map((m) => m.percent));
  });

  it('wraps long axis names only when asked (the PDF keeps its one-line names)', () => {
    const long = [
      {
        code: 'TRAINING',
        name: { zh: '干部队伍与教育培训', en: 'Cadres, education and training' },
        percent: 90,
      },
    ];
    const names = (width?: number, lang: 'zh' | 'en' = 'zh') =>
      (
        asArray(pathRadarOption(long, null, { lang, axisNameWidth: width }).radar)[0] as {
          indicator: { name: string }[];
        }
      ).indicator.map((i) => i.name);
    expect(names()).toEqual(['干部队伍与教育培训']);
    expect(names(10)).toEqual(['干部队伍与\n教育培训']);
    expect(names(14, 'en')).toEqual(['Cadres,\neducation and\ntraining']);
  });

  describe('on a phone (compact)', () => {
    type Frame = {
      radius: string;
      center?: [string, string];
      axisNameGap?: number;
      axisName: { fontSize?: number };
    };
    const long: PathFigure[] = [
      ...current.slice(0, 3),
      {
        code: 'TRAINING',
        name: { zh: '干部队伍与教育培训', en: 'Cadres, education and training' },
        percent: 90,
      },
    ];
    const frame = (compact?: boolean) =>
      asArray(pathRadarOption(long, null, { lang: 'zh', axisNameWidth: 10, compact }).radar)[0] as Frame;
    /**
     * The phone card's chart (a 390 px screen less the page's and the card's padding: 340 × 320):
     * ECharts puts a side name at center + radius + gap, the bottom one as far below; a CJK
     * character is one font size wide and, with its line gap, about 1.2 high.
     */
    const [width, height, legendTop] = [340, 320, 296];
    const percent = (text: string | undefined, whole: number) => (parseFloat(text ?? '50%') / 100) * whole;
    const reach = (f: Frame) => percent(f.radius, Math.min(width, height) / 2) + (f.axisNameGap ?? 15);
    const font = (f: Frame) => f.axisName.fontSize ?? 12;
    // 干部队伍与 / 教育培训: five characters wide, two lines high.
    const rightNameEnd = (f: Frame) => percent(f.center?.[0], width) + reach(f) + 5 * font(f);
    const bottomNameEnd = (f: Frame) => percent(f.center?.[1], height) + reach(f) + 2 * 1.2 * font(f);

    it('keeps the side names inside the card and the bottom name above the legend', () => {
      expect(rightNameEnd(frame(true))).toBeLessThanOrEqual(width);
      expect(bottomNameEnd(frame(true))).toBeLessThanOrEqual(legendTop);
    });

    it('gives the desktop radar room for its bottom name above the legend', () => {
      // A desktop card half a 1280 px page wide: 520 × 320, the legend again from 296. At 62%
      // around the middle the wrapped 党风廉政 / 建设 reached 303 and sat on the legend.
      // Same height as the phone card, so the bottom reach is measured the same way.
      expect(bottomNameEnd(frame())).toBeLessThanOrEqual(legendTop);
      expect(rightNameEnd(frame()) + (520 - width) / 2).toBeLessThanOrEqual(520);
      expect(frame(false)).toEqual(frame());
      expect(frame().axisName).toEqual({ color: '#262626' });
      expect(frame(true).axisName.fontSize).toBeLessThan(12);
    });
  });

  it('tooltips show each path with one decimal and explain a 得分率 above 100', () => {
    const paths = [
      { code: 'ORG', name: { zh: '组织建设', en: 'Organization' }, percent: 104 },
      { code: 'SUP', name: { zh: '党内监督', en: 'Supervision' }, percent: 82.456 },
    ];
    const option = pathRadarOption(paths, null, { lang: 'zh' });
    const tooltip = (Array.isArray(option.tooltip) ? option.tooltip[0] : option.tooltip) as {
      formatter: (p: unknown) => string;
    };
    expect(tooltip.formatter({ name: '本期', value: [104, 82.456] })).toBe(
      '本期<br/>组织建设：104.0%（含加分，可超过100%）<br/>党内监督：82.5%',
    );
    expect(tooltip.formatter({ name: '上季度', value: ['-', 70] })).toBe(
      '上季度<br/>组织建设：-<br/>党内监督：70.0%',
    );
  });
});

describe('pathRadarTable', () => {
  it('lists each path this quarter and the previous, as the tooltip words them', () => {
    const table = pathRadarTable(current, { kind: 'previous', paths: previous }, { lang: 'zh' });
    expect(table.columns.map((c) => c.title)).toEqual(['路径', '本期', '上季度']);
    expect(table.rows.map((r) => Object.values(r.cells))).toEqual([
      ['组织建设', '88.0%', '80.0%'],
      ['党内监督', '92.5%', '90.0%'],
      ['党风廉政', '100.0%', '104.0%（含加分，可超过100%）'],
      ['干部与培训', '-', '70.0%'],
    ]);
  });

  it('has no comparison column without a comparison', () => {
    const table = pathRadarTable(current, null, { lang: 'en' });
    expect(table.columns.map((c) => c.key)).toEqual(['path', 'current']);
  });
});
