import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  MAX_REPORTED_IMPORT_ERRORS,
  importFieldLabel,
  parseImportWorkbook,
  STATUS_NAMES,
  type ImportError,
  type ImportRow,
} from '@pathboard/reports';
import type { IndicatorInput, Sector } from '@pathboard/scoring';
import { AssessmentMutationsService } from '../assessments/assessment-mutations.service';
import { ASSESSMENT_SELECT, toContext, type AssessmentContext } from '../assessments/assessment-rows';
import { checkTransition } from '../assessments/assessment-workflow';
import { upsertSelfValues } from '../assessments/sql/upsert-values';
import { AuditService } from '../audit/audit.service';
import { attachRefusalDetails, type RefusalDetails } from '../audit/refusal-audit';
import type { AuthUser } from '../auth/auth-user';
import { badUserInput, notFound } from '../common/errors';
import { FrameworksService } from '../frameworks/frameworks.service';
import { PeriodStatusEnum } from '../periods/models/period.model';
import { lockOpenPeriodForWrite } from '../periods/period-lock';
import { addCounts, diffRow, type RowDiff, type ValueCounts } from './import-diff';
import { ReportAccess } from './report-access';
import { PERIOD_BY_CODE_SQL, SCOPE_BRANCHES_SQL, SELF_VALUES_SQL } from './sql/report.sql';
import { refreshDistrictFigures } from '../analytics/figures/figures-refresh';

export interface BranchImportResult extends ValueCounts {
  /** The Excel row the branch was on. */
  row: number;
  branchId: string;
  code: string;
  name: string;
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
   * A dry run's findings when the file would be refused (the same list a real import answers 400
   * with): a check that finds problems has done its job, so it answers 200 and the browser logs no
   * failed request. Absent when the file is fine.
   */
  errors?: ImportError[];
}

interface ScopeBranch {
  id: string;
  code: string;
  name: string;
  sector: string | null;
}

interface PlannedRow {
  row: ImportRow;
  branch: ScopeBranch;
  ctx: AssessmentContext;
  diff: RowDiff;
}

/** Out-of-scope branch codes named in an IMPORT_REFUSED audit row (the count covers the rest). */
const AUDITED_CODES = 100;

/** Thrown inside the transaction to roll a dry run back; carries its result out. */
class DryRunRollback extends Error {
  constructor(readonly result: ImportResult) {
    super('dry run');
  }
}

/**
 * The spreadsheet import of self values. Parse and validate every row with libs/reports (the caller's
 * branches as the known ones), refuse the whole file on any problem (every problem listed), then in
 * ONE transaction apply the changed values through the same steps as saveIndicatorValues: optimistic
 * version bump, value upsert, rescore with libs/scoring, audit (IMPORT per assessment, VALUES_IMPORTED
 * for the file). Unchanged values are not written, so re-importing a file changes nothing.
 */
