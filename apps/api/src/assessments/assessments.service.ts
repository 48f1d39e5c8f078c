import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Role, type AuthUser } from '../auth/auth-user';
import { notFound } from '../common/errors';
import { AssessmentAccess } from './assessment-access';
import { ASSESSMENT_SELECT, toContext, toRow, type AssessmentRow } from './assessment-rows';
import type { AssessmentStatusEnum } from './models/assessment.model';

/** Read side of assessments; every read is checked against the caller's role and scope here. */
@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AssessmentAccess,
  ) {}

  async get(user: AuthUser, branchId: string, periodCode: string): Promise<AssessmentRow> {
    this.access.assertNotForeignBranch(user, branchId);
    // Both lookups in the caller's district: another district's branch answers as a missing one.
    const [unit]: { id: string; path: string }[] = await this.dataSource.query(
      `SELECT id, path FROM org_unit WHERE id = $1 AND district_id = $2`,
      [branchId, user.districtId],
    );
    if (!unit) throw notFound('OrgUnit', branchId);
    this.access.assertCanRead(user, unit);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `${ASSESSMENT_SELECT} WHERE a.branch_id = $1 AND a.district_id = $3 AND p.code = $2`,
      [branchId, periodCode, user.districtId],
    );
    if (!rows.length) throw notFound('Assessment', `${periodCode} of branch ${branchId}`);
    return toRow(toContext(rows[0]));
  }

  /** The assessments of a period the caller may see (a BRANCH user: its own only). */
  async list(
    user: AuthUser,
    periodCode: string,
    status?: AssessmentStatusEnum | null,
  ): Promise<AssessmentRow[]> {
    const params: unknown[] = [periodCode, user.districtId];
    let where = `p.code = $1 AND a.district_id = $2`;
    if (status) {
      params.push(status);
      where += ` AND a.status = $${params.length}`;
    }
    if (user.role === Role.BRANCH) {
      params.push(user.scopeUnitId);
      where += ` AND a.branch_id = $${params.length}`;
    } else {
      params.push(this.access.scopePattern(user));
      where += ` AND u.path LIKE $${params.length}`;
    }
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `${ASSESSMENT_SELECT} WHERE ${where} ORDER BY u.path, u.code`,
      params,
    );
    return rows.map((r) => toRow(toContext(r)));
  }
}
