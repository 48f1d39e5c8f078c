import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy.service';
import { Role, type AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { badUserInput } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { assertWithinAssessmentLimit, checkFiles, storeFiles, type IncomingFile } from './evidence-intake';
import { FILE_SELECT, publicView, toScopedFile, type EvidenceFileView } from './evidence-rows';
import { EvidenceService } from './evidence.service';
import { lockOpenItem } from './rectification-evidence-access';
import { BLOB_STORE, type BlobStore } from './storage/blob-store';

/** A file of a rectification answer: pending (eventId null) until the answer is sent. */
export interface ItemEvidenceFile extends EvidenceFileView {
  itemId: string;
  eventId: string | null;
}

/**
 * Evidence on rectification answers (整改佐证): the branch attaches files to its OPEN item through
 * the same intake as indicator values (content checks, limits, content-addressed storage, audit);
 * `answerRectification` then binds the waiting files to its ANSWER event, so each answer in the
 * item's history keeps its own files. Bytes are read through the usual `GET /api/evidence/:id`.
 */
@Injectable()
export class RectificationEvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(BLOB_STORE) private readonly store: BlobStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly evidence: EvidenceService,
  ) {}

  /** BRANCH, its own OPEN item: attach files to the coming answer; all or nothing. */
  async upload(user: AuthUser, itemId: string, files: IncomingFile[]): Promise<EvidenceFileView[]> {
    this.policy.assertRole(user, [Role.BRANCH], 'evidence.upload');
    if (!files.length)
      throw badUserInput('no file in the upload: send multipart/form-data with one or more "files" fields', {
        field: 'files',
      });
    const checked = await checkFiles(files, this.config.evidence.maxFileBytes);
    const created: string[] = [];
    try {
      return await this.dataSource.transaction(async (m) => {
        const item = await lockOpenItem(
          m,
          this.policy,
          user,
          { rectificationItemId: itemId },
          'evidence.upload',
        );
        await assertWithinAssessmentLimit(
          m,
          item.districtId,
          item.assessmentId,
          checked,
          this.config.evidence.maxAssessmentBytes,
        );
        const target = {
          districtId: item.districtId,
          assessmentId: item.assessmentId,
          indicatorCode: item.indicatorCode,
          rectificationItemId: item.id,
        };
        return storeFiles(m, { store: this.store, audit: this.audit }, user, target, checked, created);
      });
    } catch (err) {
      for (const sha of created) await this.evidence.collect(sha);
      throw err;
    }
  }

  /**
   * Inside the answering transaction (item locked): the item's waiting files become part of the
   * ANSWER event. Returns their ids for the audit. `districtId` is the item's.
   */
  async bindToAnswer(
    m: EntityManager,
    districtId: string,
    itemId: string,
    eventId: string,
  ): Promise<string[]> {
    // Through a CTE: a bare UPDATE … RETURNING answers [rows, count] on the pg driver.
    const rows: { id: string }[] = await m.query(
      `WITH bound AS (
         UPDATE evidence_file SET rectification_event_id = $2
          WHERE district_id = $3 AND rectification_item_id = $1 AND rectification_event_id IS NULL RETURNING id)
       SELECT id FROM bound`,
      [itemId, eventId, districtId],
    );
    return rows.map((r) => r.id).sort();
  }

  /** Files of already scope-checked items of district `districtId`, one query, in upload order. */
  async filesOfItems(districtId: string, itemIds: readonly string[]): Promise<ItemEvidenceFile[]> {
    if (!itemIds.length) return [];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `${FILE_SELECT} WHERE f.district_id = $2 AND f.rectification_item_id = ANY($1::uuid[])
        ORDER BY f.created_at, f.original_name, f.id`,
      [itemIds, districtId],
    );
    return rows.map((r) => {
      const file = toScopedFile(r);
      return { ...publicView(file), itemId: file.rectificationItemId!, eventId: file.rectificationEventId };
    });
  }
}
