import type {
  DataZoomComponentOption,
  HeatmapSeriesOption,
  PiecewiseVisualMapComponentOption,
} from 'echarts';
import { gradePieces, heatmapOption, heatmapTable } from './heatmap';
import type { ChartLang, HeatmapRow } from './types';
import { DEFAULT_GRADES, GRADE_COLORS } from './palette';
import { asArray, manyRows, PATHS } from './test-fixtures';

describe('heatmapOption', () => {
  const rows = [
    { id: 'a', name: '一支部', paths: { ORG: 95, SUPERVISION: 82.5, INTEGRITY: null, TRAINING: 40 } },
    { id: 'b', name: '二支部', paths: { ORG: 61, SUPERVISION: 100, INTEGRITY: 79.99, TRAINING: 90 } },
  ];

  it('tooltips name the branch and path and show the figure as the cell does (one decimal), bonus explained', () => {
    const bonus = [
      ...rows,
      { id: 'c', name: '<三>支部', paths: { ORG: 104, SUPERVISION: 1, INTEGRITY: 1, TRAINING: 1 } },
    ];
    const option = heatmapOption(bonus, PATHS, { lang: 'zh' });
    const tooltip = asArray(option.tooltip)[0] as { formatter: (p: { value: number[] }) => string };
    expect(tooltip.formatter({ value: [1, 1, 100] })).toBe('二支部<br/>党内监督：100.0%');
    expect(tooltip.formatter({ value: [2, 1, 79.99] })).toBe('二支部<br/>党风廉政：80.0%');
    expect(tooltip.formatter({ value: [0, 2, 104] })).toBe(
      '&lt;三&gt;支部<br/>组织建设：104.0%（含加分，可超过100%）',
    );
    const en = asArray(heatmapOption(bonus, PATHS, { lang: 'en' }).tooltip)[0] as typeof tooltip;
    expect(en.formatter({ value: [0, 2, 104] })).toBe(
      '&lt;三&gt;支部<br/>Organization: 104.0% (bonus points included: may exceed 100%)',
    );
  });

  it('lays cells out as [path, branch, percent] and skips missing values', () => {
    const option = heatmapOption(rows, PATHS, { lang: 'zh' });
    const series = asArray(option.series)[0] as HeatmapSeriesOption;
    expect(series.data).toEqual([
      [0, 0, 95],
      [1, 0, 82.5],
      [3, 0, 40],
      [0, 1, 61],
      [1, 1, 100],
      [2, 1, 79.99],
      [3, 1, 90],
    ]);
    expect((asArray(option.xAxis)[0] as { data: string[] }).data).toEqual([
      '组织建设',
      '党内监督',
      '党风廉政',
      '干部与培训',
    ]);
    expect((asArray(option.yAxis)[0] as { data: string[] }).data).toEqual(['一支部', '二支部']);
    expect(series.progressive).toBeUndefined();
    expect(option.dataZoom).toBeUndefined();
  });

  it('breaks long path names between words on the axis only, when asked', () => {
    const long = [{ code: 'CADRE', name: { zh: '干部队伍与教育培训', en: 'Cadres and training' } }];
    const axis = (width?: number) =>
      (
        asArray(heatmapOption(rows, long, { lang: 'zh', columnNameWidth: width }).xAxis)[0] as {
          data: string[];
        }
      ).data;
    expect(axis(12)).toEqual(['干部队伍与\n教育培训']);
    expect(axis(undefined)).toEqual(['干部队伍与教育培训']);
    const tooltip = asArray(heatmapOption(rows, long, { lang: 'zh', columnNameWidth: 12 }).tooltip)[0] as {
      formatter: (p: { value: number[] }) => string;
    };
    expect(tooltip.formatter({ value: [0, 0, 90] })).toBe('一支部<br/>干部队伍与教育培训：90.0%');
  });

  it('colours by grade bands without gaps or overlaps', () => {
    const pieces = gradePieces(DEFAULT_GRADES, 'zh');
    expect(pieces).toEqual([
      { gte: 90, label: '优秀 ≥90', color: GRADE_COLORS.excellent },
      { gte: 80, lt: 90, label: '良好 ≥80', color: GRADE_COLORS.good },
      { gte: 60, lt: 80, label: '合格 ≥60', color: GRADE_COLORS.pass },
      { lt: 60, label: '不合格 <60', color: GRADE_COLORS.fail },
    ]);
    const visualMap = asArray(
      heatmapOption(rows, PATHS, { lang: 'en' }).visualMap,
    )[0] as PiecewiseVisualMapComponentOption;
    expect(visualMap.type).toBe('piecewise');
    expect(visualMap.dimension).toBe(2);
    expect((visualMap.pieces ?? [])[0].label).toBe('Excellent ≥90');
  });

  it('renders 5,000 branches progressively, unlabelled, scrolling 20 rows at a time', () => {
    const option = heatmapOption(manyRows(5000), PATHS, { lang: 'zh' });
    const series = asArray(option.series)[0] as HeatmapSeriesOption;
    expect((series.data as unknown[]).length).toBe(5000 * 4 - Math.ceil(5000 / 101));
    expect(series.progressive).toBeGreaterThan(0);
    expect(series.progressiveThreshold).toBeGreaterThan(0);
    expect((series.label as { show: boolean }).show).toBe(false);
    expect(option.animation).toBe(false);
    const zoom = asArray(option.dataZoom) as DataZoomComponentOption[];
    expect(zoom).toHaveLength(2);
    expect(zoom.every((z) => z.yAxisIndex === 0 && z.endValue === 19)).toBe(true);
  });
});

