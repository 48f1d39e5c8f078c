import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { importFieldLabel, parseImportWorkbook, type ImportError } from '@pathboard/reports';
import type { Sector } from '@pathboard/scoring';
import { AssessmentWriteSteps } from '../assessments/assessment-write-steps.service';
import { AssessmentStatusEnum } from '../assessments/models/assessment.model';
import { upsertSelfValues } from '../assessments/sql/upsert-values';
import { AuditService } from '../audit/audit.service';
import { Role } from '../auth/role.enum';
import { attachRefusalDetails, type RefusalDetails } from '../audit/refusal-audit';
import type { AuthUser } from '../auth/auth-user';
import { badUserInput, notFound } from '../common/errors';
import { FrameworksService } from '../frameworks/frameworks.service';
import { PeriodStatusEnum } from '../periods/models/period.model';
import { lockOpenPeriodForWrite } from '../periods/period-lock';
import { NotificationsService } from '../notifications/notifications.service';
import { ReportAccess } from './report-access';
import { PERIOD_BY_CODE_SQL, SCOPE_BRANCHES_SQL } from './sql/report.sql';
import {
  planImport,
  summarizeImport,
  type ImportResult,
  type PlannedRow,
  type ScopeBranch,
} from './values-import-plan';

export type { BranchImportResult, ImportResult } from './values-import-plan';
import { refreshDistrictFigures } from '../analytics/figures/figures-refresh';

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
 * for the file), and tell each branch whose assessment changed (VALUES_IMPORTED notice: one insert for
 * all of them). Unchanged values are not written, so re-importing a file changes nothing.
 */
@Injectable()
export class ValuesImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ReportAccess,
    private readonly frameworks: FrameworksService,
    private readonly steps: AssessmentWriteSteps,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
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
        await lockOpenPeriodForWrite(manager, user.districtId, period.id, 'values');
        const planned = await planImport(
          manager,
          user.districtId,
          period,
          parsed.rows,
          byCode,
          parsed,
          (field) => importFieldLabel(framework, field),
        );
        const result = summarizeImport(period.code, dryRun, planned);
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
          returnedBranches: [],
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
      await this.steps.bump(manager, ctx, {});
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
    await this.steps.rescore(manager, ...changed.map((p) => p.ctx));
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
    // A branch revising its quarter (填报中, or 已退回 on a reviewer's comments) learns that the
    // committee wrote into it. Keyed by the new version, like a return: each import notifies once.
    // A branch secretary importing its own row is not told what it did itself.
    if (user.role !== Role.BRANCH) {
      await this.notifications.notifyEachUnit(
        manager,
        user.districtId,
        'VALUES_IMPORTED',
        'Assessment',
        changed.map(({ ctx, diff }) => ({
          unitId: ctx.branchId,
          targetId: ctx.id,
          idempotencyKey: `VALUES_IMPORTED:${ctx.id}:${ctx.version + 1}`,
          payload: {
            periodCode: ctx.periodCode,
            count: diff.changes.length,
            returned: ctx.status === AssessmentStatusEnum.RETURNED,
          },
        })),
        user.id,
      );
    }
  }
}

/** The problems of a refused file (plan's INVALID_IMPORT), or null for any other error. */
function invalidImportErrors(err: unknown): ImportError[] | null {
  if (!(err instanceof GraphQLError) || err.extensions?.['reason'] !== 'INVALID_IMPORT') return null;
  return (err.extensions['errors'] as ImportError[] | undefined) ?? null;
}
