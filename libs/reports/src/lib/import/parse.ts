import ExcelJS from 'exceljs';
import type { CellValue as ExcelCellValue } from 'exceljs';
import { validateValues } from '@pathboard/scoring';
import type { Framework, IndicatorInput, LocalizedText, Sector, ValueMap } from '@pathboard/scoring';
import { columnLetter } from '../excel/sheet-spec';
import { plainCell, readCell, type PlainCell } from './cells';
import {
  BRANCH_CODE_KEY,
  BRANCH_NAME_KEY,
  CODE_ROW,
  DATA_SHEET,
  FIRST_DATA_ROW,
  importColumns,
  META_SHEET,
  type ImportColumn,
} from './columns';
import { fileError, rowError, type ImportError } from './errors';
import { inspectWorkbookZip } from './zip-limits';

/** At most this many problems are returned; `omittedErrors` says how many more there were. */
export const MAX_REPORTED_IMPORT_ERRORS = 200;

export interface KnownBranch {
  code: string;
  /** For indicator applicability; absent: every indicator applies. */
  sector?: Sector;
}

export interface ImportRow {
  /** The Excel row number (1-based), for messages. */
  row: number;
  branchCode: string;
  /** Only the indicators filled in: a blank cell means "not in this import", not "clear the value". */
  values: ValueMap;
}

export interface ImportParseResult {
  /** Rows without any error. The API applies them only when `errors` is empty (one transaction). */
  rows: ImportRow[];
  /** The first MAX_REPORTED_IMPORT_ERRORS problems, by row. */
  errors: ImportError[];
  /** How many problems were found beyond `errors`. */
  omittedErrors: number;
  /**
   * Every branch code refused as unknown (not one of `knownBranches`), all of them even when their
   * errors are not listed: the API audits the ones that exist outside the caller's scope.
   */
  unknownBranchCodes: string[];
  /** From the template's hidden sheet, when the file has one. */
  meta: { period: string | null; frameworkCode: string | null; frameworkVersion: number | null } | null;
}

export interface ParseOptions {
  /** The period being imported; a template made for another period is refused. */
  period?: string;
}

/**
 * Parse and validate a filled import workbook, every problem at once: file-level (empty, not a
 * workbook, wrong period or framework, missing, unknown or repeated columns) and per row and column
 * (unknown or repeated branch codes, text in number cells, bad 是/否 or band, half a ratio), then
 * libs/scoring's validateValues on each row with its issues mapped back to the cell. Pure: no I/O.
 */
export async function parseImportWorkbook(
  buffer: Buffer | Uint8Array,
  framework: Framework,
  knownBranches: readonly KnownBranch[],
  options: ParseOptions = {},
): Promise<ImportParseResult> {
  if (buffer.length === 0)
    return failed(fileError('EMPTY_FILE', { zh: '文件为空', en: 'the file is empty' }));
  const refusal = inspectWorkbookZip(buffer);
  if (refusal) return failed(refusal);
  let sheets: Map<string, SheetRow[]>;
  try {
    sheets = await readSheets(buffer);
  } catch {
    return failed(
      fileError('NOT_A_WORKBOOK', {
        zh: '文件不是有效的 Excel 工作簿（.xlsx）',
        en: 'the file is not an Excel workbook (.xlsx)',
      }),
    );
  }
  const errors = new CappedErrors(MAX_REPORTED_IMPORT_ERRORS);
  const unknown = new Set<string>();
  const meta = readMeta(sheets.get(META_SHEET));
  checkMeta(meta, framework, options, errors);
  const sheet = findDataSheet(sheets);
  if (!sheet) {
    errors.push(
      fileError('NO_HEADER', {
        zh: `找不到含 ${BRANCH_CODE_KEY} 表头的“${DATA_SHEET}”工作表`,
        en: `no "${DATA_SHEET}" sheet with a ${BRANCH_CODE_KEY} header row`,
      }),
    );
    return { rows: [], ...errors.result(), unknownBranchCodes: [], meta };
  }
  const layout = readHeader(sheet, importColumns(framework), errors);
  const rows = readRows(
    sheet,
    layout,
    framework,
    new Map(knownBranches.map((b) => [b.code, b])),
    errors,
    unknown,
  );
  if (rows.seen === 0)
    errors.push(fileError('NO_ROWS', { zh: '文件中没有数据行', en: 'the file has no data rows' }));
  return { rows: rows.valid, ...errors.result(), unknownBranchCodes: [...unknown], meta };
}

