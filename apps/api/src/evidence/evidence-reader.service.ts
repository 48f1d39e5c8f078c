import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy.service';
import { Role, type AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { loadContext } from '../assessments/assessment-rows';
import { notFound } from '../common/errors';
import { FrameworksService } from '../frameworks/frameworks.service';
import { asciiPart, type Download } from '../reports/http/download';
import { archiveEntryNames, writeArchive } from './evidence-archive';
import {
  FILE_SELECT,
  publicView,
  toScopedFile,
  VALUE_FILES,
  visibleFile,
  type EvidenceFileView,
  type ReviewedFile,
} from './evidence-rows';
import { BLOB_STORE, type BlobStore } from './storage/blob-store';

/**
 * Reading evidence: one file's bytes, an assessment's list, its ZIP for the archive, and the files
 * behind the GraphQL field. Scope first, always; reviewers' downloads are audited. Writes live in
 * EvidenceService.
 */
@Injectable()
export class EvidenceReaderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(BLOB_STORE) private readonly store: BlobStore,
    private readonly policy: AccessPolicy,
    private readonly frameworks: FrameworksService,
    private readonly audit: AuditService,
  ) {}

  /** The file's metadata and bytes for a caller who may see the branch's values; reviewers' reads are audited. */
  async read(
    user: AuthUser,
    fileId: string,
    purpose: 'download' | 'thumbnail',
  ): Promise<{ file: EvidenceFileView; bytes: Buffer }> {
    const file = await this.dataSource.transaction(async (m) => {
      const found = await visibleFile(m, this.policy, user, fileId);
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
    const ctx = await loadContext(m, assessmentId, user.districtId);
    if (!ctx || !this.policy.canSeeBranchValues(user, { id: ctx.branchId, path: ctx.branchPath }))
      throw notFound('Assessment', assessmentId);
    const rows: Record<string, unknown>[] = await m.query(
      `${FILE_SELECT} WHERE f.assessment_id = $1 AND f.district_id = $2 AND ${VALUE_FILES}
        ORDER BY f.indicator_code, f.created_at, f.original_name, f.id`,
      [assessmentId, ctx.districtId],
    );
    return rows.map((r) => publicView(toScopedFile(r)));
  }

  /**
   * One assessment's evidence as a ZIP for the archive (归档), files named by indicator. Committee
   * roles in scope (ADMIN, REVIEWER); audited. A branch or an out-of-scope id gets NOT_FOUND.
   */
  async archive(user: AuthUser, assessmentId: string): Promise<Download> {
    this.policy.assertRole(user, [Role.ADMIN, Role.REVIEWER], 'evidence.archive');
    const { ctx, branchCode, files } = await this.dataSource.transaction(async (m) => {
      const found = await loadContext(m, assessmentId, user.districtId);
      if (!found || !this.policy.canSeeBranchValues(user, { id: found.branchId, path: found.branchPath }))
        throw notFound('Assessment', assessmentId);
      const [{ code }]: { code: string }[] = await m.query(
        `SELECT code FROM org_unit WHERE id = $1 AND district_id = $2`,
        [found.branchId, found.districtId],
      );
      const [listed] = await this.filesOf(found.districtId, [found.id], m);
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
    const entries = files.map((file, i) => ({
      name: names[i],
      date: file.uploadedAt,
      read: async () => {
        const bytes = await this.store.get(file.sha256);
        if (!bytes) throw new Error(`evidence ${file.id}: bytes ${file.sha256} missing from the store`);
        return bytes;
      },
    }));
    return {
      filename: `${branchCode}_${ctx.periodCode}_佐证材料.zip`,
      fallbackName: `${asciiPart(branchCode)}_${ctx.periodCode}_evidence.zip`,
      contentType: 'application/zip',
      write: (output) => writeArchive(entries, output),
    };
  }

  /**
   * Files of already scope-checked assessments of district `districtId` (the caller's; GraphQL
   * field), grouped per assessment id, one query.
   */
  async filesOf(
    districtId: string,
    assessmentIds: readonly string[],
    m: EntityManager = this.dataSource.manager,
  ): Promise<ReviewedFile[][]> {
    // other_branches: how many other branches of the district attached the same bytes (uses
    // ix_evidence_file_sha256); another district's files are none of the reviewer's business.
    const rows: Record<string, unknown>[] = await m.query(
      `SELECT q.*, (SELECT count(DISTINCT a2.branch_id)::int FROM evidence_file f2 JOIN assessment a2 ON a2.district_id = f2.district_id AND a2.id = f2.assessment_id
                     WHERE f2.district_id = q.district_id AND f2.sha256 = q.sha256 AND a2.branch_id <> q.branch_id) AS other_branches
         FROM (${FILE_SELECT} WHERE f.district_id = $2 AND f.assessment_id = ANY($1::uuid[]) AND ${VALUE_FILES}) q
        ORDER BY q.indicator_code, q.created_at, q.original_name, q.id`,
      [assessmentIds, districtId],
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
}
