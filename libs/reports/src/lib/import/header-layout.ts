import { columnLetter } from '../excel/sheet-spec';
import type { ErrorSink } from './capped-errors';
import { BRANCH_CODE_KEY, BRANCH_NAME_KEY, CODE_ROW, type ImportColumn } from './columns';
import { rowError } from './errors';
import { headerCodes, type SheetRow } from './workbook-sheets';

export interface Layout {
  branchColumn: number;
  /** Sheet column number (1-based) → the import column it holds. */
  byColumn: Map<number, ImportColumn>;
}

export function readHeader(sheet: SheetRow[], expected: ImportColumn[], errors: ErrorSink): Layout {
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
