import { Controller, Get, Inject, Query, Res, UseGuards } from '@nestjs/common';
import type { Logger } from 'pino';
import { isUUID } from 'class-validator';
import { AuthGuard } from '../auth/auth.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { badUserInput } from '../common/errors';
import type { HttpResponse } from '../common/http-types';
import { PINO_LOGGER } from '../common/logger';
import { sendDownload, XLSX_TYPE } from '../reports/http/download';
import { RECTIFICATION_STATUSES, type RectificationStatus } from './rectification-workflow';
import { writeRectificationWorkbook } from './rectification-export';
import { RectificationService } from './rectification.service';

/** 整改台账 Excel export (Authorization: Bearer <token>), with the screen's filters. */
@Controller('api/rectifications')
@UseGuards(AuthGuard)
export class RectificationExportController {
  constructor(
    private readonly service: RectificationService,
    @Inject(PINO_LOGGER) private readonly log: Logger,
  ) {}

  @Get('ledger.xlsx')
  async ledger(
    @CurrentUser() user: AuthUser,
    @Res() res: HttpResponse,
    @Query('status') status?: string,
    @Query('overdue') overdue?: string,
    @Query('period') period?: string,
    @Query('unitId') unitId?: string,
  ): Promise<void> {
    if (unitId !== undefined && !isUUID(unitId))
      throw badUserInput('unitId must be a UUID', { field: 'unitId' });
    if (status !== undefined && !RECTIFICATION_STATUSES.includes(status as RectificationStatus)) {
      throw badUserInput(`status must be one of ${RECTIFICATION_STATUSES.join(', ')}`, { field: 'status' });
    }
    if (overdue !== undefined && overdue !== 'true' && overdue !== 'false')
      throw badUserInput('overdue must be true or false', { field: 'overdue' });
    const items = await this.service.list(user, {
      status: (status as RectificationStatus | undefined) ?? null,
      overdue: overdue === undefined ? null : overdue === 'true',
      periodCode: period || null,
      unitId: unitId ?? null,
    });
    await sendDownload(
      res,
      {
        filename: '整改台账.xlsx',
        fallbackName: 'rectification-ledger.xlsx',
        contentType: XLSX_TYPE,
        write: (output) => writeRectificationWorkbook(items, output),
      },
      this.log,
    );
  }
}