/**
 * Keeps the first `cap` problems and counts the rest, so a file with a problem in every cell costs
 * neither the memory nor the response size of hundreds of thousands of error objects. Problems arrive
 * in file order (file and header problems, then rows top to bottom), so the kept ones are the first.
 */
class CappedErrors {
  private readonly kept: ImportError[] = [];
  private total = 0;

  constructor(private readonly cap: number) {}

  push(...errors: ImportError[]): void {
    for (const error of errors) {
      this.total++;
      if (this.kept.length < this.cap) this.kept.push(error);
    }
  }

  result(): { errors: ImportError[]; omittedErrors: number } {
    const errors = [...this.kept].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return { errors, omittedErrors: this.total - this.kept.length };
  }
}

type ErrorSink = Pick<CappedErrors, 'push'>;

/** A row as plain values; `cells[c]` is column c (1-based, as Excel numbers them). */
interface SheetRow {
  number: number;
  cells: PlainCell[];
}

/**
 * Every sheet's rows as plain values. The whole-workbook reader, not the streaming one: exceljs
 * 4.4's streaming reader decodes each zip chunk separately and garbles a Chinese character that
 * straddles two chunks (seen on a 5,000-row file), which an importer cannot afford. What bounds
 * this reader's memory is zip-limits.ts, checked before: at most 32 MB of unpacked XML and 20,000 rows.
 */
async function readSheets(buffer: Buffer | Uint8Array): Promise<Map<string, SheetRow[]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheets = new Map<string, SheetRow[]>();
  for (const worksheet of workbook.worksheets) {
    const rows: SheetRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      const values = row.values as ExcelCellValue[];
      const cells: PlainCell[] = [];
      for (let c = 1; c < values.length; c++) cells[c] = plainCell(values[c]);
      rows.push({ number, cells });
    });
    sheets.set(worksheet.name, rows);
  }
  return sheets;
}

function failed(error: ImportError): ImportParseResult {
  return { rows: [], errors: [error], omittedErrors: 0, unknownBranchCodes: [], meta: null };
}

function findDataSheet(sheets: Map<string, SheetRow[]>): SheetRow[] | undefined {
  const named = sheets.get(DATA_SHEET);
  if (named && headerCodes(named).includes(BRANCH_CODE_KEY)) return named;
  return [...sheets.entries()].find(
    ([name, rows]) => name !== META_SHEET && headerCodes(rows).includes(BRANCH_CODE_KEY),
  )?.[1];
}

function headerCodes(rows: SheetRow[]): string[] {
  const header = rows.find((row) => row.number === CODE_ROW);
  const codes: string[] = [];
  if (!header) return codes;
  for (let c = 1; c < header.cells.length; c++) codes[c - 1] = String(header.cells[c] ?? '');
  return codes;
}

interface Layout {
  branchColumn: number;
  /** Sheet column number (1-based) → the import column it holds. */
  byColumn: Map<number, ImportColumn>;
}

function readHeader(sheet: SheetRow[], expected: ImportColumn[], errors: ErrorSink): Layout {
  const codes = headerCodes(sheet);
  const byKey = new Map(expected.map((column) => [column.key, column]));
  const byColumn = new Map<number, ImportColumn>();
  const seen = new Map<string, number>();
  codes.forEach((code, index) => {
    const col = index + 1;
    if (code === '' || code === BRANCH_CODE_KEY || code === BRANCH_NAME_KEY) return;
    const where = { row: CODE_ROW, column: columnLetter(col), field: code };
    if (seen.has(code)) {
      errors.push(
        rowError(where, 'DUPLICATE_COLUMN', {
          zh: `列 ${code} 重复（与 ${columnLetter(seen.get(code)!)} 列相同）`,
          en: `column ${code} appears twice (also column ${columnLetter(seen.get(code)!)})`,
        }),
      );
      return;
    }
    seen.set(code, col);
    const column = byKey.get(code);
    if (column) byColumn.set(col, column);
    else
      errors.push(
        rowError(where, 'UNKNOWN_COLUMN', { zh: `考核方案中没有列 ${code}`, en: `unknown column ${code}` }),
      );
  });
  for (const column of expected) {
    if (!seen.has(column.key)) {
      errors.push(
        rowError({ row: CODE_ROW, column: null, field: column.key }, 'MISSING_COLUMN', {
          zh: `缺少列 ${column.key}（${column.label}）`,
          en: `missing column ${column.key} (${column.indicator.name.en})`,
        }),
      );
    }
  }
  return { branchColumn: codes.indexOf(BRANCH_CODE_KEY) + 1, byColumn };
}

