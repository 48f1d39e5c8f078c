import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Query,
  Req,
  Res,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { AuditRefusals } from '../audit/refusal-audit.interceptor';
import { AuthGuard } from '../auth/auth.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { badUserInput } from '../common/errors';
import type { HttpRequest, HttpResponse } from '../common/http-types';
import { PINO_LOGGER } from '../common/logger';
import { UuidPipe } from '../common/uuid.pipe';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { contentDisposition, sendDownload } from '../reports/http/download';
import type { EvidenceFileView } from './evidence-rows';
import { EvidenceReaderService } from './evidence-reader.service';
import { EvidenceService } from './evidence.service';
import { RectificationEvidenceService } from './rectification-evidence.service';
import { previewOf, thumbnailOf } from './evidence-thumbnail';
import { readEvidenceFiles } from './multipart-upload';

/**
 * Evidence files over HTTP (Authorization: Bearer <token>, the same JWT and scope rules as GraphQL).
 * Bytes only ever leave through here, after the scope check; see docs/evidence.md.
 */
@Controller('api/evidence')
@UseGuards(AuthGuard)
export class EvidenceController {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly reader: EvidenceReaderService,
    private readonly rectificationEvidence: RectificationEvidenceService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PINO_LOGGER) private readonly log: Logger,
  ) {}

  /**
   * Attach files (multipart field `files`, several allowed) to one indicator value
   * (`assessmentId` + `indicatorCode`), or to the coming answer of a rectification item
   * (`rectificationItemId`); all or nothing.
   */
  @Post()
  @HttpCode(201)
  // Every refused upload (bad type or name, size limits, not in the framework, not editable) is audited.
  @UseInterceptors(
    AuditRefusals('EVIDENCE_UPLOAD_REFUSED', (query) =>
      query.has('rectificationItemId')
        ? { type: 'RectificationItem', id: query.get('rectificationItemId') }
        : {
            type: 'Assessment',
            id: query.get('assessmentId'),
            details: { indicatorCode: query.get('indicatorCode') },
          },
    ),
  )
  async upload(
    @CurrentUser() user: AuthUser,
    @Query('assessmentId') assessmentIdParam: unknown,
    @Query('indicatorCode') indicatorCode: unknown,
    @Query('rectificationItemId') itemId: unknown,
    @Req() req: HttpRequest,
    @Res({ passthrough: true }) res: HttpResponse,
  ): Promise<{ files: EvidenceFileView[] }> {
    if (itemId !== undefined) {
      const id = new UuidPipe('rectificationItemId').transform(itemId);
      if (assessmentIdParam !== undefined || indicatorCode !== undefined)
        throw badUserInput('send either rectificationItemId or assessmentId with indicatorCode, not both', {
          field: 'rectificationItemId',
        });
      const files = await readEvidenceFiles(req, res, this.config.evidence.maxFileBytes);
      return { files: await this.rectificationEvidence.upload(user, id, files) };
    }
    const assessmentId = new UuidPipe('assessmentId').transform(assessmentIdParam);
    if (typeof indicatorCode !== 'string' || !/^[A-Z0-9_]{1,64}$/.test(indicatorCode)) {
      throw badUserInput('indicatorCode is required, e.g. indicatorCode=ORG_MEETINGS', {
        field: 'indicatorCode',
      });
    }
    const files = await readEvidenceFiles(req, res, this.config.evidence.maxFileBytes);
    return { files: await this.evidence.upload(user, assessmentId, indicatorCode, files) };
  }

  @Get()
  async list(
    @CurrentUser() user: AuthUser,
    @Query('assessmentId', new UuidPipe('assessmentId')) assessmentId: string,
  ): Promise<{ files: EvidenceFileView[] }> {
    return { files: await this.reader.list(user, assessmentId) };
  }

  /** One assessment's evidence as a ZIP for the archive (归档). Declared before `:id` so it is matched first. */
  @Get('archive.zip')
  async archive(
    @CurrentUser() user: AuthUser,
    @Query('assessmentId', new UuidPipe('assessmentId')) assessmentId: string,
    @Res() res: HttpResponse,
  ): Promise<void> {
    await sendDownload(res, await this.reader.archive(user, assessmentId), this.log);
  }

  /** The file itself: images and PDFs inline (the browser's viewer), office files as a download. */
  @Get(':id')
  async download(
    @CurrentUser() user: AuthUser,
    @Param('id', new UuidPipe('id')) id: string,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const { file, bytes } = await this.reader.read(user, id, 'download');
    const disposition = contentDisposition(file.name, `evidence-${file.id}`);
    send(
      res,
      file.kind === 'OFFICE' ? disposition : disposition.replace(/^attachment/, 'inline'),
      file.mimeType,
      bytes,
    );
  }

  /** A small WebP of an image (made by the server with sharp, EXIF orientation applied). */
  @Get(':id/thumbnail')
  async thumbnail(
    @CurrentUser() user: AuthUser,
    @Param('id', new UuidPipe('id')) id: string,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const { file, bytes } = await this.reader.read(user, id, 'thumbnail');
    send(res, 'inline', 'image/webp', await thumbnailOf(file, bytes));
  }

  /** The photo as a JPEG any browser shows (HEIC from phones converted), for opening beside the value. */
  @Get(':id/preview')
  async preview(
    @CurrentUser() user: AuthUser,
    @Param('id', new UuidPipe('id')) id: string,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const { file, bytes } = await this.reader.read(user, id, 'download');
    send(res, 'inline', 'image/jpeg', await previewOf(file, bytes));
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentUser() user: AuthUser, @Param('id', new UuidPipe('id')) id: string): Promise<void> {
    await this.evidence.remove(user, id);
  }
}

function send(res: HttpResponse, disposition: string, contentType: string, bytes: Buffer): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', bytes.length);
  res.setHeader('Content-Disposition', disposition);
  // Private, and never sniffed into something executable; a sandbox CSP keeps a PDF or SVG-ish payload inert.
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader(
    'Content-Security-Policy',
    "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'",
  );
  res.end(bytes);
}
