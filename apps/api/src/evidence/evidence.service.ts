import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
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
import { asciiPart } from '../reports/http/download';
import { archiveEntryNames, buildArchive } from './evidence-archive';
import {
  assertWithinAssessmentLimit,
  checkFiles,
  lockHash,
  storeFiles,
  type IncomingFile,
} from './evidence-intake';
import {
  FILE_SELECT,
  publicView,
  toScopedFile,
  VALUE_FILES,
  type EvidenceFileView,
  type ReviewedFile,
  type ScopedFile,
} from './evidence-rows';
import { lockOpenItem } from './rectification-evidence-access';
import { BLOB_STORE, type BlobStore } from './storage/blob-store';

export type { IncomingFile } from './evidence-intake';
export type { EvidenceFileView, ReviewedFile } from './evidence-rows';

/**
 * Evidence files behind indicator values. Writes run in one transaction with the assessment checks
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
        await assertWithinAssessmentLimit(m, ctx.id, checked, this.config.evidence.maxAssessmentBytes);
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
      const file = await this.visibleFile(m, user, fileId);
      // A rectification file may go while its item is OPEN and the file not yet sent with an answer.
      if (file.rectificationItemId) await lockOpenItem(m, this.policy, user, file, 'evidence.delete');
      else await this.editableContext(m, user, file.assessmentId, 'evidence.delete');
      await m.query(`DELETE FROM evidence_file WHERE id = $1`, [file.id]);
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

  /** The file's metadata and bytes for a caller who may see the branch's values; reviewers' reads are audited. */
  async read(
    user: AuthUser,
    fileId: string,
    purpose: 'download' | 'thumbnail',
  ): Promise<{ file: EvidenceFileView; bytes: Buffer }> {
    const file = await this.dataSource.transaction(async (m) => {
      const found = await this.visibleFile(m, user, fileId);
      if (user.role !== Role.BRANCH && purpose === 'download') {
        await this.audit.record(m, {
          districtId: found.districtId,
          actorId: user.id,
          action: 'EVIDENCE_DOWNLOADED',
          targetType: 'EvidenceFile',
          targetId: found.id,
          after: { name: found.name, sha256: found.sha256 },
        });
      }
      return found;
    });
    const bytes = await this.store.get(file.sha256);
    if (!bytes) throw new Error(`evidence ${file.id}: bytes ${file.sha256} missing from the store`);
    return { file: publicView(file), bytes };
  }

  /** Every file of an assessment the caller may see, by indicator then upload time. */
  async list(user: AuthUser, assessmentId: string): Promise<EvidenceFileView[]> {
    const m = this.dataSource.manager;
    const ctx = await loadContext(m, assessmentId);
    if (!ctx || !this.policy.canSeeBranchValues(user, { id: ctx.branchId, path: ctx.branchPath }))
      throw notFound('Assessment', assessmentId);
    const rows: Record<string, unknown>[] = await m.query(
      `${FILE_SELECT} WHERE f.assessment_id = $1 AND ${VALUE_FILES} ORDER BY f.indicator_code, f.created_at, f.original_name, f.id`,
      [assessmentId],
    );
    return rows.map((r) => publicView(toScopedFile(r)));
  }

  /**
   * One assessment's evidence as a ZIP for the archive (归档), files named by indicator. Committee
   * roles in scope (ADMIN, REVIEWER); audited. A branch or an out-of-scope id gets NOT_FOUND.
   */
  async archive(
    user: AuthUser,
    assessmentId: string,
  ): Promise<{ filename: string; fallbackName: string; bytes: Buffer }> {
    this.policy.assertRole(user, [Role.ADMIN, Role.REVIEWER], 'evidence.archive');
    const { ctx, branchCode, files } = await this.dataSource.transaction(async (m) => {
      const found = await loadContext(m, assessmentId);
      if (!found || !this.policy.canSeeBranchValues(user, { id: found.branchId, path: found.branchPath }))
        throw notFound('Assessment', assessmentId);
      const [{ code }]: { code: string }[] = await m.query(`SELECT code FROM org_unit WHERE id = $1`, [
        found.branchId,
      ]);
      const [listed] = await this.filesOf([found.id], m);
      await this.audit.record(m, {
        districtId: found.districtId,
        actorId: user.id,
        action: 'EVIDENCE_ARCHIVE_DOWNLOADED',
        targetType: 'Assessment',
        targetId: found.id,
        after: { files: listed.length },
      });
      return { ctx: found, branchCode: code, files: listed };
    });
    const framework = await this.frameworks.definition(ctx.frameworkId);
    const names = archiveEntryNames(framework, files);
    const entries = [];
    for (const [i, file] of files.entries()) {
      const bytes = await this.store.get(file.sha256);
      if (!bytes) throw new Error(`evidence ${file.id}: bytes ${file.sha256} missing from the store`);
      entries.push({ name: names[i], bytes, date: file.uploadedAt });
    }
    return {
      filename: `${branchCode}_${ctx.periodCode}_佐证材料.zip`,
      fallbackName: `${asciiPart(branchCode)}_${ctx.periodCode}_evidence.zip`,
      bytes: await buildArchive(entries),
    };
  }

  /** Files of already scope-checked assessments (GraphQL field), grouped per assessment id, one query. */
  async filesOf(
    assessmentIds: readonly string[],
    m: EntityManager = this.dataSource.manager,
  ): Promise<ReviewedFile[][]> {
    // other_branches: how many other branches attached the same bytes (uses ix_evidence_file_sha256).
    const rows: Record<string, unknown>[] = await m.query(
      `SELECT q.*, (SELECT count(DISTINCT a2.branch_id)::int FROM evidence_file f2 JOIN assessment a2 ON a2.id = f2.assessment_id
                     WHERE f2.sha256 = q.sha256 AND a2.branch_id <> q.branch_id) AS other_branches
         FROM (${FILE_SELECT} WHERE f.assessment_id = ANY($1::uuid[]) AND ${VALUE_FILES}) q
        ORDER BY q.indicator_code, q.created_at, q.original_name, q.id`,
      [assessmentIds],
    );
    const byAssessment = new Map<string, ReviewedFile[]>(assessmentIds.map((id) => [id, []]));
    for (const row of rows) {
      const file = {
        ...publicView(toScopedFile(row)),
        otherBranches: Number(row['other_branches']),
        photoTakenOn: (row['photo_taken_on'] as string | null) ?? null,
        periodCode: row['period_code'] as string,
      };
      byAssessment.get(file.assessmentId)?.push(file);
    }
    return assessmentIds.map((id) => byAssessment.get(id)!);
  }

  /**
   * Deletes the bytes of `sha256` when no evidence row references them any more. Takes the hash's
   * advisory lock first, so an upload attaching the same bytes either committed its row before (and
   * the bytes stay) or waits and stores them again after.
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

  /** Out of scope answers exactly like a missing id (no existence leak). */
  private async visibleFile(m: EntityManager, user: AuthUser, fileId: string): Promise<ScopedFile> {
    const rows: Record<string, unknown>[] = await m.query(`${FILE_SELECT} WHERE f.id = $1`, [fileId]);
    const file = rows.length ? toScopedFile(rows[0]) : null;
    if (!file || !this.policy.canSeeBranchValues(user, { id: file.branchId, path: file.branchPath }))
      throw notFound('EvidenceFile', fileId);
    return file;
  }

  /** The assessment, locked, when the caller's branch may still change it. */
  private async editableContext(
    m: EntityManager,
    user: AuthUser,
    assessmentId: string,
    action: string,
  ): Promise<AssessmentContext> {
    // FOR UPDATE: a submit/approve racing this write waits, then sees the files (or we see its status).
    await m.query(`SELECT id FROM assessment WHERE id = $1 FOR UPDATE`, [assessmentId]);
    const ctx = await loadContext(m, assessmentId);
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
      throw badUserInput(`the assessment is ${ctx.status}: its evidence can no longer change (${action})`, {
        field: 'assessmentId',
        reason: 'NOT_EDITABLE',
        status: ctx.status,
      });
    }
    return ctx;
  }
}
