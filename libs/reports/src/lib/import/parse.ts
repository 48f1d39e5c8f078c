import type { Framework } from '@pathboard/scoring';
import { CappedErrors } from './capped-errors';
import { BRANCH_CODE_KEY, DATA_SHEET, importColumns, META_SHEET } from './columns';
import { fileError, type ImportError } from './errors';
import { readHeader } from './header-layout';
import type { ImportParseResult, KnownBranch, ParseOptions } from './parse-types';
import { readRows } from './row-values';
import { checkMeta, readMeta } from './template-meta';
import { findDataSheet, readSheets, type SheetRow } from './workbook-sheets';
import { inspectWorkbookZip } from './zip-limits';

export type { ImportParseResult, ImportRow, KnownBranch, ParseOptions } from './parse-types';

/** At most this many problems are returned; `omittedErrors` says how many more there were. */
export const MAX_REPORTED_IMPORT_ERRORS = 200;

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

function failed(error: ImportError): ImportParseResult {
  return { rows: [], errors: [error], omittedErrors: 0, unknownBranchCodes: [], meta: null };
}
