import { Controller, Get, Inject, Query, Res, UseGuards } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { formatLocalDate } from '@pathboard/reports';
import type { Logger } from 'pino';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuthGuard } from '../auth/auth.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { badUserInput } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { HttpResponse } from '../common/http-types';
import { PINO_LOGGER } from '../common/logger';
import { asciiPart, sendDownload, XLSX_TYPE } from '../reports/http/download';
import { RECTIFICATION_STATUSES, type RectificationStatus } from './rectification-workflow';
import { writeRectificationWorkbook } from './rectification-export';
import { RectificationService } from './rectification.service';

const MAX_CODE_LENGTH = 100;

/**
 * The ledger's file names: the unit it covers and the day it was taken in the district's zone
 * (`示范区_整改台账_2026-12-08.xlsx`), so downloads of different units or days do not overwrite each
 * other, with an ASCII name of the unit's code for clients without RFC 5987.
 */
export function ledgerFileNames(
  unit: { name: string; code: string } | undefined,
  at: Date,
  timeZone: string,
): { filename: string; fallbackName: string } {
  const day = formatLocalDate(at, timeZone);
  // Without a unit (none is expected: the caller's scope unit always exists), the rest still tells files apart.
  const name = (...parts: (string | undefined)[]) => `${parts.filter(Boolean).join('_')}.xlsx`;
  return {
    filename: name(unit?.name, '整改台账', day),
    fallbackName: name(unit && asciiPart(unit.code), 'rectification-ledger', day),
  };
}

/** 整改台账 Excel export (Authorization: Bearer <token>), with the screen's filters (status, overdue, quarter, unit, path, indicator). */
@Controller('api/rectifications')
@UseGuards(AuthGuard)
export class RectificationExportController {
  constructor(
    private readonly service: RectificationService,
    @Inject(PINO_LOGGER) private readonly log: Logger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The clock the file's date is read from (a test sets its own). */
  now = (): Date => new Date();

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
    // Named after the unit the list covers: the one filtered by (the list has checked it is in scope),
    // else the caller's scope unit.
    const [unit]: { name: string; code: string }[] = await this.dataSource.query(
      `SELECT name, code FROM org_unit WHERE id = $1 AND district_id = $2`,
      [unitId ?? user.scopeUnitId, user.districtId],
    );
    await sendDownload(
      res,
      {
        ...ledgerFileNames(unit, this.now(), this.config.timeZone),
        contentType: XLSX_TYPE,
        write: (output) => writeRectificationWorkbook(items, output, this.config.timeZone),
      },
      this.log,
    );
  }
}
