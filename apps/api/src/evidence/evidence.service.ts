import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { STATUS_NAMES } from '@pathboard/reports';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy.service';
import { Role, type AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { loadContext, type AssessmentContext } from '../assessments/assessment-rows';
import { checkTransition } from '../assessments/assessment-workflow';
import { badUserInput, notFound } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FrameworksService } from '../frameworks/frameworks.service';
import { PeriodStatusEnum } from '../periods/models/period.model';
import {
  assertWithinAssessmentLimit,
  checkFiles,
  lockHash,
  storeFiles,
  type IncomingFile,
} from './evidence-intake';
import { publicView, visibleFile, type EvidenceFileView } from './evidence-rows';
import { lockOpenItem } from './rectification-evidence-access';
import { BLOB_STORE, type BlobStore } from './storage/blob-store';

export type { IncomingFile } from './evidence-intake';
export type { EvidenceFileView, ReviewedFile } from './evidence-rows';

/**
 * Evidence files behind indicator values: upload, removal, and the clean-up of unreferenced bytes
 * (reading is EvidenceReaderService). Writes run in one transaction with the assessment checks
 * (scope, open period, editable status); bytes go to the BlobStore under their SHA-256, guarded by a
 * transaction-scoped advisory lock per hash so a clean-up never deletes bytes an upload is attaching.
 */
@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(BLOB_STORE) private readonly store: BlobStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policy: AccessPolicy,
    private readonly frameworks: FrameworksService,
    private readonly audit: AuditService,
  ) {}

  async upload(
    user: AuthUser,
    assessmentId: string,
    indicatorCode: string,
    files: IncomingFile[],
  ): Promise<EvidenceFileView[]> {
    this.policy.assertRole(user, [Role.BRANCH], 'evidence.upload');
    if (!files.length)
      throw badUserInput('no file in the upload: send multipart/form-data with one or more "files" fields', {
        field: 'files',
      });
    const checked = await checkFiles(files, this.config.evidence.maxFileBytes);
    const created: string[] = [];
    try {
      return await this.dataSource.transaction(async (m) => {
        const ctx = await this.editableContext(m, user, assessmentId, 'evidence.upload');
        const framework = await this.frameworks.definition(ctx.frameworkId, m);
        if (!framework.paths.some((p) => p.indicators.some((i) => i.code === indicatorCode))) {
          throw badUserInput(`indicator ${indicatorCode} is not part of this assessment's framework`, {
            field: 'indicatorCode',
            indicator: indicatorCode,
          });
        }
        await assertWithinAssessmentLimit(
          m,
          ctx.districtId,
          ctx.id,
          checked,
          this.config.evidence.maxAssessmentBytes,
        );
        const target = { districtId: ctx.districtId, assessmentId: ctx.id, indicatorCode };
        return storeFiles(m, { store: this.store, audit: this.audit }, user, target, checked, created);
      });
    } catch (err) {
      // Bytes this upload added are removed again unless something else references them by now.
      for (const sha of created) await this.collect(sha);
      throw err;
    }
  }

  async remove(user: AuthUser, fileId: string): Promise<void> {
    this.policy.assertRole(user, [Role.BRANCH], 'evidence.delete');
    const sha = await this.dataSource.transaction(async (m) => {
      const file = await visibleFile(m, this.policy, user, fileId);
      // A rectification file may go while its item is OPEN and the file not yet sent with an answer.
      if (file.rectificationItemId) await lockOpenItem(m, this.policy, user, file, 'evidence.delete');
      else await this.editableContext(m, user, file.assessmentId, 'evidence.delete');
      await m.query(`DELETE FROM evidence_file WHERE id = $1 AND district_id = $2`, [
        file.id,
        file.districtId,
      ]);
      await this.audit.record(m, {
        districtId: file.districtId,
        actorId: user.id,
        action: 'EVIDENCE_DELETED',
        targetType: 'EvidenceFile',
        targetId: file.id,
        before: publicView(file),
      });
      return file.sha256;
    });
    await this.collect(sha);
  }

  /**
   * Deletes the bytes of `sha256` when no evidence row references them any more. Takes the hash's
   * advisory lock first, so an upload attaching the same bytes either committed its row before (and
   * the bytes stay) or waits and stores them again after. The count is over every district on
   * purpose: the store is shared and content-addressed, so another district's file may hold the bytes.
   */
  async collect(sha256: string): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      await lockHash(m, sha256);
      const [{ n }]: { n: number }[] = await m.query(
        `SELECT count(*)::int AS n FROM evidence_file WHERE sha256 = $1`,
        [sha256],
      );
      if (n > 0) return false;
      await this.store.delete(sha256);
      return true;
    });
  }

  /** The assessment, locked, when the caller's branch may still change it. */
  private async editableContext(
    m: EntityManager,
    user: AuthUser,
    assessmentId: string,
    action: string,
  ): Promise<AssessmentContext> {
    // FOR UPDATE: a submit/approve racing this write waits, then sees the files (or we see its status).
    // Both in the caller's district: another district's assessment answers as a missing one.
    await m.query(`SELECT id FROM assessment WHERE id = $1 AND district_id = $2 FOR UPDATE`, [
      assessmentId,
      user.districtId,
    ]);
    const ctx = await loadContext(m, assessmentId, user.districtId);
    if (!ctx || !this.policy.canSeeBranchValues(user, { id: ctx.branchId, path: ctx.branchPath }))
      throw notFound('Assessment', assessmentId);
    if (ctx.periodStatus !== PeriodStatusEnum.OPEN) {
      throw badUserInput(`period ${ctx.periodCode} is closed: its evidence can no longer change`, {
        field: 'assessmentId',
        reason: 'PERIOD_CLOSED',
      });
    }
    const transition = checkTransition('SAVE', ctx.status);
    if (!transition.ok) {
      throw badUserInput(`the assessment is ${ctx.status.toLowerCase()}: its evidence can no longer change`, {
        field: 'assessmentId',
        reason: 'NOT_EDITABLE',
        status: ctx.status,
        action,
        messageZh: `该考评当前为“${STATUS_NAMES[ctx.status] ?? ctx.status}”，佐证材料不能再修改`,
      });
    }
    return ctx;
  }
}
