import { createHash } from 'node:crypto';
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
import { photoTakenOn } from './photo-date';
import { megabytes, uploadRefused, type FileRefusal } from './evidence-refusal';
import {
  ACCEPTED_DESCRIPTION,
  ACCEPTED_TYPES,
  detectEvidenceType,
  displayNameProblem,
  type EvidenceKind,
} from './evidence-type';
import { BLOB_STORE, type BlobStore } from './storage/blob-store';

/** A file as the multipart parser hands it over (memory storage). */
export interface IncomingFile {
  originalname: string;
  buffer: Buffer;
}

export interface EvidenceFileView {
  id: string;
  assessmentId: string;
  indicatorCode: string;
  name: string;
  mimeType: string;
  kind: EvidenceKind;
  sizeBytes: number;
  sha256: string;
  uploadedAt: Date;
}

/** A file as a reviewer sees it: with how many other branches attached the same bytes. */
export interface ReviewedFile extends EvidenceFileView {
  otherBranches: number;
  /** EXIF capture date `YYYY-MM-DD`, or null. */
  photoTakenOn: string | null;
  periodCode: string;
}

/** A file row with what the access checks need. */
interface ScopedFile extends EvidenceFileView {
  districtId: string;
  branchId: string;
  branchPath: string;
}

const FILE_SELECT = `
  SELECT f.id, f.assessment_id, f.indicator_code, f.original_name, f.mime_type, f.size_bytes, f.sha256,
         f.created_at, f.district_id, a.branch_id, u.path AS branch_path,
         to_char(f.photo_taken_on, 'YYYY-MM-DD') AS photo_taken_on, p.code AS period_code
    FROM evidence_file f
    JOIN assessment a ON a.id = f.assessment_id
    JOIN org_unit u ON u.id = a.branch_id
    JOIN period p ON p.id = a.period_id`;

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
        await this.assertWithinAssessmentLimit(m, ctx.id, checked);
        // Locks in hash order so two uploads sharing files cannot deadlock.
        for (const sha of [...new Set(checked.map((f) => f.sha256))].sort()) await lockHash(m, sha);
        const views: EvidenceFileView[] = [];
        for (const file of checked) {
          if (await this.store.put(file.sha256, file.bytes)) created.push(file.sha256);
          const [row]: { id: string; created_at: Date }[] = await m.query(
            `INSERT INTO evidence_file (district_id, assessment_id, indicator_code, sha256, size_bytes, mime_type, original_name, uploaded_by, photo_taken_on)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::date) RETURNING id, created_at`,
            [
              ctx.districtId,
              ctx.id,
              indicatorCode,
              file.sha256,
              file.bytes.length,
              file.mime,
              file.name,
              user.id,
              file.photoTakenOn,
            ],
          );
          const view = {
            id: row.id,
            assessmentId: ctx.id,
            indicatorCode,
            name: file.name,
            mimeType: file.mime,
            kind: ACCEPTED_TYPES[file.mime],
            sizeBytes: file.bytes.length,
            sha256: file.sha256,
            uploadedAt: row.created_at,
          };
          await this.audit.record(m, {
            districtId: ctx.districtId,
            actorId: user.id,
            action: 'EVIDENCE_UPLOADED',
            targetType: 'EvidenceFile',
            targetId: row.id,
            after: view,
          });
          views.push(view);
        }
        return views;
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
      await this.editableContext(m, user, file.assessmentId, 'evidence.delete');
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
      `${FILE_SELECT} WHERE f.assessment_id = $1 ORDER BY f.indicator_code, f.created_at, f.original_name, f.id`,
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
         FROM (${FILE_SELECT} WHERE f.assessment_id = ANY($1::uuid[])) q
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

  private async assertWithinAssessmentLimit(
    m: EntityManager,
    assessmentId: string,
    files: CheckedFile[],
  ): Promise<void> {
    const [{ total }]: { total: string | number }[] = await m.query(
      `SELECT COALESCE(SUM(size_bytes), 0) AS total FROM evidence_file WHERE assessment_id = $1`,
      [assessmentId],
    );
    const limit = this.config.evidence.maxAssessmentBytes;
    let sum = Number(total);
    const refusals: FileRefusal[] = [];
    for (const file of files) {
      sum += file.bytes.length;
      if (sum > limit)
        refusals.push({
          file: file.name,
          code: 'ASSESSMENT_LIMIT',
          reason: `the assessment's files would exceed ${megabytes(limit)} in total`,
        });
    }
    if (refusals.length) throw uploadRefused(refusals);
  }
}

interface CheckedFile {
  name: string;
  bytes: Buffer;
  mime: string;
  sha256: string;
  photoTakenOn: string | null;
}

/** Every file checked before anything is stored; any refusal refuses the whole upload. */
async function checkFiles(files: IncomingFile[], maxFileBytes: number): Promise<CheckedFile[]> {
  const refusals: FileRefusal[] = [];
  const checked: CheckedFile[] = [];
  for (const { originalname: name, buffer: bytes } of files) {
    const nameProblem = displayNameProblem(name);
    if (nameProblem) {
      refusals.push({ file: name, code: 'BAD_NAME', reason: nameProblem });
      continue;
    }
    if (bytes.length === 0) {
      refusals.push({ file: name, code: 'EMPTY', reason: 'the file is empty' });
      continue;
    }
    if (bytes.length > maxFileBytes) {
      refusals.push({
        file: name,
        code: 'TOO_LARGE',
        reason: `the file is larger than the limit of ${megabytes(maxFileBytes)}`,
      });
      continue;
    }
    const type = await detectEvidenceType(bytes);
    if (!type) {
      refusals.push({
        file: name,
        code: 'TYPE_NOT_ACCEPTED',
        reason: `its content is not one of ${ACCEPTED_DESCRIPTION} (the name's extension is not trusted)`,
      });
      continue;
    }
    checked.push({
      name,
      bytes,
      mime: type.mime,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      photoTakenOn: type.kind === 'IMAGE' ? await photoTakenOn(bytes) : null,
    });
  }
  if (refusals.length) throw uploadRefused(refusals);
  return checked;
}

async function lockHash(m: EntityManager, sha256: string): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`evidence:${sha256}`]);
}

function toScopedFile(r: Record<string, unknown>): ScopedFile {
  const mimeType = r['mime_type'] as string;
  return {
    id: r['id'] as string,
    assessmentId: r['assessment_id'] as string,
    indicatorCode: r['indicator_code'] as string,
    name: r['original_name'] as string,
    mimeType,
    kind: ACCEPTED_TYPES[mimeType] ?? 'OFFICE',
    sizeBytes: Number(r['size_bytes']),
    sha256: r['sha256'] as string,
    uploadedAt: r['created_at'] as Date,
    districtId: r['district_id'] as string,
    branchId: r['branch_id'] as string,
    branchPath: r['branch_path'] as string,
  };
}

function publicView(file: ScopedFile | EvidenceFileView): EvidenceFileView {
  const { id, assessmentId, indicatorCode, name, mimeType, kind, sizeBytes, sha256, uploadedAt } = file;
  return { id, assessmentId, indicatorCode, name, mimeType, kind, sizeBytes, sha256, uploadedAt };
}
