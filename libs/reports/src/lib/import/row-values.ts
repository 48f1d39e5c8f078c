import { validateValues } from '@pathboard/scoring';
import type { Framework, IndicatorInput, LocalizedText, ValueIssue, ValueMap } from '@pathboard/scoring';
import { columnLetter } from '../excel/sheet-spec';
import type { ErrorSink } from './capped-errors';
import { readCell, type PlainCell } from './cells';
import { BRANCH_CODE_KEY, FIRST_DATA_ROW, type ImportColumn } from './columns';
import { rowError, type ImportError } from './errors';
import type { Layout } from './header-layout';
import type { ImportRow, KnownBranch } from './parse-types';
import type { SheetRow } from './workbook-sheets';

export function readRows(
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
            importIssueReason(framework, issue, values),
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

/**
 * An engine issue as the import's problem list words it. The list already names the row, column and
 * field, so the indicator is named by its name only (the engine's "指标 ORG_MEETINGS（三会一课落实率）："
 * becomes "三会一课落实率："); and a rate written as on the form (85 for 85%) says how to write it.
 * The engine's own messages elsewhere are left as they are.
 */
export function importIssueReason(framework: Framework, issue: ValueIssue, values: ValueMap): LocalizedText {
  const indicator = framework.paths.flatMap((p) => p.indicators).find((i) => i.code === issue.indicator);
  let { zh, en } = issue.message;
  if (indicator) {
    const codeZh = `指标 ${indicator.code}（${indicator.name.zh}）：`;
    const codeEn = `Indicator ${indicator.code} (${indicator.name.en}): `;
    if (zh.startsWith(codeZh)) zh = `${indicator.name.zh}：${zh.slice(codeZh.length)}`;
    if (en.startsWith(codeEn)) en = `${indicator.name.en}: ${en.slice(codeEn.length)}`;
  }
  const received = values[issue.indicator];
  if (issue.code === 'RATE_OUT_OF_RANGE' && typeof received === 'number' && received > 1) {
    const hint = percentHint(received);
    zh = `${zh}：${hint.zh}`;
    en = `${en}: ${hint.en}`;
  }
  return { zh, en };
}

/** 85 → "请填 0.85 或 85%"; a number that is no percentage either gets the general form. */
function percentHint(received: number): LocalizedText {
  if (received <= 100) {
    const share = Number((received / 100).toPrecision(12));
    return { zh: `请填 ${share} 或 ${received}%`, en: `write ${share} or ${received}%` };
  }
  return {
    zh: '请填0到1之间的小数（如 0.85）或百分数（如 85%）',
    en: 'write a share between 0 and 1 (e.g. 0.85) or a percentage (e.g. 85%)',
  };
}
