import { ruleRole, scoreGap, type Framework, type Indicator } from '@pathboard/scoring';
import { formatLocalDateTime, formatLocalDeadline } from '../model/local-time';
import { periodLabel } from '../pdf/narrative';
import { displayInput } from '../model/format-input';
import {
  RECTIFICATION_STATUS_NAMES,
  SECTOR_NAMES,
  STATUS_NAMES,
  provisionalMark,
  type QuarterlyReportData,
  type ReportBranch,
} from '../model/types';
import {
  BRANCH_IDENTITY as IDENTITY,
  col,
  summarySheetSpec,
  type CellValue,
  type SheetSpec,
} from './sheet-spec';

/** The quarterly workbook's sheets, in order, as data (see sheet-spec.ts). */
export function quarterlySheetSpecs(data: QuarterlyReportData): SheetSpec[] {
  return [
    summarySheet(data),
    rankingSheet(data),
    ...data.framework.paths.map((_, i) => pathSheet(data, i)),
    valuesSheet(data),
    completionSheet(data),
    gapSheet(data),
    adjustmentSheet(data),
    rectificationSheet(data),
  ];
}

/**
 * The summary's labels, in the order the sheet lists them: the committee figures as the dashboard
 * shows them (docs/metrics.md). Rates are written as percentages with the unit in the label (the
 * column mixes text and numbers, so a percent number format cannot be used).
 */
export const SUMMARY_FIGURES: readonly [string, (a: QuarterlyReportData['aggregates']) => number | null][] = [
  ['应参评支部数', (a) => a.expected],
  ['已参评支部数', (a) => a.assessed],
  ['已审核', (a) => a.approved],
  ['待审核', (a) => a.provisional],
  ['已退回', (a) => a.returned],
  ['填报中', (a) => a.draft],
  ['按时提交', (a) => a.onTime],
  ['逾期提交', (a) => a.late],
  ['尚未提交', (a) => a.notSubmitted],
  ['完成率（%）', (a) => round2(a.completion * 100)],
  ['按时提交率（%）', (a) => round2(a.onTimeRate * 100)],
  ['平均分', (a) => a.mean],
  ['上期平均分', (a) => a.previousMean],
  ['中位数', (a) => a.median],
  ['下四分位数', (a) => a.q1],
  ['上四分位数', (a) => a.q3],
  ['最高分', (a) => a.max],
  ['最低分', (a) => a.min],
  ['自评平均偏差', (a) => a.meanGap],
];

function summarySheet(data: QuarterlyReportData): SheetSpec {
  const a = data.aggregates;
  const rows: CellValue[][] = [
    ['单位', data.unit.name],
    ['考核周期', periodLabel(data.period)],
    ['上期', data.previousPeriod === null ? null : periodLabel(data.previousPeriod)],
    ['考核方案', `${data.framework.name.zh}（第${data.framework.version}版）`],
    ['数据截至', formatLocalDateTime(data.generatedAt, data.timeZone)],
    ...SUMMARY_FIGURES.map(([label, value]) => [label, value(a)]),
    [null, null],
    ['等次', '支部数'],
    ...data.framework.grades.map((grade) => [grade.name.zh, a.gradeCounts[grade.code] ?? 0]),
    [null, null],
    ['路径', '平均得分率（%）'],
    ...data.framework.paths.map((path) => [path.name.zh, a.pathMeans[path.code] ?? null]),
  ];
  // Counts stay whole numbers; scores and percentages show two decimals like everywhere else.
  return summarySheetSpec(rows, [18, 36], { frozenColumns: 0, wholeAsInteger: true });
}

