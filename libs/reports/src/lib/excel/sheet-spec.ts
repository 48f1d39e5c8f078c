/**
 * A sheet described as data: headers, column kinds and a row generator. The styled writer and the
 * bare-exceljs baseline both consume the same specs, so the benchmark compares exactly the same
 * rows and only the styling differs.
 */
export type CellValue = string | number | Date | null;

/**
 * How a column is formatted: `number` 0.00, `integer` 0, `percent` 0.00% (value 0..1),
 * `grade` coloured by grade name, `change` signed with red/green, `datetime` yyyy-mm-dd hh:mm.
 */
export type ColumnKind = 'text' | 'number' | 'integer' | 'percent' | 'grade' | 'change' | 'datetime';

export interface ColumnSpec {
  header: string;
  kind: ColumnKind;
  /** In characters. */
  width: number;
}

export interface SheetSpec {
  name: string;
  columns: ColumnSpec[];
  /** A second header row (e.g. indicator codes under Chinese names), optional. */
  subHeader?: string[];
  /** Columns frozen on the left (the header rows are always frozen). */
  frozenColumns: number;
  autoFilter: boolean;
  rows: Iterable<CellValue[]>;
  /** Per-cell override of the column kind, for mixed columns such as the summary's figures. */
  cellKind?: (value: CellValue, columnIndex: number) => ColumnKind | undefined;
}

/** A column: header, kind and width in characters (default 12). */
export const col = (header: string, kind: ColumnKind, width = 12): ColumnSpec => ({ header, kind, width });

/** A branch's code and name, the identity columns of every per-branch sheet. */
export const BRANCH_IDENTITY: readonly ColumnSpec[] = [
  col('支部编码', 'text', 10),
  col('支部名称', 'text', 24),
];

/**
 * The 汇总 sheet of a report workbook: label–value rows under 项目 / 数值, numbers formatted per cell
 * (`wholeAsInteger`: counts as whole numbers, other numbers with two decimals).
 */
export function summarySheetSpec(
  rows: CellValue[][],
  widths: [number, number],
  options: { frozenColumns: number; wholeAsInteger: boolean },
): SheetSpec {
  return {
    name: '汇总',
    columns: [col('项目', 'text', widths[0]), col('数值', 'text', widths[1])],
    frozenColumns: options.frozenColumns,
    autoFilter: false,
    rows,
    cellKind: (value) =>
      typeof value !== 'number'
        ? undefined
        : options.wholeAsInteger && Number.isInteger(value)
          ? 'integer'
          : 'number',
  };
}

/** Excel forbids []:*?/\ in sheet names and caps them at 31 characters. */
export function safeSheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base.slice(0, 28)}(${n})`;
  taken.add(candidate);
  return candidate;
}

/** Column letter(s) of a 1-based index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