@Injectable()
export class ValuesImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ReportAccess,
    private readonly frameworks: FrameworksService,
    private readonly mutations: AssessmentMutationsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Every refusal (missing or closed period, unreadable or oversized file, zip limits, parse errors,
   * an invalid file) carries what was known (the period, the file's hash and size, the problems) to
   * the one audit writer: IMPORT_REFUSED, by AuditRefusals around the route (audit/refusal-audit.ts).
   */
  async import(
    user: AuthUser,
    periodCode: string,
    dryRun: boolean,
    readFile: () => Promise<Buffer>,
  ): Promise<ImportResult> {
    const known: RefusalDetails = {
      targetType: 'Period',
      details: { import: 'values', period: periodCode, dryRun },
    };
    const seen = { unknownBranchCodes: [] as string[] };
    try {
      return await this.run(user, periodCode, dryRun, readFile, known, seen);
    } catch (err) {
      if (err instanceof GraphQLError && err.extensions['reason'] === 'INVALID_IMPORT') {
        const details = await this.invalidImportDetails(user, seen.unknownBranchCodes, err).catch(() => ({}));
        known.details = { ...known.details, ...details };
      }
      throw attachRefusalDetails(err, known);
    }
  }

  private async run(
    user: AuthUser,
    periodCode: string,
    dryRun: boolean,
    readFile: () => Promise<Buffer>,
    known: RefusalDetails,
    seen: { unknownBranchCodes: string[] },
  ): Promise<ImportResult> {
    const action = 'import.values';
    this.access.assertCanImport(user, action);
    const [period]: { id: string; code: string; status: string; framework_id: string }[] =
      await this.dataSource.query(PERIOD_BY_CODE_SQL, [user.districtId, periodCode]);
    if (!period) throw notFound('Period', periodCode);
    known.targetId = period.id;
    if (period.status !== PeriodStatusEnum.OPEN) {
      throw badUserInput(`period ${period.code} is closed: its values can no longer change`, {
        reason: 'PERIOD_CLOSED',
      });
    }
    const file = await readFile();
    known.details = {
      ...known.details,
      sha256: createHash('sha256').update(file).digest('hex'),
      bytes: file.length,
    };
    const framework = await this.frameworks.definition(period.framework_id);
    const scope: ScopeBranch[] = await this.dataSource.query(SCOPE_BRANCHES_SQL, [
      user.districtId,
      this.access.scopePattern(user),
    ]);
    const byCode = new Map(scope.map((b) => [b.code, b]));
    const parsed = await parseImportWorkbook(
      file,
      framework,
      scope.map((b) => ({ code: b.code, sector: (b.sector ?? undefined) as Sector | undefined })),
      {
        period: period.code,
      },
    );
    seen.unknownBranchCodes = parsed.unknownBranchCodes;

    try {
      return await this.dataSource.transaction(async (manager) => {
        // The check above answers early; this one, under the lock closePeriod also takes, is the one
        // that holds: a close waits for this import, or this import finds the period CLOSED.
        await lockOpenPeriodForWrite(manager, period.id, 'values');
        const planned = await this.plan(manager, period, parsed.rows, byCode, parsed, (field) =>
          importFieldLabel(framework, field),
        );
        const result = summarize(period.code, dryRun, planned);
        await this.apply(manager, user, period, planned, result, file);
        if (dryRun) throw new DryRunRollback(result);
        // The committee's precomputed figures commit with the imported values (analytics/figures).
        await refreshDistrictFigures(manager, user.districtId, [period.id]);
        return result;
      });
    } catch (err) {
      if (err instanceof DryRunRollback) return err.result;
      const problems = dryRun ? invalidImportErrors(err) : null;
      if (problems)
        return {
          period: period.code,
          dryRun,
          applied: false,
          counts: { imported: 0, updated: 0, unchanged: 0 },
          rows: 0,
          changedBranches: 0,
          branches: [],
          errors: problems,
        };
      throw err;
    }
  }

  /**
   * What IMPORT_REFUSED records of an invalid file: how many problems, their codes, and the branch
   * codes that exist in the caller's district but lie outside the caller's scope (answered as
   * "unknown", like missing ones, but an attempt a committee wants to see). Codes are per district:
   * another district's codes are unknown here, and never named.
   */
  private async invalidImportDetails(
    user: AuthUser,
    unknownCodes: string[],
    refusal: GraphQLError,
  ): Promise<Record<string, unknown>> {
    const outOfScope: { code: string }[] = unknownCodes.length
      ? await this.dataSource.query(
          `SELECT DISTINCT code FROM org_unit
            WHERE district_id = $1 AND kind = 'BRANCH' AND code = ANY($2::text[]) ORDER BY code`,
          [user.districtId, unknownCodes],
        )
      : [];
    const listed = refusal.extensions['errors'] as ImportError[];
    const omitted = Number(refusal.extensions['omittedErrors'] ?? 0);
    return {
      problems: listed.length + omitted,
      codes: [...new Set(listed.map((e) => e.code))].sort(),
      outOfScopeBranches: outOfScope.slice(0, AUDITED_CODES).map((r) => r.code),
      outOfScopeBranchCount: outOfScope.length,
    };
  }

  /** Each valid row's assessment and diff; refuses the file (400, every error) when anything is wrong. */
  private async plan(
    manager: EntityManager,
    period: { id: string; framework_id: string },
    rows: ImportRow[],
    byCode: Map<string, ScopeBranch>,
    parsed: { errors: ImportError[]; omittedErrors: number },
    labelOf: (field: string | null) => string | null,
  ): Promise<PlannedRow[]> {
    const ids = rows.map((r) => byCode.get(r.branchCode)!.id);
    const contexts: Record<string, unknown>[] = ids.length
      ? await manager.query(`${ASSESSMENT_SELECT} WHERE a.period_id = $1 AND a.branch_id = ANY($2::uuid[])`, [
          period.id,
          ids,
        ])
      : [];
    const ctxOf = new Map(contexts.map((r) => toContext(r)).map((ctx) => [ctx.branchId, ctx]));
    const stored = await this.storedValues(
      manager,
      [...ctxOf.values()].map((ctx) => ctx.id),
    );
    const errors = [...parsed.errors];
    const planned: PlannedRow[] = [];
    for (const row of rows) {
      const branch = byCode.get(row.branchCode)!;
      const ctx = ctxOf.get(branch.id);
      const problem = !ctx
        ? noAssessment(row)
        : (sectorChanged(row, ctx, branch) ?? notEditable(row, ctx, period.framework_id));
      if (problem) errors.push(problem);
      else planned.push({ row, branch, ctx: ctx!, diff: diffRow(stored.get(ctx!.id) ?? {}, row.values) });
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

  /** The saveIndicatorValues steps for every assessment with a change, then one rescore and the summary event. */
  private async apply(
    manager: EntityManager,
    user: AuthUser,
    period: { id: string; code: string; framework_id: string },
    planned: PlannedRow[],
    result: ImportResult,
    file: Buffer,
  ) {
    const changed = planned.filter((p) => p.diff.changes.length > 0);
    if (changed.length === 0) return;
    const importId = randomUUID();
    for (const { ctx, diff, row } of changed) {
      await this.mutations.bump(manager, ctx, {});
      await upsertSelfValues(
        manager,
        ctx.id,
        ctx.districtId,
        diff.changes.map((c) => ({ indicatorCode: c.indicatorCode, value: c.after })),
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'IMPORT',
        targetType: 'Assessment',
        targetId: ctx.id,
        districtId: ctx.districtId,
        before: {
          version: ctx.version,
          values: Object.fromEntries(diff.changes.map((c) => [c.indicatorCode, { self: c.before }])),
        },
        after: {
          version: ctx.version + 1,
          values: Object.fromEntries(diff.changes.map((c) => [c.indicatorCode, { self: c.after }])),
          importId,
          row: row.row,
        },
      });
    }
    await this.frameworks.lock(manager, period.framework_id);
    await this.mutations.rescore(manager, ...changed.map((p) => p.ctx));
    await this.audit.record(manager, {
      actorId: user.id,
      action: 'VALUES_IMPORTED',
      targetType: 'Period',
      targetId: period.id,
      districtId: user.districtId,
      after: {
        importId,
        period: period.code,
        sha256: createHash('sha256').update(file).digest('hex'),
        bytes: file.length,
        counts: result.counts,
        rows: result.rows,
        assessments: changed.map((p) => p.ctx.id),
      },
    });
  }

  private async storedValues(
    manager: EntityManager,
    assessmentIds: string[],
  ): Promise<Map<string, Record<string, IndicatorInput>>> {
    const byAssessment = new Map<string, Record<string, IndicatorInput>>();
    if (!assessmentIds.length) return byAssessment;
    const rows: { assessment_id: string; indicator_code: string; self_value: IndicatorInput }[] =
      await manager.query(SELF_VALUES_SQL, [assessmentIds]);
    for (const r of rows) {
      const values = byAssessment.get(r.assessment_id) ?? {};
      values[r.indicator_code] = r.self_value;
      byAssessment.set(r.assessment_id, values);
    }
    return byAssessment;
  }
}

/** The problems of a refused file (plan's INVALID_IMPORT), or null for any other error. */
function invalidImportErrors(err: unknown): ImportError[] | null {
  if (!(err instanceof GraphQLError) || err.extensions?.['reason'] !== 'INVALID_IMPORT') return null;
  return (err.extensions['errors'] as ImportError[] | undefined) ?? null;
}

function summarize(period: string, dryRun: boolean, planned: PlannedRow[]): ImportResult {
  const counts = { imported: 0, updated: 0, unchanged: 0 };
  let changedBranches = 0;
  const branches = planned.map(({ row, branch, diff }) => {
    addCounts(counts, diff);
    if (diff.changes.length) changedBranches++;
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
  return { period, dryRun, applied: !dryRun, counts, rows: planned.length, changedBranches, branches };
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
