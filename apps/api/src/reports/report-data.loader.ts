import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  BranchReportInput,
  QuarterlyReportInput,
  ReportValuePair,
  ScoredBranchInput,
  TemplateBranch,
} from '@pathboard/reports';
import {
  isApplicable,
  pathGaps,
  scoreGap,
  type DualScoreResult,
  type Framework,
  type ScoreResult,
  type Sector,
} from '@pathboard/scoring';
import { notFound } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FrameworksService } from '../frameworks/frameworks.service';
import {
  BRANCH_HISTORY_SQL,
  BRANCH_ADJUSTMENTS_SQL,
  BRANCH_EVIDENCE_SQL,
  BRANCH_SCORES_SQL,
  EDITABLE_BRANCHES_SQL,
  REPORT_BRANCHES_SQL,
  REPORT_RECTIFICATIONS_SQL,
  REPORT_SCORES_SQL,
  REPORT_VALUES_SQL,
  type ReportBranchRow,
  type ReportScoreRow,
} from './sql/report.sql';
import { DISTRICT_UNIT_PERIOD_SQL, type UnitPeriodRow } from '../analytics/sql/context.sql';
import { PEER_STANDING_SQL, type PeerStandingRow } from '../analytics/sql/peer-standing.sql';
import { readFigureRows, toCommitteeFigures } from './report-figures';

/** Quarters shown before the current one in a branch report's trend. */
const TREND_QUARTERS = 7;

/** A unit and a period of its district, resolved and scope-checked by the caller. */
export interface ReportContext {
  unit: UnitPeriodRow;
  period: {
    id: string;
    code: string;
    year: number;
    quarter: number;
    status: string;
    deadline: Date;
    frameworkId: string;
  };
  previous: { id: string; code: string } | null;
  framework: Framework;
}

/**
 * Reads what the report builders of libs/reports need, with a fixed number of statements whatever
 * the unit's size (see sql/report.sql.ts), and shapes it into their plain inputs. No access logic:
 * callers resolve the unit, check scope, then ask for the figures.
 */