function rankingSheet(data: QuarterlyReportData): SheetSpec {
  const paths = data.framework.paths;
  return {
    name: '排名',
    columns: [
      col('排名', 'integer', 6),
      ...IDENTITY,
      col('上级党组织', 'text', 18),
      col('类型', 'text', 9),
      ...paths.map((path) => col(path.name.zh, 'number', 11)),
      col('总分', 'number', 9),
      col('等次', 'grade', 8),
      col('状态', 'text', 9),
      // The overview's mark beside a provisional rank and total (libs/scoring PROVISIONAL_LABEL).
      col('暂定标记', 'text', 9),
      col('上期排名', 'integer', 9),
      col('排名变化', 'integer', 9),
      col('上期总分', 'number', 9),
      col('总分变化', 'change', 9),
    ],
    frozenColumns: 3,
    autoFilter: true,
    rows: mapRows(data.branches, (b) => {
      const total = b.official?.total ?? null;
      return [
        b.rank,
        b.code,
        b.name,
        b.parentName,
        SECTOR_NAMES[b.sector],
        ...paths.map((path) => b.official?.paths[path.code] ?? null),
        total,
        b.official?.grade.name.zh ?? null,
        STATUS_NAMES[b.status],
        b.rank === null ? null : provisionalMark(b.status),
        b.previousRank,
        b.rank !== null && b.previousRank !== null ? b.previousRank - b.rank : null,
        b.previousTotal,
        total !== null && b.previousTotal !== null ? round2(total - b.previousTotal) : null,
      ];
    }),
  };
}

function pathSheet(data: QuarterlyReportData, pathIndex: number): SheetSpec {
  const path = data.framework.paths[pathIndex];
  return {
    name: path.name.zh,
    columns: [
      col('排名', 'integer', 6),
      ...IDENTITY,
      ...path.indicators.filter(scored).map((i) => col(i.name.zh, 'number', 12)),
      col('路径得分', 'number', 10),
    ],
    subHeader: ['', '', '', ...path.indicators.filter(scored).map((i) => i.code), path.code],
    frozenColumns: 3,
    autoFilter: true,
    rows: mapRows(data.branches, (b) => [
      b.rank,
      b.code,
      b.name,
      ...path.indicators.filter(scored).map((i) => b.official?.indicators[i.code] ?? null),
      b.official?.paths[path.code] ?? null,
    ]),
  };
}

function valuesSheet(data: QuarterlyReportData): SheetSpec {
  const indicators = allIndicators(data.framework);
  return {
    name: '指标数据',
    columns: [
      ...IDENTITY,
      ...indicators.flatMap((i) => [
        col(`${i.name.zh}（自评）`, 'text', 12),
        col(`${i.name.zh}（审核）`, 'text', 12),
      ]),
    ],
    subHeader: ['', '', ...indicators.flatMap((i) => [`${i.code}.self`, `${i.code}.reviewed`])],
    frozenColumns: 2,
    autoFilter: true,
    rows: mapRows(data.branches, (b) => [
      b.code,
      b.name,
      ...indicators.flatMap((i) => {
        const pair = b.values[i.code];
        return [displayInput(i.rule, pair?.self), displayInput(i.rule, pair?.reviewed)];
      }),
    ]),
  };
}

function completionSheet(data: QuarterlyReportData): SheetSpec {
  return {
    name: '完成情况',
    columns: [
      ...IDENTITY,
      col('上级党组织', 'text', 18),
      col('类型', 'text', 9),
      col('党员数', 'integer', 8),
      col('状态', 'text', 9),
      col('提交时间', 'text', 17),
      col('是否按时', 'text', 9),
    ],
    frozenColumns: 2,
    autoFilter: true,
    rows: mapRows(data.branches, (b) => [
      b.code,
      b.name,
      b.parentName,
      SECTOR_NAMES[b.sector],
      b.memberCount,
      STATUS_NAMES[b.status],
      b.submittedAt === null ? null : formatLocalDateTime(b.submittedAt, data.timeZone),
      b.onTime === null ? '未提交' : b.onTime ? '按时' : '逾期',
    ]),
  };
}

