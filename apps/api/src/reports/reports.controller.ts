import { Controller, Get, Inject, Query, Res, UseGuards } from '@nestjs/common';
import type { Logger } from 'pino';
import { AuthGuard } from '../auth/auth.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import type { HttpResponse } from '../common/http-types';
import { PINO_LOGGER } from '../common/logger';
import { UuidPipe } from '../common/uuid.pipe';
import { periodParam, sendDownload, type Download } from './http/download';
import { UserRenderSlots } from './render/user-render-slots';
import { ReportsService } from './reports.service';
import { AnnualReportsService, yearParam } from './annual-reports.service';

/**
 * Report downloads (Authorization: Bearer <token>). Errors before the first byte are JSON
 * (400/401/403/404/429, through the GraphQLError HTTP filter); see docs/reports.md. Each download holds
 * one of the user's render slots from the first query to the last byte; none free → 429.
 */
@Controller('api/reports')
@UseGuards(AuthGuard)
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly annual: AnnualReportsService,
    private readonly slots: UserRenderSlots,
    @Inject(PINO_LOGGER) private readonly log: Logger,
  ) {}

  /** 季度通报 workbook of a unit: 汇总, 排名, one sheet per path, 指标数据, 完成情况, 自评偏差, 审核调整, 整改事项. */
  @Get('quarterly.xlsx')
  async quarterlyWorkbook(
    @CurrentUser() user: AuthUser,
    @Query('unitId', new UuidPipe('unitId')) unitId: string,
    @Query('period') period: unknown,
    @Res() res: HttpResponse,
  ): Promise<void> {
    await this.send(user, res, () => this.reports.quarterly(user, unitId, periodParam(period), 'xlsx'));
  }

  /** 季度通报 PDF of a unit: headline figures, narrative, charts, full ranking. */
  @Get('quarterly.pdf')
  async quarterlyPdf(
    @CurrentUser() user: AuthUser,
    @Query('unitId', new UuidPipe('unitId')) unitId: string,
    @Query('period') period: unknown,
    @Res() res: HttpResponse,
  ): Promise<void> {
    await this.send(user, res, () => this.reports.quarterly(user, unitId, periodParam(period), 'pdf'));
  }

  /** One-page report of a branch (peers as figures only). */
  @Get('branch.pdf')
  async branchPdf(
    @CurrentUser() user: AuthUser,
    @Query('branchId', new UuidPipe('branchId')) branchId: string,
    @Query('period') period: unknown,
    @Res() res: HttpResponse,
  ): Promise<void> {
    await this.send(user, res, () => this.reports.branch(user, branchId, periodParam(period)));
  }

  /** 年度通报 workbook of a unit: 汇总 (year on year, grade distribution), 年度排名, 封顶说明, 下级单位. */
  @Get('annual.xlsx')
  async annualWorkbook(
    @CurrentUser() user: AuthUser,
    @Query('unitId', new UuidPipe('unitId')) unitId: string,
    @Query('year') year: unknown,
    @Res() res: HttpResponse,
  ): Promise<void> {
    await this.send(user, res, () => this.annual.unit(user, unitId, yearParam(year), 'xlsx'));
  }

  /** 年度通报 PDF of a unit: year on year, grade distribution, capped branches and why, ranking. */
  @Get('annual.pdf')
  async annualPdf(
    @CurrentUser() user: AuthUser,
    @Query('unitId', new UuidPipe('unitId')) unitId: string,
    @Query('year') year: unknown,
    @Res() res: HttpResponse,
  ): Promise<void> {
    await this.send(user, res, () => this.annual.unit(user, unitId, yearParam(year), 'pdf'));
  }

  /** A branch's one-page annual report. */
  @Get('branch-annual.pdf')
  async branchAnnualPdf(
    @CurrentUser() user: AuthUser,
    @Query('branchId', new UuidPipe('branchId')) branchId: string,
    @Query('year') year: unknown,
    @Res() res: HttpResponse,
  ): Promise<void> {
    await this.send(user, res, () => this.annual.branch(user, branchId, yearParam(year)));
  }

  /** Every download: one of the user's render slots from the first query to the last byte, then the file. */
  private send(user: AuthUser, res: HttpResponse, download: () => Promise<Download>): Promise<void> {
    return this.slots.run(user.id, async () => sendDownload(res, await download(), this.log));
  }
}
