import * as XLSX from 'xlsx';
import { scoredReport } from '../testing/fixtures';
import { STATUS_NAMES } from '../model/types';
import { buildBareQuarterlyWorkbook, buildQuarterlyWorkbook } from './write-workbook';

const SHEETS = [
  '汇总',
  '排名',
  '组织建设',
  '党内监督',
  '党风廉政建设',
  '干部队伍与教育培训',
  '指标数据',
  '完成情况',
  '自评偏差',
  '审核调整',
  '整改事项',
];

function read(buffer: Buffer): XLSX.WorkBook {
  return XLSX.read(buffer, { type: 'buffer', cellNF: true, cellDates: true });
}

function rows(workbook: XLSX.WorkBook, sheet: string): unknown[][] {
  return XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[sheet], { header: 1, defval: null });
}

/** The raw XML of a sheet (frozen panes are not surfaced by SheetJS, so they are read from the file). */
function sheetXml(buffer: Buffer, index: number): string {
  const zip = XLSX.CFB.read(buffer, { type: 'buffer' });
  const at = zip.FullPaths.findIndex((path: string) => path.endsWith(`xl/worksheets/sheet${index + 1}.xml`));
  if (at < 0) throw new Error(`no sheet ${index + 1}`);
  return Buffer.from(zip.FileIndex[at].content as Uint8Array).toString('utf8');
}

