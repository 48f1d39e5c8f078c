import {
  MAX_REPORTED_IMPORT_ERRORS,
  STATUS_NAMES,
  type ImportError,
  type ImportRow,
} from '@pathboard/reports';
import type { IndicatorInput } from '@pathboard/scoring';
import type { EntityManager } from 'typeorm';
import { ASSESSMENT_SELECT, toContext, type AssessmentContext } from '../assessments/assessment-rows';
import { checkTransition } from '../assessments/assessment-workflow';
import { AssessmentStatusEnum } from '../assessments/models/assessment.model';
import { badUserInput } from '../common/errors';
import { addCounts, diffRow, type RowDiff, type ValueCounts } from './import-diff';
import { SELF_VALUES_SQL } from './sql/report.sql';

/**
 * The import's plan, read inside its transaction: each row's assessment and what would change, the
 * rows refused (no assessment, a deactivated branch, a sector changed meanwhile, another framework
 * version, not editable) and the summary the caller answers. Writes nothing but row locks on the
 * rows' assessments: values-import.service.ts applies the plan.
 */

export interface BranchImportResult extends ValueCounts {
  /** The Excel row the branch was on. */
  row: number;
  branchId: string;
  code: string;
  name: string;
}

export interface ReturnedBranchChange {
  row: number;
  branchId: string;
  code: string;
  name: string;
  /** Values the import writes into the returned assessment (imported + updated). */
  values: number;
}

export interface ImportResult {
  period: string;
  dryRun: boolean;
  /** False for a dry run (everything rolled back). */
  applied: boolean;
  /** Values over the whole file. */
  counts: ValueCounts;
  /** Branch rows in the file, and how many of them had a change. */
  rows: number;
  changedBranches: number;
  /** Per branch row, in file order. */
  branches: BranchImportResult[];
  /**
   * The rows whose assessment is 已退回 (RETURNED) and would change, in file order: the branch is
   * revising it on the reviewer's comments, and the import overwrites those revisions. The check
   * names them (and how many values each) before anything is written.
   */
  returnedBranches: ReturnedBranchChange[];
  /**
   * A dry run's findings when the file would be refused (the same list a real import answers 400
   * with): a check that finds problems has done its job, so it answers 200 and the browser logs no
   * failed request. Absent when the file is fine.
   */
  errors?: ImportError[];
}

export interface ScopeBranch {
  id: string;
  code: string;
  name: string;
  sector: string | null;
}

export interface PlannedRow {
  row: ImportRow;
  branch: ScopeBranch;
  ctx: AssessmentContext;
  diff: RowDiff;
}

/**
 * Each valid row's assessment and diff; refuses the file (400, every error) when anything is wrong.
 * `districtId`: the caller's, the period's district.
 */
export async function planImport(
  manager: EntityManager,
  districtId: string,
  period: { id: string; framework_id: string },
  rows: ImportRow[],
  byCode: Map<string, ScopeBranch>,
  parsed: { errors: ImportError[]; omittedErrors: number },
  labelOf: (field: string | null) => string | null,
): Promise<PlannedRow[]> {
  const ids = rows.map((r) => byCode.get(r.branchCode)!.id);
  // Locked (in id order, as a deactivation locks them) before the branches' active flags are read:
  // a deactivation locks its branch's open assessments before it writes the flag
  // (OrgUnitsService.update), so it either commits before the read below, or waits for this import.
  // AssessmentWriteSteps.assertBranchActive keeps the same order for a save.
  const contexts: Record<string, unknown>[] = ids.length
    ? await manager.query(
        `${ASSESSMENT_SELECT} WHERE a.district_id = $3 AND a.period_id = $1 AND a.branch_id = ANY($2::uuid[])
          ORDER BY a.id FOR NO KEY UPDATE OF a`,
        [period.id, ids, districtId],
      )
    : [];
  const ctxOf = new Map(contexts.map((r) => toContext(r)).map((ctx) => [ctx.branchId, ctx]));
  const inactive = await inactiveBranches(
    manager,
    districtId,
    [...ctxOf.values()].map((ctx) => ctx.branchId),
  );
  const stored = await storedValues(
    manager,
    districtId,
    [...ctxOf.values()].map((ctx) => ctx.id),
  );
  const errors = [...parsed.errors];
  const planned: PlannedRow[] = [];
  for (const row of rows) {
    const branch = byCode.get(row.branchCode)!;
    const ctx = ctxOf.get(branch.id);
    if (!ctx) {
      errors.push(noAssessment(row));
      continue;
    }
    const diff = diffRow(stored.get(ctx.id) ?? {}, row.values);
    const problem =
      (inactive.has(branch.id) && diff.changes.length > 0 ? branchInactive(row) : null) ??
      sectorChanged(row, ctx, branch) ??
      notEditable(row, ctx, period.framework_id);
    if (problem) errors.push(problem);
    else planned.push({ row, branch, ctx, diff });
  }
  if (errors.length) {
    errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    const listed = errors.slice(0, MAX_REPORTED_IMPORT_ERRORS);
    const omittedErrors = parsed.omittedErrors + errors.length - listed.length;
    const total = listed.length + omittedErrors;
    const more =
      omittedErrors > 0 ? ` (the first ${listed.length} are listed, ${omittedErrors} more are not)` : '';
    throw badUserInput(`the file has ${total} problem(s)${more}; nothing was imported`, {
      reason: 'INVALID_IMPORT',
      // The column as the person sees it in the file, beside the internal key.
      errors: listed.map((e) => ({ ...e, label: labelOf(e.field) })),
      omittedErrors,
    });
  }
  return planned;
}