function readRows(
  sheet: SheetRow[],
  layout: Layout,
  framework: Framework,
  known: Map<string, KnownBranch>,
  errors: ErrorSink,
  unknown: Set<string>,
): { valid: ImportRow[]; seen: number } {
  const valid: ImportRow[] = [];
  const firstRowOf = new Map<string, number>();
  let seen = 0;
  for (const row of sheet) {
    const rowNumber = row.number;
    if (rowNumber < FIRST_DATA_ROW) continue;
    const cells = new Map<number, PlainCell>();
    row.cells.forEach((value, col) => {
      if (value !== null && value !== undefined) cells.set(col, value);
    });
    if (cells.size === 0) continue;
    seen++;
    const rowErrors: ImportError[] = [];
    const branchCode = cells.has(layout.branchColumn) ? String(cells.get(layout.branchColumn)) : '';
    const where = { row: rowNumber, column: columnLetter(layout.branchColumn), field: BRANCH_CODE_KEY };
    const branch = known.get(branchCode);
    if (branchCode === '')
      rowErrors.push(
        rowError(where, 'MISSING_BRANCH_CODE', { zh: '支部编码为空', en: 'branch code is empty' }),
      );
    else if (!branch) {
      unknown.add(branchCode);
      rowErrors.push(
        rowError(where, 'UNKNOWN_BRANCH', {
          zh: `未知的支部编码 ${branchCode}（不在系统中或不在您的管理范围内）`,
          en: `unknown branch code ${branchCode} (not in the system or not in your scope)`,
        }),
      );
    } else if (firstRowOf.has(branchCode))
      rowErrors.push(
        rowError(where, 'DUPLICATE_BRANCH', {
          zh: `支部编码 ${branchCode} 重复（第 ${firstRowOf.get(branchCode)} 行已有）`,
          en: `branch code ${branchCode} repeated (already on row ${firstRowOf.get(branchCode)})`,
        }),
      );
    else firstRowOf.set(branchCode, rowNumber);

    const values = readValues(rowNumber, cells, layout, rowErrors);
    if (branch) {
      for (const issue of validateValues(framework, values, { sector: branch.sector })) {
        const col = columnOfIssue(layout, issue.indicator, issue.field);
        rowErrors.push(
          rowError(
            {
              row: rowNumber,
              column: col === null ? null : columnLetter(col),
              field: fieldOf(layout, col, issue.indicator),
            },
            issue.code,
            issue.message,
          ),
        );
      }
    }
    if (rowErrors.length === 0) valid.push({ row: rowNumber, branchCode, values });
    else errors.push(...rowErrors);
  }
  return { valid, seen };
}

/** Build the row's ValueMap; cells that cannot be read are reported and left out (not validated twice). */
function readValues(
  rowNumber: number,
  cells: Map<number, PlainCell>,
  layout: Layout,
  errors: ImportError[],
): ValueMap {
  const values: ValueMap = {};
  const parts = new Map<
    string,
    { column: ImportColumn; col: number; value: number | boolean | string | null }[]
  >();
  const broken = new Set<string>();
  for (const [col, column] of layout.byColumn) {
    const cell = cells.get(col) ?? null;
    const code = column.indicator.code;
    let value: number | boolean | string | null = null;
    if (cell !== null) {
      const reading = readCell(column, cell);
      if (!reading.ok) {
        errors.push(
          rowError(
            { row: rowNumber, column: columnLetter(col), field: column.key },
            reading.problem.code,
            withIndicator(column, reading.problem.reason),
          ),
        );
        broken.add(code);
        continue;
      }
      value = reading.value;
    }
    if (!parts.has(code)) parts.set(code, []);
    parts.get(code)!.push({ column, col, value });
  }
  for (const [code, cellsOfIndicator] of parts) {
    if (broken.has(code)) continue;
    const input = combine(rowNumber, cellsOfIndicator, errors);
    if (input !== undefined) values[code] = input;
  }
  return values;
}

