import {
  Controller,
  Get,
  HttpCode,
  Inject,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { AuditRefusals } from '../audit/refusal-audit.interceptor';
import { AuthGuard } from '../auth/auth.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import type { AppRequest } from '../auth/request-context';
import { badUserInput } from '../common/errors';
import type { HttpResponse } from '../common/http-types';
import { PINO_LOGGER } from '../common/logger';
import { UuidPipe } from '../common/uuid.pipe';
import { periodParam, sendDownload } from './http/download';
import { MAX_IMPORT_BYTES, readUpload, type UploadedXlsx } from './http/upload';
import { ReportsService } from './reports.service';
import { ValuesImportService, type ImportResult } from './values-import.service';

/**
 * Spreadsheet import of self values (Authorization: Bearer <token>): download the template, fill it,
 * POST it back (multipart field `file`, or the raw body). See docs/reports.md.
 */
@Controller('api/imports')
@UseGuards(AuthGuard)
export class ImportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly imports: ValuesImportService,
    @Inject(PINO_LOGGER) private readonly log: Logger,
  ) {}

  /** The period's template for the unit's editable branches, pre-filled with their self values. */
  @Get('template.xlsx')
  async template(
    @CurrentUser() user: AuthUser,
    @Query('unitId', new UuidPipe('unitId')) unitId: string,
    @Query('period') period: unknown,
    @Res() res: HttpResponse,
  ): Promise<void> {
    await sendDownload(res, await this.reports.template(user, unitId, periodParam(period)), this.log);
  }

  /**
   * Import a filled template. 200 with counts in total and per branch; 400 with every problem
   * `{ row, column, field, label, code, reason }` and nothing applied. `dryRun=true` rolls back and
   * answers a refused file's problems with 200 (`errors`): the check itself succeeded.
   */
  @Post('values')
  @HttpCode(200)
  // First: the refusal audit also sees the upload limits FileInterceptor enforces.
  @UseInterceptors(
    AuditRefusals('IMPORT_REFUSED', (query) => ({
      type: 'Period',
      details: { import: 'values', period: query.get('period') },
    })),
    FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10 } }),
  )
  values(
    @CurrentUser() user: AuthUser,
    @Query('period') period: unknown,
    @Query('dryRun') dryRun: unknown,
    @Req() req: AppRequest,
    @UploadedFile() file?: UploadedXlsx,
  ): Promise<ImportResult> {
    return this.imports.import(user, periodParam(period), dryRunParam(dryRun), () => readUpload(req, file));
  }
}

function dryRunParam(value: unknown): boolean {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw badUserInput('dryRun must be true or false', { field: 'dryRun' });
}
