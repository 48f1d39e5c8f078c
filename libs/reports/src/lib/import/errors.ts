import type { LocalizedText } from '@pathboard/scoring';

/** One problem in an import file, located as precisely as it can be. */
export interface ImportError {
  /** Excel row number (1-based); null for a problem with the whole file. */
  row: number | null;
  /** Column letter, e.g. `E`; null when the problem is not one cell's. */
  column: string | null;
  /** Header code of the column (e.g. `ORG_MEETINGS.numerator`, `BRANCH_CODE`), or the indicator code. */
  field: string | null;
  /** Machine code: `NOT_A_WORKBOOK`, `UNKNOWN_BRANCH`, `NOT_A_NUMBER`, or a libs/scoring issue code. */
  code: string;
  reason: LocalizedText;
  /** The header a person reads for `field` (row 2 of the template); added when the file is refused. */
  label?: string | null;
}

export function fileError(code: string, reason: LocalizedText): ImportError {
  return { row: null, column: null, field: null, code, reason };
}

export function rowError(
  where: { row: number; column: string | null; field: string | null },
  code: string,
  reason: LocalizedText,
): ImportError {
  return { ...where, code, reason };
}
