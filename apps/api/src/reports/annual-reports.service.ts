import { Inject, Injectable } from '@nestjs/common';
import type { AnnualReportData, BranchAnnualReportData } from '@pathboard/reports';
import { AnnualService } from '../annual/annual.service';
import type { AuthUser } from '../auth/auth-user';
import { badUserInput } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { asciiPart, type Download } from './http/download';
import { ReportRenderPool } from './render/report-render.pool';

/** The `year` query parameter: required, a whole year such as 2026. */
export function yearParam(value: unknown): number {
  const year = typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badUserInput('year is required, a whole year such as year=2026', { field: 'year' });
  return year;
}

/**
 * The annual downloads. The figures are those of the annual screens (AnnualService, which also checks
 * role and scope before reading anything); the files are rendered on the worker pool.
 */
@Injectable()
export class AnnualReportsService {
  constructor(
    private readonly annual: AnnualService,
    private readonly pool: ReportRenderPool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** 年度通报 of a unit: workbook or PDF. ADMIN, REVIEWER, VIEWER; unit in scope. */
  async unit(user: AuthUser, unitId: string, year: number, format: 'xlsx' | 'pdf'): Promise<Download> {
    const board = await this.annual.unitYear(user, unitId, year);
    const data: AnnualReportData = {
      ...board,
      unit: { code: board.unit.code, name: board.unit.name },
      children: board.children.map((c) => ({ ...c, unit: { code: c.unit.code, name: c.unit.name } })),
      generatedAt: new Date().toISOString(),
      timeZone: this.config.timeZone,
    };
    // The workbook is the year's data (the button says 年度数据表), named apart from the report PDF.
    const title =
      format === 'xlsx' ? { zh: '年度数据', en: 'annual-data' } : { zh: '年度通报', en: 'annual-report' };
    return this.pool.download(
      format === 'xlsx' ? { kind: 'annual-xlsx', data } : { kind: 'annual-pdf', data },
      `${board.unit.name}_${year}年度_${title.zh}`,
      `${asciiPart(board.unit.code)}_${year}_${title.en}`,
    );
  }

  /** A branch's one-page annual report: its own user, or committee roles for a branch in scope. */
  async branch(user: AuthUser, branchId: string, year: number): Promise<Download> {
    const result = await this.annual.branchYear(user, branchId, year);
    const board = await this.annual.year(user.districtId, year);
    const data: BranchAnnualReportData = {
      branch: { code: result.code, name: result.name },
      year,
      status: board.status,
      paths: board.framework.paths.map((p) => ({ code: p.code, name: p.name })),
      result,
      generatedAt: new Date().toISOString(),
      timeZone: this.config.timeZone,
    };
    return this.pool.download(
      { kind: 'branch-annual-pdf', data },
      `${result.name}_${year}年度_考评报告`,
      `${asciiPart(result.code)}_${year}_branch-annual-report`,
    );
  }
}