describe('heatmapTable', () => {
  const branches: HeatmapRow[] = [
    { id: 'a', name: '一支部', paths: { ORG: 95, SUPERVISION: 82.5, INTEGRITY: null, TRAINING: 40 } },
    // A path the row does not list at all is as blank as a null one.
    { id: 'b', name: { zh: '二支部', en: 'Branch 2' }, paths: { ORG: 104, SUPERVISION: 79.99, TRAINING: 0 } },
  ];

  it.each<[string, HeatmapRow[], ChartLang, string[], string[][]]>([
    [
      'Chinese: the branch, then each path as the tooltip shows it; blank cells as "-"',
      branches,
      'zh',
      ['支部', '组织建设', '党内监督', '党风廉政', '干部与培训'],
      [
        ['一支部', '95.0%', '82.5%', '-', '40.0%'],
        ['二支部', '104.0%（含加分，可超过100%）', '80.0%', '-', '0.0%'],
      ],
    ],
    [
      'English names and words',
      branches,
      'en',
      ['Branch', 'Organization', 'Supervision', 'Integrity', 'Cadre training'],
      [
        ['一支部', '95.0%', '82.5%', '-', '40.0%'],
        ['Branch 2', '104.0% (bonus points included: may exceed 100%)', '80.0%', '-', '0.0%'],
      ],
    ],
    [
      'the rows in the order given (the branch table’s), not re-sorted',
      [...branches].reverse(),
      'zh',
      ['支部', '组织建设', '党内监督', '党风廉政', '干部与培训'],
      [
        ['二支部', '104.0%（含加分，可超过100%）', '80.0%', '-', '0.0%'],
        ['一支部', '95.0%', '82.5%', '-', '40.0%'],
      ],
    ],
    [
      'no branches: the header alone',
      [],
      'zh',
      ['支部', '组织建设', '党内监督', '党风廉政', '干部与培训'],
      [],
    ],
  ])('%s', (_, input, lang, titles, cells) => {
    const table = heatmapTable(input, PATHS, { lang });
    expect(table.columns.map((c) => c.title)).toEqual(titles);
    expect(table.rows.map((r) => table.columns.map((c) => r.cells[c.key]))).toEqual(cells);
  });

  it('keys rows by branch so a row can open it, and right-aligns the figures only', () => {
    const table = heatmapTable(branches, PATHS, { lang: 'zh' });
    expect(table.rows.map((r) => [r.key, r.unitId])).toEqual([
      ['a', 'a'],
      ['b', 'b'],
    ]);
    expect(table.columns.map((c) => Boolean(c.numeric))).toEqual([false, true, true, true, true]);
  });

  it('titles columns with whole path names where the axis breaks them', () => {
    const long = [{ code: 'CADRE', name: { zh: '干部队伍与教育培训', en: 'Cadres and training' } }];
    const table = heatmapTable(branches, long, { lang: 'zh', columnNameWidth: 12 });
    expect(table.columns.map((c) => c.title)).toEqual(['支部', '干部队伍与教育培训']);
  });

  it('agrees with the chart: a figure in the table exactly where the option draws a cell', () => {
    const option = heatmapOption(branches, PATHS, { lang: 'zh' });
    const drawn = ((asArray(option.series)[0] as HeatmapSeriesOption).data as number[][]).map(
      ([x, y]) => `${x},${y}`,
    );
    const table = heatmapTable(branches, PATHS, { lang: 'zh' });
    const filled = table.rows.flatMap((r, y) =>
      PATHS.flatMap((p, x) => (r.cells[`path:${p.code}`] === '-' ? [] : [`${x},${y}`])),
    );
    expect(filled).toEqual(drawn);
  });
});