@Injectable()
export class ReportDataLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly frameworks: FrameworksService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The unit of district `districtId` (the caller's) with the period columns, before the scope check.
   * NOT_FOUND when there is no such unit there: another district's unit answers as a missing one,
   * and the lookup reads one district (one shard under Citus, docs/scale-out.md).
   */
  async unitPeriod(unitId: string, periodCode: string, districtId: string): Promise<UnitPeriodRow> {
    const [row]: UnitPeriodRow[] = await this.dataSource.query(DISTRICT_UNIT_PERIOD_SQL, [
      unitId,
      periodCode,
      districtId,
    ]);
    if (!row) throw notFound('OrgUnit', unitId);
    return row;
  }

  /** The period part (NOT_FOUND when the district has no such period) and its framework. */
  async context(unit: UnitPeriodRow, periodCode: string): Promise<ReportContext> {
    if (!unit.period_id) throw notFound('Period', periodCode);
    const framework = await this.frameworks.definition(unit.framework_id!);
    return {
      unit,
      period: {
        id: unit.period_id,
        code: unit.period_code!,
        year: Number(unit.year),
        quarter: Number(unit.quarter),
        status: unit.period_status!,
        deadline: new Date(unit.deadline!),
        frameworkId: unit.framework_id!,
      },
      previous: unit.previous_period_id
        ? { id: unit.previous_period_id, code: unit.previous_period_code! }
        : null,
      framework,
    };
  }

  /**
   * Five statements: the dashboard's figures and branch rows (precomputed, with the table's ranks),
   * scores, values, open 整改事项.
   */
  async quarterlyInput(ctx: ReportContext): Promise<QuarterlyReportInput> {
    const figureRows = await readFigureRows(this.dataSource, ctx);
    const params = [ctx.unit.district_id, `${ctx.unit.path}%`, ctx.period.id];
    const branches: ReportBranchRow[] = await this.dataSource.query(REPORT_BRANCHES_SQL, params);
    const scores: ReportScoreRow[] = await this.dataSource.query(REPORT_SCORES_SQL, params);
    const values: { branch_id: string; pairs: Record<string, ReportValuePair> }[] =
      await this.dataSource.query(REPORT_VALUES_SQL, params);
    const generatedAt = new Date();
    const rectifications: Record<string, unknown>[] = await this.dataSource.query(REPORT_RECTIFICATIONS_SQL, [
      ctx.unit.district_id,
      `${ctx.unit.path}%`,
      ctx.period.year * 4 + ctx.period.quarter,
      generatedAt,
    ]);

    const scoreOf = new Map(scores.map((s) => [`${s.branch_id}:${s.kind}`, s]));
    const valuesOf = new Map(values.map((v) => [v.branch_id, v.pairs]));
    const scored: ScoredBranchInput[] = branches.map((b) => {
      const self = b.assessment_id ? scoreOf.get(`${b.id}:SELF`) : undefined;
      const official = b.assessment_id ? scoreOf.get(`${b.id}:OFFICIAL`) : undefined;
      return {
        code: b.code,
        name: b.name,
        parentName: b.parent_name ?? '',
        sector: b.sector as Sector,
        memberCount: Number(b.member_count),
        active: b.active,
        status: (b.status ?? 'NOT_STARTED') as ScoredBranchInput['status'],
        submittedAt: b.submitted_at ? new Date(b.submitted_at).toISOString() : null,
        onTime: b.on_time,
        self: self ? summaryResult(ctx.framework, sectorOf(b.sector), self) : null,
        official: official ? summaryResult(ctx.framework, sectorOf(b.sector), official) : null,
        values: valuesOf.get(b.id) ?? {},
        rank: b.rank,
        previousRank: b.previous_rank,
        previousTotal: b.previous_total,
      };
    });
    return {
      unit: { code: ctx.unit.code, name: ctx.unit.name },
      period: ctx.period.code,
      previousPeriod: ctx.previous?.code ?? null,
      framework: ctx.framework,
      branches: scored,
      figures: toCommitteeFigures(figureRows, ctx.framework),
      timeZone: this.config.timeZone,
      generatedAt: generatedAt.toISOString(),
      rectifications: rectifications.map((r) => ({
        branchCode: r['branch_code'] as string,
        branchName: r['branch_name'] as string,
        period: r['period'] as string,
        indicatorCode: r['indicator_code'] as string,
        problem: r['problem'] as string,
        requiredAction: r['required_action'] as string,
        deadline: new Date(r['deadline'] as Date).toISOString(),
        status: r['status'] as 'OPEN' | 'ANSWERED',
        overdue: Boolean(r['overdue']),
      })),
    };
  }

  /** Four statements: the branch's scores, its earlier totals, its peer standing (figures only), its evidence. */
  async branchInput(ctx: ReportContext): Promise<BranchReportInput> {
    const branch = ctx.unit;
    const scoreRows: {
      assessment_id: string;
      status: string;
      kind: 'SELF' | 'OFFICIAL' | null;
      explanation: ScoreResult | null;
    }[] = await this.dataSource.query(BRANCH_SCORES_SQL, [branch.id, ctx.period.id, branch.district_id]);
    const history: { period: string; total: number | null; grade: string | null }[] =
      await this.dataSource.query(BRANCH_HISTORY_SQL, [
        branch.id,
        branch.district_id,
        ctx.period.year * 4 + ctx.period.quarter,
        TREND_QUARTERS,
      ]);
    // The dashboard's peer standing statement: rank, percentile and medians come from it, never re-ranked.
    const standing: PeerStandingRow[] = await this.dataSource.query(PEER_STANDING_SQL, [
      branch.id,
      ctx.period.id,
      branch.district_id,
    ]);
    const parent = standing.find((row) => row.grp === 'PARENT');
    const evidence: { indicatorCode: string; name: string }[] = await this.dataSource.query(
      BRANCH_EVIDENCE_SQL,
      [branch.id, ctx.period.id, branch.district_id],
    );
    const adjustments: { indicatorCode: string; reason: string | null }[] = await this.dataSource.query(
      BRANCH_ADJUSTMENTS_SQL,
      [branch.id, ctx.period.id, branch.district_id],
    );
    const self = scoreRows.find((r) => r.kind === 'SELF')?.explanation ?? null;
    const official = scoreRows.find((r) => r.kind === 'OFFICIAL')?.explanation ?? null;
    return {
      unit: { code: branch.parent_code ?? branch.code, name: branch.parent_name ?? branch.name },
      branch: {
        code: branch.code,
        name: branch.name,
        parentName: branch.parent_name ?? '',
        sector: branch.sector as Sector,
        memberCount: Number(branch.member_count),
      },
      period: ctx.period.code,
      framework: ctx.framework,
      status: (scoreRows[0]?.status ?? 'NOT_STARTED') as BranchReportInput['status'],
      scores: self && official ? dual(self, official) : null,
      history: history.reverse().map((h) => ({ period: h.period, total: h.total, grade: h.grade })),
      peers: {
        groupLabel: '同一上级',
        size: parent?.peer_count ?? 0,
        rank: parent?.rank ?? null,
        percentile: parent?.percentile ?? null,
        mean: parent?.mean ?? null,
        pathMedians: parent?.path_medians ?? {},
      },
      evidence,
      adjustments,
      timeZone: this.config.timeZone,
    };
  }

  /** One statement: the editable assessments under the unit with their stored self values. */
  async templateBranches(ctx: ReportContext): Promise<TemplateBranch[]> {
    const rows: {
      code: string;
      name: string;
      sector: string | null;
      self_values: TemplateBranch['values'] | null;
    }[] = await this.dataSource.query(EDITABLE_BRANCHES_SQL, [
      ctx.unit.district_id,
      `${ctx.unit.path}%`,
      ctx.period.id,
    ]);
    return rows.map((r) => ({
      code: r.code,
      name: r.name,
      sector: (r.sector ?? undefined) as Sector | undefined,
      values: r.self_values ?? {},
    }));
  }
}