describe('quarterly workbook', () => {
  const data = scoredReport(120);
  let buffer: Buffer;
  let workbook: XLSX.WorkBook;

  beforeAll(async () => {
    buffer = await buildQuarterlyWorkbook(data);
    workbook = read(buffer);
  });

  it('has the summary, ranking, one sheet per path, values, completion and gap sheets in order', () => {
    expect(workbook.SheetNames).toEqual(SHEETS);
  });

  it('summarises the unit with the aggregates', () => {
    const summary = new Map(rows(workbook, '汇总').map((row) => [row[0], row[1]] as [unknown, unknown]));
    expect(summary.get('单位')).toBe('示范区委组织部');
    expect(summary.get('考核周期')).toBe('2026年第四季度');
    expect(summary.get('平均分')).toBe(data.aggregates.mean);
    expect(summary.get('中位数')).toBe(data.aggregates.median);
    expect(summary.get('已参评支部数')).toBe(data.aggregates.assessed);
    expect(summary.get('待审核')).toBe(data.aggregates.provisional);
    expect(
      Number(summary.get('按时提交')) + Number(summary.get('逾期提交')) + Number(summary.get('尚未提交')),
    ).toBe(data.aggregates.expected);
    expect(summary.get('按时提交率（%）')).toBe(Math.round(data.aggregates.onTimeRate * 10000) / 100);
    // 2027-01-15T08:00Z is 16:00 on the district's (Asia/Shanghai) clock.
    expect(summary.get('数据截至')).toBe('2027-01-15 16:00');
    expect(summary.get('优秀')).toBe(data.aggregates.gradeCounts['EXCELLENT'] ?? 0);
    const meanRow = rows(workbook, '汇总').findIndex((row) => row[0] === '平均分') + 1;
    if (!Number.isInteger(data.aggregates.mean))
      expect(workbook.Sheets['汇总'][`B${meanRow}`].z).toBe('0.00');
  });

  it('ranks every branch with path points, total, grade and change against last quarter', () => {
    const ranking = rows(workbook, '排名');
    expect(ranking[0]).toEqual([
      '排名',
      '支部编码',
      '支部名称',
      '上级党组织',
      '类型',
      '组织建设',
      '党内监督',
      '党风廉政建设',
      '干部队伍与教育培训',
      '总分',
      '等次',
      '状态',
      '暂定标记',
      '上期排名',
      '排名变化',
      '上期总分',
      '总分变化',
    ]);
    expect(ranking).toHaveLength(1 + data.branches.length);
    const first = data.branches[0];
    expect(ranking[1].slice(0, 3)).toEqual([1, first.code, first.name]);
    expect(ranking[1][9]).toBe(first.official!.total);
    expect(ranking[1][10]).toBe(first.official!.grade.name.zh);
    // Every ranked score says whether it is approved or still provisional (待审核).
    data.branches.forEach((b, i) => expect(ranking[i + 1][11]).toBe(STATUS_NAMES[b.status]));
    const compared = data.branches.findIndex((b) => b.rank !== null && b.previousRank !== null);
    const row = ranking[compared + 1];
    expect(row[14]).toBe(data.branches[compared].previousRank! - data.branches[compared].rank!);
    // Unassessed branches come last with empty figures.
    expect(ranking[ranking.length - 1][9]).toBeNull();
  });

  it('formats figures with two decimals and freezes the header and identity columns', () => {
    const cell = workbook.Sheets['排名']['J2'];
    expect(cell.z).toBe('0.00');
    const xml = sheetXml(buffer, 1);
    expect(xml).toMatch(/<pane[^>]*xSplit="3"[^>]*ySplit="1"[^>]*state="frozen"/);
    expect(workbook.Sheets['排名']['!autofilter']).toEqual({ ref: 'A1:Q1' });
  });

  it('colours grade cells by grade (the best grade green, the lowest red)', () => {
    const zip = XLSX.CFB.read(buffer, { type: 'buffer' });
    const at = zip.FullPaths.findIndex((path: string) => path.endsWith('xl/styles.xml'));
    const styles = Buffer.from(zip.FileIndex[at].content as Uint8Array).toString('utf8');
    const fills = [...styles.matchAll(/<fill>.*?<\/fill>/gs)].map((match) => match[0]);
    const xfs = [...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*>/g)].map(
      (match) => match[0],
    );
    const fillOfCell = (ref: string) => {
      const style = Number(new RegExp(`<c r="${ref}"[^>]*s="(\\d+)"`).exec(sheetXml(buffer, 1))?.[1]);
      const fillId = Number(/fillId="(\d+)"/.exec(xfs[style])?.[1]);
      return fills[fillId];
    };
    const excellent = data.branches.findIndex((b) => b.official?.grade.code === 'EXCELLENT') + 2;
    const fail = data.branches.findIndex((b) => b.official?.grade.code === 'FAIL') + 2;
    expect(fillOfCell(`K${excellent}`)).toContain('FFC6EFCE');
    expect(fillOfCell(`K${fail}`)).toContain('FFFFC7CE');
  });

  it('lists each path indicator with codes under the names', () => {
    const org = rows(workbook, '组织建设');
    expect(org[0]).toContain('三会一课落实率');
    expect(org[1]).toContain('ORG_MEETINGS');
    const codeIndex = org[1].indexOf('ORG_MEETINGS');
    const first = data.branches[0];
    expect(org[2][codeIndex]).toBe(first.official!.indicators['ORG_MEETINGS']);
  });

  it('shows inputs as entered, self and reviewed, in the value matrix', () => {
    const values = rows(workbook, '指标数据');
    const column = values[1].indexOf('ORG_MEETINGS.self');
    const branch = data.branches.find((b) => b.values['ORG_MEETINGS']?.self)!;
    const row = values.find((r) => r[0] === branch.code)!;
    const self = branch.values['ORG_MEETINGS'].self as { numerator: number; denominator: number };
    expect(row[column]).toBe(`${self.numerator}/${self.denominator}`);
    const rating = values[1].indexOf('ORG_WORK_PLAN.self');
    expect(['好', '较好', '一般', '差']).toContain(row[rating]);
  });

  it('reports completion, timeliness and the self-assessment gap', () => {
    const completion = rows(workbook, '完成情况');
    expect(completion[0]).toEqual([
      '支部编码',
      '支部名称',
      '上级党组织',
      '类型',
      '党员数',
      '状态',
      '提交时间',
      '是否按时',
    ]);
    expect(new Set(completion.slice(1).map((r) => r[7]))).toEqual(new Set(['按时', '逾期', '未提交']));
    const gap = rows(workbook, '自评偏差');
    expect(gap[0].slice(0, 6)).toEqual(['支部编码', '支部名称', '状态', '自评总分', '考评总分', '偏差']);
    const gaps = gap.slice(1).map((r) => r[5] as number);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    const top = data.branches.find((b) => b.code === gap[1][0])!;
    expect(gap[1][5]).toBeCloseTo(top.self!.total - top.official!.total, 2);
    expect(gap[1][2]).toBe(STATUS_NAMES[top.status]);
  });

  it('lists every reviewed value with the branch’s, in framework order, and its reason', () => {
    const sheet = rows(workbook, '审核调整');
    expect(sheet[0]).toEqual([
      '支部编码',
      '支部名称',
      '状态',
      '路径',
      '指标',
      '自评值',
      '审核值',
      '调整理由',
    ]);
    const reviewed = data.branches.flatMap((b) =>
      Object.entries(b.values)
        .filter(([, pair]) => pair.reviewed !== undefined)
        .map(([code]) => `${b.code} ${code}`),
    );
    expect(reviewed.length).toBeGreaterThan(10);
    expect(sheet).toHaveLength(reviewed.length + 1);
    const branch = data.branches.find((b) => b.values['ORG_MEETINGS']?.reviewed)!;
    const row = sheet.find((r) => r[0] === branch.code && r[4] === '三会一课落实率')!;
    const { self, reviewed: value } = branch.values['ORG_MEETINGS'] as Record<
      string,
      { numerator: number; denominator: number }
    >;
    expect(row.slice(2)).toEqual([
      STATUS_NAMES[branch.status],
      '组织建设',
      '三会一课落实率',
      `${self.numerator}/${self.denominator}`,
      `${value.numerator}/${value.denominator}`,
      '核查台账后调整（三会一课落实率）',
    ]);
  });

  it('writes the same rows as the bare-exceljs baseline', async () => {
    const bare = read(await buildBareQuarterlyWorkbook(data));
    expect(bare.SheetNames).toEqual(SHEETS);
    for (const sheet of SHEETS) expect(rows(bare, sheet)).toEqual(rows(workbook, sheet));
  });
});
