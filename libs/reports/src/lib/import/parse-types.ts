import type { Sector, ValueMap } from '@pathboard/scoring';
import type { ImportError } from './errors';

// The types of parseImportWorkbook's input and result (re-exported by parse.ts).

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
  /** The first MAX_REPORTED_IMPORT_ERRORS (parse.ts) problems, by row. */
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
