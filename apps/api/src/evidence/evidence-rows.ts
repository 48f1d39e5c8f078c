import type { EntityManager } from 'typeorm';
import type { AccessPolicy } from '../auth/access-policy.service';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/errors';
import { ACCEPTED_TYPES, type EvidenceKind } from './evidence-type';

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
export interface ScopedFile extends EvidenceFileView {
  districtId: string;
  branchId: string;
  branchPath: string;
  /** Set when the file belongs to a rectification answer (整改佐证), not to the indicator value. */
  rectificationItemId: string | null;
  /** The ANSWER event the file was sent with; null while it waits for the answer. */
  rectificationEventId: string | null;
}

/** Every evidence row, with its branch and period (assessment files and rectification files alike). */
export const FILE_SELECT = `
  SELECT f.id, f.assessment_id, f.indicator_code, f.original_name, f.mime_type, f.size_bytes, f.sha256,
         f.created_at, f.district_id, a.branch_id, u.path AS branch_path,
         f.rectification_item_id, f.rectification_event_id,
         to_char(f.photo_taken_on, 'YYYY-MM-DD') AS photo_taken_on, p.code AS period_code
    FROM evidence_file f
    JOIN assessment a ON a.district_id = f.district_id AND a.id = f.assessment_id
    JOIN org_unit u ON u.district_id = a.district_id AND u.id = a.branch_id
    JOIN period p ON p.district_id = a.district_id AND p.id = a.period_id`;

/** The files behind indicator values only: rectification files are listed on their item. */
export const VALUE_FILES = `f.rectification_item_id IS NULL`;

export function toScopedFile(r: Record<string, unknown>): ScopedFile {
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
    rectificationItemId: (r['rectification_item_id'] as string | null) ?? null,
    rectificationEventId: (r['rectification_event_id'] as string | null) ?? null,
  };
}

export function publicView(file: ScopedFile | EvidenceFileView): EvidenceFileView {
  const { id, assessmentId, indicatorCode, name, mimeType, kind, sizeBytes, sha256, uploadedAt } = file;
  return { id, assessmentId, indicatorCode, name, mimeType, kind, sizeBytes, sha256, uploadedAt };
}

/**
 * A file the caller may see (its branch's values); out of scope answers exactly like a missing id.
 * Looked up in the caller's district only (one shard under Citus): another district's file is missing.
 */
export async function visibleFile(
  m: EntityManager,
  policy: AccessPolicy,
  user: AuthUser,
  fileId: string,
): Promise<ScopedFile> {
  const rows: Record<string, unknown>[] = await m.query(
    `${FILE_SELECT} WHERE f.id = $1 AND f.district_id = $2`,
    [fileId, user.districtId],
  );
  const file = rows.length ? toScopedFile(rows[0]) : null;
  if (!file || !policy.canSeeBranchValues(user, { id: file.branchId, path: file.branchPath }))
    throw notFound('EvidenceFile', fileId);
  return file;
}
