import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { badUserInput, notFound } from '../common/errors';
import type { AssessmentStatusEnum } from '../assessments/models/assessment.model';
import type { Sector } from '../org-units/org-unit.enums';
import { parsePeriodCode } from '../periods/periods.service';
import { AnalyticsAccess } from './analytics-access';
import { AnalyticsContext } from './analytics-context';
import type { BranchComparisonModel, ComparedPathModel } from './models/compare.model';
import type { CompletionModel } from './models/completion.model';
import type { PeerGroupStandingModel, PeerStandingModel } from './models/peer-standing.model';
import type { TrendPointModel } from './models/trend.model';
import { inOrder, toSubmission } from './scoreboard.mapper';
import { COMPARE_SQL, type CompareRow } from './sql/compare.sql';
import { COMPLETION_SQL, type CompletionRow } from './sql/completion.sql';
import { PEER_STANDING_SQL, type PeerStandingRow } from './sql/peer-standing.sql';
import { TREND_FROM_FIGURES_SQL, TREND_SQL, type TrendFromFiguresRow, type TrendRow } from './sql/trend.sql';

/** A trend spans at most ten years of quarters (a chart, not an export). */
const MAX_TREND_QUARTERS = 40;

/** Trend, compare, peer standing and completion: one access check, then one statement of figures each. */
@Injectable()
export class AnalyticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AnalyticsAccess,
    private readonly context: AnalyticsContext,
  ) {}

  async trend(
    user: AuthUser,
    unitId: string,
    fromPeriod: string,
    toPeriod: string,
  ): Promise<TrendPointModel[]> {
    const action = 'analytics.trend';
    this.access.assertCommitteeOrOwnBranch(user, unitId, action);
    const from = quarterIndex(fromPeriod);
    const to = quarterIndex(toPeriod);
    if (from > to)
      throw badUserInput(`fromPeriod ${fromPeriod} is after toPeriod ${toPeriod}`, { field: 'fromPeriod' });
    if (to - from + 1 > MAX_TREND_QUARTERS)
      throw badUserInput(`a trend spans at most ${MAX_TREND_QUARTERS} quarters`, { field: 'toPeriod' });
    const { unit } = await this.context.unitPeriod(user, unitId, null, action);
    const codes = Array.from(
      { length: to - from + 1 },
      (_, i) => `${Math.floor((from + i) / 4)}Q${((from + i) % 4) + 1}`,
    );
    // The precomputed unit figures when every period of the range has them (a unit with children).
    const stored: TrendFromFiguresRow[] = await this.dataSource.query(TREND_FROM_FIGURES_SQL, [
      unit.districtId,
      unit.id,
      codes,
    ]);
    if (stored.length > 0 && stored.every((r) => r.figures !== null))
      return stored.map(trendPointFromFigures);
    const rows: TrendRow[] = await this.dataSource.query(TREND_SQL, [
      unit.districtId,
      unit.path,
      `${unit.path}%`,
      codes,
    ]);
    return rows.map((r) => ({
      period: r.period,
      year: r.year,
      quarter: r.quarter,
      assessed: r.assessed,
      expected: r.expected,
      completion: r.completion,
      mean: r.mean,
      median: r.median,
      pathMeans: r.path_means ?? [],
    }));
  }

  async compare(user: AuthUser, branchIds: string[], periodCode: string): Promise<BranchComparisonModel[]> {
    const action = 'analytics.compare';
    this.access.assertCommitteeRole(user, action);
    const rows: CompareRow[] = await this.dataSource.query(COMPARE_SQL, [
      branchIds,
      periodCode,
      user.districtId,
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const missing = branchIds.find((id) => !byId.has(id));
    if (missing) throw notFound('OrgUnit', missing);
    // Every branch must be in scope before anything about any of them is returned.
    for (const row of rows) this.access.assertInScope(user, row, action);
    const notBranch = rows.find((r) => r.kind !== 'BRANCH' || r.has_children);
    if (notBranch)
      throw badUserInput(`unit ${notBranch.code} is not a branch (an assessed leaf)`, { field: 'branchIds' });
    if (rows.some((r) => !r.period_id)) throw notFound('Period', periodCode);
    return branchIds.map((id) => toComparison(byId.get(id)!));
  }

  async peerStanding(user: AuthUser, branchId: string, periodCode: string): Promise<PeerStandingModel> {
    const action = 'analytics.peerStanding';
    this.access.assertCommitteeOrOwnBranch(user, branchId, action);
    const { unit, period, paths } = await this.context.unitPeriod(user, branchId, periodCode, action);
    if (unit.kind !== 'BRANCH' || unit.hasChildren)
      throw badUserInput(`unit ${unit.code} is not a branch (an assessed leaf)`, { field: 'branchId' });
    const rows: PeerStandingRow[] = await this.dataSource.query(PEER_STANDING_SQL, [
      unit.id,
      period.id,
      unit.districtId,
    ]);
    const pathOrder = paths.map((p) => p.code);
    const group = (grp: PeerStandingRow['grp']): PeerGroupStandingModel => {
      const row = rows.find((r) => r.grp === grp);
      if (!row) return { peerCount: 0, rank: null, percentile: null, median: null, pathMedians: [] };
      const pathMedians = inOrder(row.path_medians, pathOrder, (code, median) => ({ code, median }));
      return {
        peerCount: row.peer_count,
        rank: row.rank,
        percentile: row.percentile,
        median: row.median,
        pathMedians,
      };
    };
    return {
      branchId: unit.id,
      period: period.code,
      total: rows.find((r) => r.total !== null)?.total ?? null,
      // The period's sector (a closed quarter keeps the one it had); live when it has no peers row.
      sector: (rows[0]?.sector as Sector | null | undefined) ?? unit.sector,
      sameParent: group('PARENT'),
      sameSector: group('SECTOR'),
    };
  }

  async completion(user: AuthUser, unitId: string, periodCode: string): Promise<CompletionModel> {
    const action = 'analytics.completion';
    this.access.assertCommitteeRole(user, action);
    const { unit, period } = await this.context.unitPeriod(user, unitId, periodCode, action);
    const [row]: CompletionRow[] = await this.dataSource.query(COMPLETION_SQL, [
      unit.districtId,
      unit.path,
      `${unit.path}%`,
      period.id,
    ]);
    return {
      unitId: unit.id,
      period: period.code,
      expected: row.expected,
      assessed: row.assessed,
      completion: row.completion,
      submission: toSubmission(row),
    };
  }
}

/** A period's stored '*' figures as a trend point (path means aligned with its framework's paths). */
function trendPointFromFigures(r: TrendFromFiguresRow): TrendPointModel {
  const f = r.figures!;
  const codes = r.path_codes ?? [];
  const pathMeans = (f.path_means ?? []).flatMap((mean, i) =>
    mean === null || i >= codes.length ? [] : [{ code: codes[i], mean }],
  );
  return {
    period: r.period,
    year: r.year,
    quarter: r.quarter,
    assessed: f.assessed,
    expected: f.expected,
    completion: f.completion,
    mean: f.mean,
    median: f.median,
    pathMeans,
  };
}

function quarterIndex(code: string): number {
  const { year, quarter } = parsePeriodCode(code);
  return year * 4 + quarter - 1;
}

function toComparison(row: CompareRow): BranchComparisonModel {
  const paths: ComparedPathModel[] =
    row.total === null
      ? []
      : (row.explained_paths ?? []).map((p) => ({
          code: p.code,
          name: p.name,
          weight: p.weight,
          maxPoints: p.maxPoints,
          // The per-path rows are what the aggregates read; the explanation carries the indicators.
          points: row.path_scores?.[p.code]?.points ?? p.points,
          percent: row.path_scores?.[p.code]?.percent ?? p.percent,
          indicators: p.indicators.map((i) => ({
            code: i.code,
            name: i.name,
            rule: i.rule,
            applicable: i.applicable,
            missing: i.missing,
            points: i.points,
            maxPoints: i.maxPoints,
          })),
        }));
  return {
    branchId: row.id,
    code: row.code,
    name: row.name,
    sector: row.sector as Sector | null,
    status: row.status as AssessmentStatusEnum | null,
    total: row.total,
    gradeCode: row.grade_code,
    paths,
  };
}