/** One indicator's cells → its input: a ratio needs both halves, a checklist lists the items marked 是. */
function combine(
  rowNumber: number,
  cells: { column: ImportColumn; col: number; value: number | boolean | string | null }[],
  errors: ImportError[],
): IndicatorInput | undefined {
  const filled = cells.filter((cell) => cell.value !== null);
  if (filled.length === 0) return undefined;
  const kind = cells[0].column.kind;
  if (cells[0].column.part === 'numerator' || cells[0].column.part === 'denominator') {
    const numerator = cells.find((cell) => cell.column.part === 'numerator');
    const denominator = cells.find((cell) => cell.column.part === 'denominator');
    const blank = [numerator, denominator].find((cell) => cell && cell.value === null);
    if (blank || !numerator || !denominator) {
      const target = blank ?? filled[0];
      errors.push(
        rowError(
          { row: rowNumber, column: columnLetter(target.col), field: target.column.key },
          'INCOMPLETE_RATIO',
          withIndicator(target.column, {
            zh: '分子和分母须同时填写',
            en: 'fill both numerator and denominator',
          }),
        ),
      );
      return undefined;
    }
    return { numerator: numerator.value as number, denominator: denominator.value as number };
  }
  // A checklist item left blank beside filled ones counts as not done (否).
  if (kind === 'item')
    return cells.filter((cell) => cell.value === true).map((cell) => cell.column.part as string);
  return filled[0].value;
}

function columnOfIssue(layout: Layout, indicator: string, field: string | undefined): number | null {
  let first: number | null = null;
  for (const [col, column] of layout.byColumn) {
    if (column.indicator.code !== indicator) continue;
    if (field && column.part === field) return col;
    if (first === null) first = col;
  }
  return first;
}

function fieldOf(layout: Layout, col: number | null, indicator: string): string {
  return col === null ? indicator : (layout.byColumn.get(col)?.key ?? indicator);
}

function withIndicator(column: ImportColumn, reason: LocalizedText): LocalizedText {
  return { zh: `${column.label}：${reason.zh}`, en: `${column.key}: ${reason.en}` };
}

function readMeta(rows: SheetRow[] | undefined): ImportParseResult['meta'] {
  if (!rows) return null;
  const entries = new Map<string, PlainCell>(
    rows.map((row) => [String(row.cells[1] ?? ''), row.cells[2] ?? null]),
  );
  const version = entries.get('frameworkVersion');
  return {
    period: entries.has('period') ? String(entries.get('period')) : null,
    frameworkCode: entries.has('frameworkCode') ? String(entries.get('frameworkCode')) : null,
    frameworkVersion: typeof version === 'number' ? version : version ? Number(version) : null,
  };
}

function checkMeta(
  meta: ImportParseResult['meta'],
  framework: Framework,
  options: ParseOptions,
  errors: ErrorSink,
): void {
  if (!meta) return;
  if (options.period && meta.period && meta.period !== options.period) {
    errors.push(
      fileError('WRONG_PERIOD', {
        zh: `该模板属于 ${meta.period}，不能导入 ${options.period}`,
        en: `this template is for ${meta.period}, not ${options.period}`,
      }),
    );
  }
  if (
    (meta.frameworkCode && meta.frameworkCode !== framework.code) ||
    (meta.frameworkVersion !== null && meta.frameworkVersion !== framework.version)
  ) {
    errors.push(
      fileError('WRONG_FRAMEWORK', {
        zh: `该模板按考核方案 ${meta.frameworkCode} 第${meta.frameworkVersion}版生成，当前为 ${framework.code} 第${framework.version}版，请重新下载模板`,
        en: `this template was made for framework ${meta.frameworkCode} v${meta.frameworkVersion}, not ${framework.code} v${framework.version}; download it again`,
      }),
    );
  }
}
