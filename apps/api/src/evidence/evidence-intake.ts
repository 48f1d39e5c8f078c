import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import type { AuditService } from '../audit/audit.service';
import { megabytes, uploadRefused, type FileRefusal } from './evidence-refusal';
import type { EvidenceFileView } from './evidence-rows';
import {
  ACCEPTED_DESCRIPTION,
  ACCEPTED_TYPES,
  detectEvidenceType,
  displayNameProblem,
} from './evidence-type';
import { photoTakenOn } from './photo-date';
import type { BlobStore } from './storage/blob-store';

/**
 * The one intake of evidence bytes, shared by the files of indicator values and those of
 * rectification answers: checks by content, size limits, content-addressed storage under a per-hash
 * lock, one row and one audit event per file.
 */

/** A file as the multipart parser hands it over (memory storage). */
export interface IncomingFile {
  originalname: string;
  buffer: Buffer;
}

export interface CheckedFile {
  name: string;
  bytes: Buffer;
  mime: string;
  sha256: string;
  photoTakenOn: string | null;
}

/** Where checked files are attached: an indicator value, or also a rectification item's answer. */
export interface IntakeTarget {
  districtId: string;
  assessmentId: string;
  indicatorCode: string;
  rectificationItemId?: string;
}

/** Every file checked before anything is stored; any refusal refuses the whole upload. */
export async function checkFiles(files: IncomingFile[], maxFileBytes: number): Promise<CheckedFile[]> {
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

export async function lockHash(m: EntityManager, sha256: string): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`evidence:${sha256}`]);
}

/**
 * All files of one assessment (values and rectification answers) stay under `limit` bytes together.
 * `districtId` is the assessment's.
 */
export async function assertWithinAssessmentLimit(
  m: EntityManager,
  districtId: string,
  assessmentId: string,
  files: CheckedFile[],
  limit: number,
): Promise<void> {
  const [{ total }]: { total: string | number }[] = await m.query(
    `SELECT COALESCE(SUM(size_bytes), 0) AS total FROM evidence_file WHERE assessment_id = $1 AND district_id = $2`,
    [assessmentId, districtId],
  );
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

/**
 * Stores the bytes and inserts one row per file, audited, inside the caller's transaction (whose
 * access checks already ran). Hashes whose bytes this call added are pushed to `created`, so the
 * caller can collect them again when the transaction fails.
 */
export async function storeFiles(
  m: EntityManager,
  deps: { store: BlobStore; audit: AuditService },
  user: AuthUser,
  target: IntakeTarget,
  checked: CheckedFile[],
  created: string[],
): Promise<EvidenceFileView[]> {
  // Locks in hash order so two uploads sharing files cannot deadlock.
  for (const sha of [...new Set(checked.map((f) => f.sha256))].sort()) await lockHash(m, sha);
  const views: EvidenceFileView[] = [];
  for (const file of checked) {
    if (await deps.store.put(file.sha256, file.bytes)) created.push(file.sha256);
    const [row]: { id: string; created_at: Date }[] = await m.query(
      `INSERT INTO evidence_file (district_id, assessment_id, indicator_code, sha256, size_bytes, mime_type, original_name, uploaded_by, photo_taken_on, rectification_item_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::date, $10) RETURNING id, created_at`,
      [
        target.districtId,
        target.assessmentId,
        target.indicatorCode,
        file.sha256,
        file.bytes.length,
        file.mime,
        file.name,
        user.id,
        file.photoTakenOn,
        target.rectificationItemId ?? null,
      ],
    );
    const view = {
      id: row.id,
      assessmentId: target.assessmentId,
      indicatorCode: target.indicatorCode,
      name: file.name,
      mimeType: file.mime,
      kind: ACCEPTED_TYPES[file.mime],
      sizeBytes: file.bytes.length,
      sha256: file.sha256,
      uploadedAt: row.created_at,
    };
    await deps.audit.record(m, {
      districtId: target.districtId,
      actorId: user.id,
      action: 'EVIDENCE_UPLOADED',
      targetType: 'EvidenceFile',
      targetId: row.id,
      after: target.rectificationItemId ? { ...view, rectificationItemId: target.rectificationItemId } : view,
    });
    views.push(view);
  }
  return views;
}
