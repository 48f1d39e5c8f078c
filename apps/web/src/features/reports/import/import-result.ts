/**
 * What POST /api/imports/values answers (docs/reports.md), read defensively: 400 with every problem
 * of the file (libs/reports ImportError: row, column, field, code, reason in zh/en) and nothing
 * applied, or 200 with what the import does (dry run: would do) in indicator values — imported
 * (new), updated, unchanged — overall and per branch row.
 */

export interface ImportProblem {
  /** Excel row (1-based); null for a problem of the whole file. */
  row: number | null;
  column: string | null;
  field: string | null;
  /** The column header the person sees in the file (the API's `label`); `field` is its internal key. */
  label: string | null;
  code: string;
  reason: { zh: string; en: string };
}

export interface ImportCounts {
  imported: number;
  updated: number;
  unchanged: number;
}

export interface BranchImportCounts extends ImportCounts {
  row: number | null;
  code: string;
  name: string;
}

/** A row whose assessment is 已退回 (RETURNED): the branch is revising it, and the import overwrites that. */
export interface ReturnedBranchChange {
  code: string;
  name: string;
  /** Values the import writes into it. */
  values: number;
}

export interface ImportOutcome {
  dryRun: boolean;
  problems: ImportProblem[];
  /** Indicator values over the whole file; null when the file had problems (nothing applied). */
  counts: ImportCounts | null;
  /** Branch rows in the file, and how many of them change. */
  rows: number | null;
  changedBranches: number | null;
  branches: BranchImportCounts[];
  /** Returned assessments the file changes (the check says so before anything is written). */
  returnedBranches: ReturnedBranchChange[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): { zh: string; en: string } {
  if (typeof value === 'string') return { zh: value, en: value };
  if (isObject(value)) {
    const zh = typeof value['zh'] === 'string' ? value['zh'] : undefined;
    const en = typeof value['en'] === 'string' ? value['en'] : undefined;
    return { zh: zh ?? en ?? '', en: en ?? zh ?? '' };
  }
  return { zh: '', en: '' };
}

function problem(raw: unknown): ImportProblem | null {
  if (!isObject(raw)) return null;
  const row = typeof raw['row'] === 'number' ? raw['row'] : null;
  const str = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string) : null);
  return {
    row,
    column: str('column'),
    field: str('field') ?? str('indicator'),
    label: str('label'),
    code: str('code') ?? 'INVALID',
    reason: text(raw['reason'] ?? raw['message']),
  };
}

/** The problems list, wherever the answer keeps it (top level or GraphQL-style extensions). */
function problemsOf(body: Json): ImportProblem[] {
  const list =
    body['errors'] ??
    body['problems'] ??
    (isObject(body['extensions']) ? body['extensions']['errors'] : undefined);
  return Array.isArray(list) ? list.map(problem).filter((p): p is ImportProblem => p !== null) : [];
}

function numbers(source: Json): ImportCounts {
  const n = (key: string) => (typeof source[key] === 'number' ? (source[key] as number) : 0);
  return { imported: n('imported'), updated: n('updated'), unchanged: n('unchanged') };
}

function countsOf(body: Json): ImportCounts | null {
  const source = [body['counts'], body['summary'], body].find(
    (c) => isObject(c) && typeof c['imported'] === 'number',
  );
  return isObject(source) ? numbers(source) : null;
}

function branchesOf(body: Json): BranchImportCounts[] {
  const list = body['branches'];
  if (!Array.isArray(list)) return [];
  return list.filter(isObject).map((b) => ({
    ...numbers(b),
    row: typeof b['row'] === 'number' ? b['row'] : null,
    code: typeof b['code'] === 'string' ? b['code'] : '',
    name: typeof b['name'] === 'string' ? b['name'] : '',
  }));
}

function returnedOf(body: Json): ReturnedBranchChange[] {
  const list = body['returnedBranches'];
  if (!Array.isArray(list)) return [];
  return list
    .filter(isObject)
    .map((b) => ({
      code: typeof b['code'] === 'string' ? b['code'] : '',
      name: typeof b['name'] === 'string' ? b['name'] : '',
      values: typeof b['values'] === 'number' ? b['values'] : 0,
    }))
    .filter((b) => b.values > 0);
}

/** Null when the body is not an import answer at all (then the caller words it as an error). */
export function readImportOutcome(body: unknown, dryRun: boolean): ImportOutcome | null {
  if (!isObject(body)) return null;
  const problems = problemsOf(body);
  const counts = problems.length ? null : countsOf(body);
  if (!problems.length && !counts) return null;
  const count = (key: string) => (typeof body[key] === 'number' ? (body[key] as number) : null);
  return {
    dryRun: typeof body['dryRun'] === 'boolean' ? body['dryRun'] : dryRun,
    problems,
    counts,
    rows: counts ? count('rows') : null,
    changedBranches: counts ? count('changedBranches') : null,
    branches: counts ? branchesOf(body) : [],
    returnedBranches: counts ? returnedOf(body) : [],
  };
}

/** Problems in reading order: whole-file problems first, then by row and column. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => {
    if (a.row === null || b.row === null) return a.row === b.row ? 0 : a.row === null ? -1 : 1;
    if (a.row !== b.row) return a.row - b.row;
    return (
      (a.column ?? '').length - (b.column ?? '').length || (a.column ?? '').localeCompare(b.column ?? '')
    );
  });
}
