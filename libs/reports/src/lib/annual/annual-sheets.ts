import { BRANCH_IDENTITY, col, summarySheetSpec, type CellValue, type SheetSpec } from '../excel/sheet-spec';
import { formatLocalDateTime } from '../model/local-time';
import { ANNUAL_STATUS_NAMES, capText, type AnnualReportData } from './annual-types';

/** The annual workbook: 汇总 (with year on year and the grade distribution), 排名, 封顶说明, 下级单位. */
export function annualSheetSpecs(data: AnnualReportData): SheetSpec[] {
  return [summary(data), ranking(data), capped(data), children(data)];
}

function summary(d: AnnualReportData): SheetSpec {
  const change =
    d.mean !== null && d.previousMean !== null ? Math.round((d.mean - d.previousMean) * 100) / 100 : null;
  const rows: CellValue[][] = [
    ['单位', d.unit.name],
    ['考核年度', `${d.year}年度`],
    ['结果状态', ANNUAL_STATUS_NAMES[d.status] ?? d.status],
    ['数据截至', formatLocalDateTime(d.generatedAt, d.timeZone)],
    ['参评支部数', d.branchCount],
    ['年度平均分', d.mean],
    [d.previousYear ? `${d.previousYear}年度平均分` : '上年度平均分', d.previousMean],
    ['同比变化', change],
    ['等次被封顶支部数', d.cappedCount],
    [null, null],
    ['年度等次', '支部数'],
    ...d.grades.map((g, i) => [g.name.zh, d.gradeCounts[i] ?? 0]),
  ];
  return summarySheetSpec(rows, [22, 30], { frozenColumns: 1, wholeAsInteger: false });
}

function ranking(d: AnnualReportData): SheetSpec {
  return {
    name: '年度排名',
    columns: [
      col('排名', 'integer', 6),
      ...BRANCH_IDENTITY,
      col('年度总分', 'number', 10),
      col('年度等次', 'grade', 10),
      col('按总分等次', 'text', 10),
      col('封顶原因', 'text', 30),
      col('计入季度数', 'integer', 8),
      ...[1, 2, 3, 4].map((q) => col(`第${q}季度`, 'number', 9)),
      ...d.paths.map((p) => col(`${p.name.zh}（%）`, 'number', 10)),
      col('百分位', 'number', 8),
      col('上年度总分', 'number', 10),
      col('同比变化', 'change', 9),
      col('上年度排名', 'integer', 8),
      col('名次变化', 'change', 8),
    ],
    frozenColumns: 3,
    autoFilter: true,
    rows: d.branches.map((b) => [
      b.rank,
      b.code,
      b.name,
      b.total,
      b.grade.name.zh,
      b.uncappedGrade.name.zh,
      b.cappedBy ? capText(b.cappedBy) : null,
      b.countedQuarters,
      ...b.quarters.map((q) => (q.status === 'COUNTED' ? q.total : q.status === 'ZERO' ? 0 : null)),
      ...b.pathPercents,
      b.percentile,
      b.previousTotal,
      b.totalChange,
      b.previousRank,
      b.rankChange,
    ]),
  };
}

function capped(d: AnnualReportData): SheetSpec {
  return {
    name: '封顶说明',
    columns: [
      ...BRANCH_IDENTITY,
      col('按总分等次', 'text', 10),
      col('年度等次', 'grade', 10),
      col('封顶原因', 'text', 36),
      col('计算说明', 'text', 80),
    ],
    frozenColumns: 2,
    autoFilter: true,
    rows: d.branches
      .filter((b) => b.cappedBy)
      .map((b) => [
        b.code,
        b.name,
        b.uncappedGrade.name.zh,
        b.grade.name.zh,
        capText(b.cappedBy!),
        b.explanation.zh,
      ]),
  };
}

function children(d: AnnualReportData): SheetSpec {
  return {
    name: '下级单位',
    columns: [
      col('单位编码', 'text', 10),
      col('单位名称', 'text', 24),
      col('参评支部数', 'integer', 10),
      col('年度平均分', 'number', 10),
      ...d.grades.map((g) => col(g.name.zh, 'integer', 8)),
    ],
    frozenColumns: 2,
    autoFilter: false,
    rows: d.children.map((c) => [c.unit.code, c.unit.name, c.branchCount, c.mean, ...c.gradeCounts]),
  };
}