/**
 * A stored score (REPORT_SCORES_SQL) as the part of a ScoreResult that libs/reports' `summarizeScore`
 * reads: total, grade and paths[].{code, points, indicators[].{code, points, applicable}}; nothing else
 * of it is used by the quarterly report. Indicator points come in framework order (as the engine
 * writes them); applicability follows the branch's sector exactly as the engine decides it. A score
 * from another framework version (a different indicator count) keeps its totals, without indicators.
 */
function summaryResult(framework: Framework, sector: Sector | undefined, row: ReportScoreRow): ScoreResult {
  const points = row.indicator_points ?? [];
  const indicatorCount = framework.paths.reduce((n, path) => n + path.indicators.length, 0);
  const aligned = points.length === indicatorCount;
  let k = 0;
  const paths = framework.paths.map((path) => ({
    code: path.code,
    points: row.paths[path.code] ?? 0,
    indicators: path.indicators.map((indicator) => ({
      code: indicator.code,
      points: aligned ? points[k++] : 0,
      applicable: aligned && isApplicable(indicator, sector),
    })),
  }));
  const grade = framework.grades.find((g) => g.code === row.grade_code);
  return {
    total: row.total,
    grade: { code: row.grade_code, name: grade?.name ?? { zh: row.grade_code, en: row.grade_code } },
    paths,
  } as unknown as ScoreResult;
}

/** The scoring engine's reading of a branch without a sector: every indicator applies. */
function sectorOf(sector: string | null): Sector | undefined {
  return (sector ?? undefined) as Sector | undefined;
}

function dual(self: ScoreResult, official: ScoreResult): DualScoreResult {
  return {
    self,
    official,
    gap: scoreGap(self.total, official.total),
    pathGaps: pathGaps(self.paths, official.paths),
  };
}
