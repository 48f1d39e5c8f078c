import { Injectable } from '@nestjs/common';
import { SECTORS } from '@pathboard/scoring';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AnalyticsAccess } from './analytics-access';
import { AnalyticsContext, type UnitPeriod } from './analytics-context';
import type { BranchPageArgs } from './dto/branch-page.args';
import type { BranchPageModel, ScoreBinModel } from './models/branch-page.model';
import { toBranch } from './scoreboard.mapper';
import { branchPageSql, pageShape, DISTRIBUTION_SQL, type BranchSortKey } from './sql/branch-page.sql';
import type { ScoreboardBranchRow } from './sql/scoreboard.sql';
import { containsPattern } from '../common/sql-like';

type PageRow = ScoreboardBranchRow & {
  id: string;
  previous_rank: number | null;
  assessed: number;
  matching: number;
};
export type BranchPageQuery = Omit<BranchPageArgs, 'unitId' | 'period'>;

/**
 * The committee's branch table and distribution, bounded by what a screen shows: one page of rows
 * (or the bins) from the precomputed branch figures, one statement after the context lookup.
 */
@Injectable()
export class BranchPageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AnalyticsAccess,
    private readonly context: AnalyticsContext,
  ) {}

  async page(user: AuthUser, args: BranchPageArgs): Promise<BranchPageModel> {
    const action = 'analytics.branchPage';
    this.access.assertCommitteeRole(user, action);
    const ctx = await this.context.unitPeriod(user, args.unitId, args.period, action);
    const { sql, params } = branchPageStatement(ctx, args);
    const rows: PageRow[] = await this.dataSource.query(sql, params);
    return toBranchPage(rows, ctx, args.offset, args.reviewedOnly);
  }

  async distribution(
    user: AuthUser,
    unitId: string,
    period: string,
    width: number,
  ): Promise<ScoreBinModel[]> {
    const action = 'analytics.distribution';
    this.access.assertCommitteeRole(user, action);
    const ctx = await this.context.unitPeriod(user, unitId, period, action);
    const { sql, params } = distributionStatement(ctx, width);
    const rows: { bin: number; count: number }[] = await this.dataSource.query(sql, params);
    return toBins(rows, width);
  }
}

export function toBranchPage(
  rows: PageRow[],
  ctx: UnitPeriod,
  offset: number,
  reviewedOnly = false,
): BranchPageModel {
  const assessed = rows[0]?.assessed ?? 0;
  return {
    totalCount: rows[0]?.matching ?? 0,
    assessedCount: assessed,
    offset,
    // Ranked among the reviewed only, a rank has no previous rank on the same footing: no change shown.
    branches: rows.map((r) => {
      const branch = toBranch(r, ctx.paths.length, assessed);
      return reviewedOnly ? { ...branch, rankChange: null } : branch;
    }),
  };
}

/** Every bin from 0 to 100, empty ones included (the chart's axis does not depend on the data). */
export function toBins(rows: { bin: number; count: number }[], width: number): ScoreBinModel[] {
  const counts = new Map(rows.map((r) => [r.bin, r.count]));
  const n = Math.ceil(100 / width);
  return Array.from({ length: n }, (_, i) => ({
    from: i * width,
    to: Math.min(100, (i + 1) * width),
    count: counts.get(i) ?? 0,
  }));
}

/** SQL and parameters of one page (the benchmark replays them raw). */
export function branchPageStatement(ctx: UnitPeriod, q: BranchPageQuery) {
  const pathCodes = ctx.paths.map((p) => p.code);
  const list = <T>(v: T[] | null | undefined) => (v && v.length > 0 ? v : null);
  const search = containsPattern(q.search);
  const sort = q.sortBy as BranchSortKey;
  const filters = {
    search,
    grades: list(q.grades),
    statuses: list(q.statuses),
    sectors: list(q.sectors),
    childId: q.childId ?? null,
  };
  const reviewedOnly = q.reviewedOnly ?? false;
  const shape = pageShape(sort, filters, reviewedOnly);
  return {
    sql: branchPageSql(ctx.paths.length, sort, q.descending, pathCodes, shape),
    params: [
      ctx.unit.districtId,
      ctx.period.id,
      ctx.unit.path,
      `${ctx.unit.path}%`,
      filters.search,
      filters.grades,
      filters.statuses,
      filters.sectors,
      filters.childId,
      q.limit,
      q.offset,
      ctx.grades.map((g) => g.code),
      [...SECTORS],
      reviewedOnly,
      ctx.unit.id,
    ],
  };
}

export function distributionStatement(ctx: UnitPeriod, width: number) {
  return { sql: DISTRIBUTION_SQL, params: [ctx.unit.districtId, ctx.period.id, `${ctx.unit.path}%`, width] };
}
