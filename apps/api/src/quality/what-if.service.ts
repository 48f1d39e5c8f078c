import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { whatIf, type IndicatorValuePair, type Sector } from '@pathboard/scoring';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy.service';
import { Role, type AuthUser } from '../auth/auth-user';
import { notFound } from '../common/errors';
import { FrameworksService } from '../frameworks/frameworks.service';
import type { WhatIfModel, WhatIfRowModel } from './models/what-if.model';
import {
  QUALITY_PERIOD_SQL,
  qualitySetSql,
  type QualityPeriodRow,
  type QualitySetRow,
} from './sql/quality-set.sql';
import { listedByFilter } from './sql/review-queue.sql';

/**
 * What-if (docs/domain.md "What-if"): a past quarter's reported branches in the ADMIN's scope,
 * scored under the period's published framework and under a draft (libs/scoring whatIf). The draft
 * is validated as an import is, and nothing is written: it is stored only when published.
 */
@Injectable()
export class WhatIfService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly frameworks: FrameworksService,
  ) {}

  async run(user: AuthUser, periodCode: string, definition: unknown): Promise<WhatIfModel> {
    this.policy.assertRole(user, [Role.ADMIN], 'framework.whatIf');
    const draft = this.frameworks.validated(definition);
    const [period]: QualityPeriodRow[] = await this.dataSource.query(QUALITY_PERIOD_SQL, [
      user.districtId,
      periodCode,
    ]);
    if (!period) throw notFound('Period', periodCode);
    const scope = this.policy.scopeFilter(user);
    const listed = listedByFilter({
      districtId: user.districtId,
      periodId: period.id,
      scope,
      status: null,
      search: null,
    });
    const [current, rows] = await Promise.all([
      this.frameworks.definition(period.framework_id),
      this.dataSource.query(qualitySetSql(listed, false), [
        user.districtId,
        period.id,
        ...listed.params,
      ]) as Promise<QualitySetRow[]>,
    ]);
    const reported = rows.filter((r) => r.listed && (r.status === 'SUBMITTED' || r.status === 'APPROVED'));
    const byId = new Map(reported.map((r) => [r.assessment_id, r]));
    const result = whatIf(
      current,
      draft,
      reported.map((r) => ({
        id: r.assessment_id,
        sector: (r.sector ?? undefined) as Sector | undefined,
        pairs: (r.pairs ?? {}) as Record<string, IndicatorValuePair>,
      })),
    );
    const toRow = (row: (typeof result.rows)[number]): WhatIfRowModel => {
      const branch = byId.get(row.id)!;
      return {
        branchId: branch.branch_id,
        branchCode: branch.code,
        branchName: branch.name,
        currentTotal: row.current.total,
        currentGrade: row.current.grade,
        currentRank: row.current.rank,
        draftTotal: row.draft.total,
        draftGrade: row.draft.grade,
        draftRank: row.draft.rank,
        change: row.change,
        rankShift: row.rankShift,
        gradeChanged: row.gradeChanged,
      };
    };
    return {
      period: period.code,
      rows: result.rows.map(toRow),
      movers: result.movers.map(toRow),
      gradeChanges: result.gradeChanges,
      pathMeans: result.pathMeans,
    };
  }
}