function gapSheet(data: QuarterlyReportData): SheetSpec {
  const paths = data.framework.paths;
  // Largest inflation first: the sheet exists to find branches that rate themselves too high.
  const withBoth = data.branches.filter((b) => b.self && b.official);
  const gap = (b: ReportBranch) => scoreGap(b.self!.total, b.official!.total);
  withBoth.sort((x, y) => gap(y) - gap(x) || (x.code < y.code ? -1 : 1));
  return {
    name: '自评偏差',
    columns: [
      ...IDENTITY,
      col('状态', 'text', 9),
      col('自评总分', 'number', 10),
      col('考评总分', 'number', 10),
      col('偏差', 'change', 8),
      ...paths.map((p) => col(`${p.name.zh}偏差`, 'change', 12)),
    ],
    frozenColumns: 2,
    autoFilter: true,
    rows: mapRows(withBoth, (b) => [
      b.code,
      b.name,
      STATUS_NAMES[b.status],
      b.self!.total,
      b.official!.total,
      gap(b),
      ...paths.map((p) => scoreGap(b.self!.paths[p.code] ?? 0, b.official!.paths[p.code] ?? 0)),
    ]),
  };
}

/**
 * 审核调整: every value a reviewer set in place of the branch's, with its reason, branch by branch
 * in the order of the other sheets and indicators in framework order: what a committee checks
 * before it publishes, and what a branch asks about.
 */
function adjustmentSheet(data: QuarterlyReportData): SheetSpec {
  const indicators = data.framework.paths.flatMap((path) =>
    path.indicators.map((indicator) => ({ path, indicator })),
  );
  function* adjustments(): Iterable<CellValue[]> {
    for (const b of data.branches)
      for (const { path, indicator } of indicators) {
        const pair = b.values[indicator.code];
        if (pair?.reviewed === undefined || pair.reviewed === null) continue;
        yield [
          b.code,
          b.name,
          STATUS_NAMES[b.status],
          path.name.zh,
          indicator.name.zh,
          displayInput(indicator.rule, pair.self),
          displayInput(indicator.rule, pair.reviewed),
          pair.reason ?? '',
        ];
      }
  }
  return {
    name: '审核调整',
    columns: [
      ...IDENTITY,
      col('状态', 'text', 9),
      col('路径', 'text', 14),
      col('指标', 'text', 22),
      col('自评值', 'text', 12),
      col('审核值', 'text', 12),
      col('调整理由', 'text', 40),
    ],
    frozenColumns: 2,
    autoFilter: true,
    rows: adjustments(),
  };
}

/** 整改事项: the unclosed items (open or awaiting verification), overdue first. */
function rectificationSheet(data: QuarterlyReportData): SheetSpec {
  const names = new Map(allIndicators(data.framework).map((i) => [i.code, i.name.zh]));
  return {
    name: '整改事项',
    columns: [
      ...IDENTITY,
      col('提出周期', 'text', 10),
      col('指标', 'text', 22),
      col('存在问题', 'text', 36),
      col('整改要求', 'text', 36),
      col('整改期限', 'text', 17),
      col('状态', 'text', 12),
      col('是否逾期', 'text', 9),
    ],
    frozenColumns: 2,
    autoFilter: true,
    rows: mapRows(data.rectifications, (r) => [
      r.branchCode,
      r.branchName,
      periodLabel(r.period),
      names.get(r.indicatorCode) ?? r.indicatorCode,
      r.problem,
      r.requiredAction,
      formatLocalDeadline(r.deadline, data.timeZone),
      RECTIFICATION_STATUS_NAMES[r.status],
      r.overdue ? '逾期' : '',
    ]),
  };
}

/** Indicators that carry points (veto has none). */
function scored(indicator: Indicator): boolean {
  return ruleRole(indicator.rule) !== 'veto';
}

export function allIndicators(framework: Framework): Indicator[] {
  return framework.paths.flatMap((path) => path.indicators);
}

/** Lazily mapped so a 5,000-row sheet never exists as one array of arrays. */
function* mapRows<T>(items: Iterable<T>, toRow: (item: T) => CellValue[]): Iterable<CellValue[]> {
  for (const item of items) yield toRow(item);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
