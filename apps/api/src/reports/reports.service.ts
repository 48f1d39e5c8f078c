import { Injectable } from '@nestjs/common';
import { buildBranchReportData, buildImportTemplate, buildQuarterlyReportData } from '@pathboard/reports';
import type { AuthUser } from '../auth/auth-user';
import { badUserInput } from '../common/errors';
import { PeriodStatusEnum } from '../periods/models/period.model';
import { asciiPart, writeBuffer, XLSX_TYPE, type Download } from './http/download';
import { ReportRenderPool } from './render/report-render.pool';
import { ReportAccess } from './report-access';
import { ReportDataLoader, type ReportContext } from './report-data.loader';

export type QuarterlyFormat = 'xlsx' | 'pdf';

/**
 * What each quarterly download is called after. The workbook is the quarter's data (rankings, every
 * path, indicator values, completion, self-assessment gaps, review adjustments, open items), not the
 * report: named so, it no longer shares its name with the PDF beside it in the same folder (the
 * overview's button says 考评数据 Excel).
 */
const QUARTERLY_TITLES: Record<QuarterlyFormat, { zh: string; en: string }> = {
  xlsx: { zh: '考评数据', en: 'assessment-data' },
  pdf: { zh: '季度通报', en: 'quarterly-report' },
};

/**
 * The downloads: access and scope first (before anything is read about the target), then the figures
 * (a fixed number of statements), then a Download whose file the worker pool renders (libs/reports
 * builders on a worker thread, so the event loop keeps serving everyone else meanwhile).
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly access: ReportAccess,
    private readonly loader: ReportDataLoader,
    private readonly pool: ReportRenderPool,
  ) {}

  /** 季度通报 of a unit: workbook or PDF. ADMIN, REVIEWER, VIEWER; unit in scope. */
  async quarterly(
    user: AuthUser,
    unitId: string,
    periodCode: string,
    format: QuarterlyFormat,
  ): Promise<Download> {
    const action = `report.quarterly.${format}`;
    this.access.assertCanReadUnitReport(user, action);
    const ctx = await this.resolve(user, unitId, periodCode, action);
    const data = buildQuarterlyReportData(await this.loader.quarterlyInput(ctx));
    const title = QUARTERLY_TITLES[format];
    return this.pool.download(
      format === 'xlsx' ? { kind: 'quarterly-xlsx', data } : { kind: 'quarterly-pdf', data },
      `${ctx.unit.name}_${ctx.period.code}_${title.zh}`,
      `${asciiPart(ctx.unit.code)}_${ctx.period.code}_${title.en}`,
    );
  }

  /** One-page branch report. A BRANCH user: its own branch; committee roles: any branch in scope. */
  async branch(user: AuthUser, branchId: string, periodCode: string): Promise<Download> {
    const action = 'report.branch.pdf';
    this.access.assertCanReadBranchReport(user, branchId, action);
    const ctx = await this.resolve(user, branchId, periodCode, action);
    if (ctx.unit.kind !== 'BRANCH' || ctx.unit.has_children) {
      throw badUserInput(`${ctx.unit.name} is not a branch (an assessed unit without sub-units)`, {
        field: 'branchId',
        reason: 'NOT_A_BRANCH',
      });
    }
    const data = buildBranchReportData(await this.loader.branchInput(ctx));
    return this.pool.download(
      { kind: 'branch-pdf', data },
      `${ctx.unit.name}_${ctx.period.code}_考评报告`,
      `${asciiPart(ctx.unit.code)}_${ctx.period.code}_branch-report`,
    );
  }

  /**
   * Import template of a unit's editable (DRAFT/RETURNED) branches, pre-filled with their self values.
   * ADMIN, REVIEWER for a unit in scope; a BRANCH user for its own branch. A closed period is refused.
   */
  async template(user: AuthUser, unitId: string, periodCode: string): Promise<Download> {
    const action = 'import.template';
    this.access.assertCanDownloadTemplate(user, unitId, action);
    const ctx = await this.resolve(user, unitId, periodCode, action);
    if (ctx.period.status !== PeriodStatusEnum.OPEN) {
      throw badUserInput(`period ${ctx.period.code} is closed: its values can no longer be imported`, {
        reason: 'PERIOD_CLOSED',
      });
    }
    const branches = await this.loader.templateBranches(ctx);
    const buffer = await buildImportTemplate(ctx.framework, branches, ctx.period.code);
    return {
      filename: `${ctx.unit.name}_${ctx.period.code}_导入模板.xlsx`,
      fallbackName: `${asciiPart(ctx.unit.code)}_${ctx.period.code}_import-template.xlsx`,
      contentType: XLSX_TYPE,
      write: writeBuffer(buffer),
    };
  }

  /** NOT_FOUND unit (also when out of scope, audited) → NOT_FOUND period, in that order. */
  private async resolve(
    user: AuthUser,
    unitId: string,
    periodCode: string,
    action: string,
  ): Promise<ReportContext> {
    const unit = await this.loader.unitPeriod(unitId, periodCode, user.districtId);
    this.access.assertInScope(user, unit, action);
    return this.loader.context(unit, periodCode);
  }
}
