import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Style } from 'exceljs';
import { isApplicable } from '@pathboard/scoring';
import type { Framework, IndicatorInput, Sector, ValueMap } from '@pathboard/scoring';
import { columnLetter } from '../excel/sheet-spec';
import { HEADER_STYLE, SUBHEADER_STYLE } from '../excel/styles';
import { periodLabel } from '../pdf/narrative';
import {
  BRANCH_CODE_KEY,
  BRANCH_CODE_LABEL,
  BRANCH_NAME_LABEL,
  BRANCH_NAME_KEY,
  columnHelp,
  DATA_SHEET,
  FIRST_DATA_ROW,
  importColumns,
  META_SHEET,
  README_SHEET,
  type ImportColumn,
} from './columns';

export interface TemplateBranch {
  code: string;
  name: string;
  /** When given, indicators that do not apply to the sector are greyed out. */
  sector?: Sector;
  /** Values already entered, pre-filled so a branch can correct rather than retype. */
  values?: ValueMap;
}

const NOT_APPLICABLE_STYLE: Partial<Style> = {
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } },
};
const INPUT_STYLE: Partial<Style> = {};
const IDENTITY_STYLE: Partial<Style> = {
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } },
};

/**
 * The import template (导入模板) for a period: one row per branch (code and name, then one column
 * per indicator input: two for a ratio, one per checklist item), codes in row 1 and Chinese names in
 * row 2, drop-down lists for ratings and yes/no, a readme sheet, and a hidden sheet recording the
 * framework version and period so a file filled for another period is refused.
 */
export async function buildImportTemplate(
  framework: Framework,
  branches: readonly TemplateBranch[],
  period: string,
): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => output.on('end', resolve).on('error', reject));

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const columns = importColumns(framework);
  writeDataSheet(workbook, columns, branches);
  writeReadmeSheet(workbook, framework, columns, period);
  const meta = workbook.addWorksheet(META_SHEET, { state: 'hidden' });
  meta.addRow(['period', period]).commit();
  meta.addRow(['frameworkCode', framework.code]).commit();
  meta.addRow(['frameworkVersion', framework.version]).commit();
  meta.commit();
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}

function writeDataSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  columns: ImportColumn[],
  branches: readonly TemplateBranch[],
): void {
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  sheet.columns = [
    { width: 12 },
    { width: 24 },
    ...columns.map((column) => ({ width: Math.min(24, Math.max(10, column.label.length * 1.6)) })),
  ];
  const lastRow = FIRST_DATA_ROW + Math.max(branches.length, 1) - 1;
  columns.forEach((column, index) => {
    const list = listOf(column);
    if (!list) return;
    const letter = columnLetter(index + 3);
    validations(sheet).add(`${letter}${FIRST_DATA_ROW}:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${list.join(',')}"`],
      showErrorMessage: true,
      errorTitle: '输入无效',
      error: `请从列表中选择：${list.join('、')}`,
    });
  });
  headerRow(
    sheet,
    [BRANCH_CODE_KEY, BRANCH_NAME_KEY, ...columns.map((column) => column.key)],
    SUBHEADER_STYLE,
  );
  headerRow(
    sheet,
    [BRANCH_CODE_LABEL, BRANCH_NAME_LABEL, ...columns.map((column) => column.label)],
    HEADER_STYLE,
  );
  for (const branch of branches) {
    const row = sheet.addRow([
      branch.code,
      branch.name,
      ...columns.map((column) => cellFor(column, branch.values?.[column.indicator.code])),
    ]);
    row.getCell(1).style = IDENTITY_STYLE;
    row.getCell(2).style = IDENTITY_STYLE;
    columns.forEach((column, index) => {
      const applicable = !branch.sector || isApplicable(column.indicator, branch.sector);
      row.getCell(index + 3).style = applicable ? INPUT_STYLE : NOT_APPLICABLE_STYLE;
    });
    row.commit();
  }
  sheet.commit();
}

/** exceljs' typings omit the worksheet's data validations, which its streaming writer does write. */
function validations(sheet: ExcelJS.Worksheet): {
  add(range: string, validation: ExcelJS.DataValidation): void;
} {
  return (
    sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }
  ).dataValidations;
}

function headerRow(sheet: ExcelJS.Worksheet, values: string[], style: Partial<Style>): void {
  const row = sheet.addRow(values);
  for (let index = 1; index <= values.length; index++) row.getCell(index).style = style;
  row.commit();
}

function listOf(column: ImportColumn): string[] | null {
  if (column.kind === 'yesno' || column.kind === 'item') return ['是', '否'];
  if (column.kind === 'band') return (column.options ?? []).map((band) => band.label.zh);
  return null;
}

/** An existing value as the cell shows it (the inverse of the parser's reading). */
export function cellFor(column: ImportColumn, input: IndicatorInput | undefined): string | number | null {
  if (input === null || input === undefined) return null;
  if (column.part && typeof input === 'object' && !Array.isArray(input)) {
    return column.part === 'numerator' ? input.numerator : input.denominator;
  }
  if (column.kind === 'item' && Array.isArray(input))
    return input.includes(column.part as string) ? '是' : '否';
  if (typeof input === 'boolean') return input ? '是' : '否';
  if (column.kind === 'band' && typeof input === 'string')
    return column.options?.find((band) => band.value === input)?.label.zh ?? input;
  return typeof input === 'number' || typeof input === 'string' ? input : null;
}

function writeReadmeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  framework: Framework,
  columns: ImportColumn[],
  period: string,
): void {
  const sheet = workbook.addWorksheet(README_SHEET);
  sheet.columns = [{ width: 34 }, { width: 30 }, { width: 60 }];
  const lines: (string | null)[][] = [
    [`${periodLabel(period)}党建考评数据导入模板`],
    [`考核方案：${framework.name.zh}（第${framework.version}版，${framework.code}）`],
    ['1. 在“填报”工作表中每个党支部一行填写，第1行为字段编码，请勿修改；第2行为中文表头。'],
    ['2. 支部编码必须是系统中已有的编码，每个支部只能出现一次；留空的单元格表示本次不导入该项。'],
    [
      '3. 比率类指标分别填写分子和分母；清单类指标每个条目填写“是”或“否”；灰色单元格表示该指标不适用于本支部。',
    ],
    [
      '4. 表头标有“（比率）”的指标填写0到1之间的小数或百分数，如 0.85 或 85%；只填 85 无法确定是否为 85%，校验时会列为错误。',
    ],
    ['5. 导入前系统会逐行逐列校验，有错误时将列出行号、列号和原因，全部正确后才会保存。'],
    [],
    ['字段编码', '中文表头', '填写要求'],
    ...columns.map((column) => [column.key, column.label, columnHelp(column).zh]),
  ];
  for (const line of lines) sheet.addRow(line).commit();
  sheet.commit();
}
