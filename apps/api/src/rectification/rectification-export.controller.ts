import { Controller, Get, Inject, Query, Res, UseGuards } from '@nestjs/common';
import type { Logger } from 'pino';
import { isUUID } from 'class-validator';
import { AuthGuard } from '../auth/auth.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { badUserInput } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { HttpResponse } from '../common/http-types';
import { PINO_LOGGER } from '../common/logger';
import { sendDownload, XLSX_TYPE } from '../reports/http/download';
import { RECTIFICATION_STATUSES, type RectificationStatus } from './rectification-workflow';
import { writeRectificationWorkbook } from './rectification-export';
import { RectificationService } from './rectification.service';

const MAX_CODE_LENGTH = 100;

/** 整改台账 Excel export (Authorization: Bearer <token>), with the screen's filters (status, overdue, quarter, unit, path, indicator). */
@Controller('api/rectifications')
@UseGuards(AuthGuard)
export class RectificationExportController {
  constructor(
    private readonly service: RectificationService,
    @Inject(PINO_LOGGER) private readonly log: Logger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('ledger.xlsx')
  async ledger(
    @CurrentUser() user: AuthUser,
    @Res() res: HttpResponse,
    @Query('status') status?: string,
    @Query('overdue') overdue?: string,
    @Query('period') period?: string,
    @Query('unitId') unitId?: string,
    @Query('path') path?: string,
    @Query('indicator') indicator?: string,
  ): Promise<void> {
    if (unitId !== undefined && !isUUID(unitId))
      throw badUserInput('unitId must be a UUID', { field: 'unitId' });
    if (status !== undefined && !RECTIFICATION_STATUSES.includes(status as RectificationStatus)) {
      throw badUserInput(`status must be one of ${RECTIFICATION_STATUSES.join(', ')}`, { field: 'status' });
    }
    if (overdue !== undefined && overdue !== 'true' && overdue !== 'false')
      throw badUserInput('overdue must be true or false', { field: 'overdue' });
    for (const [field, code] of [
      ['path', path],
      ['indicator', indicator],
    ] as const) {
      if (code !== undefined && code.length > MAX_CODE_LENGTH)
        throw badUserInput(`${field} must be one code of at most ${MAX_CODE_LENGTH} characters`, { field });
    }
    const items = await this.service.list(user, {
      status: (status as RectificationStatus | undefined) ?? null,
      overdue: overdue === undefined ? null : overdue === 'true',
      periodCode: period || null,
      unitId: unitId ?? null,
      pathCode: path || null,
      indicatorCode: indicator || null,
    });
    await sendDownload(
      res,
      {
        filename: '整改台账.xlsx',
        fallbackName: 'rectification-ledger.xlsx',
        contentType: XLSX_TYPE,
        write: (output) => writeRectificationWorkbook(items, output, this.config.timeZone),
      },
      this.log,
    );
  }
}
