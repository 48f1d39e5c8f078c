import ExcelJS from 'exceljs';
import type { CellValue as ExcelCellValue } from 'exceljs';
import { plainCell, type PlainCell } from './cells';
import { BRANCH_CODE_KEY, CODE_ROW, DATA_SHEET, META_SHEET } from './columns';

/** A row as plain values; `cells[c]` is column c (1-based, as Excel numbers them). */
export interface SheetRow {
  number: number;
  cells: PlainCell[];
}

/**
 * Every sheet's rows as plain values. The whole-workbook reader, not the streaming one: exceljs
 * 4.4's streaming reader decodes each zip chunk separately and garbles a Chinese character that
 * straddles two chunks (seen on a 5,000-row file), which an importer cannot afford. What bounds
 * this reader's memory is zip-limits.ts, checked before: at most 32 MB of unpacked XML and 20,000 rows.
 */
export async function readSheets(buffer: Buffer | Uint8Array): Promise<Map<string, SheetRow[]>> {
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

export function findDataSheet(sheets: Map<string, SheetRow[]>): SheetRow[] | undefined {
  const named = sheets.get(DATA_SHEET);
  if (named && headerCodes(named).includes(BRANCH_CODE_KEY)) return named;
  return [...sheets.entries()].find(
    ([name, rows]) => name !== META_SHEET && headerCodes(rows).includes(BRANCH_CODE_KEY),
  )?.[1];
}

export function headerCodes(rows: SheetRow[]): string[] {
  const header = rows.find((row) => row.number === CODE_ROW);
  const codes: string[] = [];
  if (!header) return codes;
  for (let c = 1; c < header.cells.length; c++) codes[c - 1] = String(header.cells[c] ?? '');
  return codes;
}