/** Which of the branches are deactivated, in one statement (read after their assessments are locked). */
async function inactiveBranches(
  manager: EntityManager,
  districtId: string,
  branchIds: string[],
): Promise<Set<string>> {
  if (!branchIds.length) return new Set();
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM org_unit WHERE district_id = $1 AND id = ANY($2::uuid[]) AND NOT active`,
    [districtId, branchIds],
  );
  return new Set(rows.map((r) => r.id));
}

/** The stored self values of the assessments, by assessment and indicator: what a row is compared with. */
async function storedValues(
  manager: EntityManager,
  districtId: string,
  assessmentIds: string[],
): Promise<Map<string, Record<string, IndicatorInput>>> {
  const byAssessment = new Map<string, Record<string, IndicatorInput>>();
  if (!assessmentIds.length) return byAssessment;
  const rows: { assessment_id: string; indicator_code: string; self_value: IndicatorInput }[] =
    await manager.query(SELF_VALUES_SQL, [assessmentIds, districtId]);
  for (const r of rows) {
    const values = byAssessment.get(r.assessment_id) ?? {};
    values[r.indicator_code] = r.self_value;
    byAssessment.set(r.assessment_id, values);
  }
  return byAssessment;
}

/** The answer over the planned rows: the counts of the whole file and of each branch row. */
export function summarizeImport(period: string, dryRun: boolean, planned: PlannedRow[]): ImportResult {
  const counts = { imported: 0, updated: 0, unchanged: 0 };
  let changedBranches = 0;
  const returnedBranches: ReturnedBranchChange[] = [];
  const branches = planned.map(({ row, branch, ctx, diff }) => {
    addCounts(counts, diff);
    if (diff.changes.length) changedBranches++;
    if (diff.changes.length && ctx.status === AssessmentStatusEnum.RETURNED)
      returnedBranches.push({
        row: row.row,
        branchId: branch.id,
        code: branch.code,
        name: branch.name,
        values: diff.changes.length,
      });
    return {
      row: row.row,
      branchId: branch.id,
      code: branch.code,
      name: branch.name,
      imported: diff.imported,
      updated: diff.updated,
      unchanged: diff.unchanged,
    };
  });
  return {
    period,
    dryRun,
    applied: !dryRun,
    counts,
    rows: planned.length,
    changedBranches,
    branches,
    returnedBranches,
  };
}

function noAssessment(row: ImportRow): ImportError {
  return {
    row: row.row,
    column: null,
    field: 'BRANCH_CODE',
    code: 'NO_ASSESSMENT',
    reason: {
      zh: `支部 ${row.branchCode} 在本季度没有考评记录`,
      en: `branch ${row.branchCode} has no assessment in this period`,
    },
  };
}

/**
 * A deactivated branch's assessment no longer changes (docs/domain.md#deactivation; a save answers
 * BRANCH_INACTIVE too). Only a row that would change something is refused: a template downloaded
 * before the deactivation lists the branch pre-filled with its stored values (one made after leaves it
 * out), and a row left as downloaded writes nothing.
 * First of the row checks: no other fix (a new template, a return) lets the row through.
 */
function branchInactive(row: ImportRow): ImportError {
  return {
    row: row.row,
    column: null,
    field: 'BRANCH_CODE',
    code: 'BRANCH_INACTIVE',
    reason: {
      zh: `支部 ${row.branchCode} 已停用，其考评不能再修改，不能导入；请从文件中删去该行，或先重新启用该支部`,
      en: `branch ${row.branchCode} is deactivated: its assessment can no longer change; remove the row from the file, or reactivate the branch first`,
    },
  };
}

/**
 * The file was checked against the sector read before the transaction; a sector change committed
 * since then may make some of its values inapplicable, so the row is refused rather than written.
 */
function sectorChanged(row: ImportRow, ctx: AssessmentContext, branch: ScopeBranch): ImportError | null {
  if (ctx.sector === branch.sector) return null;
  return {
    row: row.row,
    column: null,
    field: 'BRANCH_CODE',
    code: 'SECTOR_CHANGED',
    reason: {
      zh: `支部 ${row.branchCode} 的类别在导入期间已变更，请重新下载模板后导入`,
      en: `branch ${row.branchCode} changed sector during the import; download the template again and re-import`,
    },
  };
}

/** Only DRAFT and RETURNED assessments take values (the SAVE transition of the workflow). */
function notEditable(row: ImportRow, ctx: AssessmentContext, frameworkId: string): ImportError | null {
  if (ctx.frameworkId !== frameworkId) {
    return {
      row: row.row,
      column: null,
      field: 'BRANCH_CODE',
      code: 'FRAMEWORK_MISMATCH',
      reason: {
        zh: `支部 ${row.branchCode} 的考评使用另一版考核方案，请单独填报`,
        en: `branch ${row.branchCode} is assessed on another framework version; enter its values in the app`,
      },
    };
  }
  const check = checkTransition('SAVE', ctx.status);
  if (check.ok) return null;
  return {
    row: row.row,
    column: null,
    field: 'BRANCH_CODE',
    code: 'NOT_EDITABLE',
    reason: {
      zh: `支部 ${row.branchCode} 的考评${STATUS_NAMES[ctx.status]}，不能导入（仅“填报中”“已退回”的考评可修改）`,
      en: `branch ${row.branchCode} is ${ctx.status}: only DRAFT and RETURNED assessments take imported values`,
    },
  };
}
