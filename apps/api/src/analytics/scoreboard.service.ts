import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AnalyticsAccess } from './analytics-access';
import { AnalyticsContext, type UnitPeriod } from './analytics-context';
import type { ScoreboardBranchModel, ScoreboardModel } from './models/scoreboard.model';
import { toBranches, toChild, toUnitFigures } from './scoreboard.mapper';
import {
  scoreboardBranchesSql,
  scoreboardFiguresSql,
  type ScoreboardBranchRow,
  type ScoreboardFiguresRow,
} from './sql/scoreboard.sql';

/**
 * The committee dashboard of a unit for a period: three statements whatever the size of the subtree
 * (the context lookup, then the figures and the branch table, which run concurrently when the pool
 * has two connections; PGlite queues them on its single session).
 */
@Injectable()
export class ScoreboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AnalyticsAccess,
    private readonly context: AnalyticsContext,
  ) {}

  async scoreboard(user: AuthUser, unitId: string, periodCode: string): Promise<ScoreboardModel> {
    const action = 'analytics.scoreboard';
    this.access.assertCommitteeRole(user, action);
    const ctx = await this.context.unitPeriod(user, unitId, periodCode, action);
    const [unitRow, ...childRows] = await this.figures(ctx);
    return {
      unit: {
        id: ctx.unit.id,
        code: ctx.unit.code,
        name: ctx.unit.name,
        kind: ctx.unit.kind,
        active: ctx.unit.active,
      },
      period: ctx.period.code,
      previousPeriod: ctx.previous?.code ?? null,
      paths: ctx.paths.map((p) => ({ code: p.code, name: p.name, weight: p.weight })),
      grades: ctx.grades.map((g) => ({ code: g.code, name: g.name, min: g.min })),
      figures: toUnitFigures(unitRow, ctx),
      children: childRows.map((row) => toChild(row, ctx)),
      context: ctx,
    };
  }

  /**
   * The unit's and its children's figures: the precomputed rows (analytics/figures, written by the
   * same statement) when the unit has them, else the statement itself (a branch, which has no
   * children, is never precomputed as a unit).
   */
  figures(ctx: UnitPeriod): Promise<ScoreboardFiguresRow[]> {
    return unitFigureRows(this.dataSource, ctx);
  }

  /** Every branch of the unit (only when a client asks for the full list; the overview pages instead). */
  async branches(ctx: UnitPeriod): Promise<ScoreboardBranchModel[]> {
    const { sql, params } = scoreboardStatements(ctx);
    const rows: ScoreboardBranchRow[] = await this.dataSource.query(sql.branches, params.branches);
    return toBranches(rows, ctx.paths.length);
  }

  /** The two data statements, exactly as the benchmark replays them on a raw connection. */
  read(ctx: UnitPeriod): Promise<[ScoreboardFiguresRow[], ScoreboardBranchRow[]]> {
    const { sql, params } = scoreboardStatements(ctx);
    return Promise.all([
      this.dataSource.query(sql.figures, params.figures),
      this.dataSource.query(sql.branches, params.branches),
    ]);
  }
}

/**
 * THE reading of a unit's committee figures rows (the unit '*' first, then its children): the
 * precomputed rows when the unit has them, else the scoreboard's figures statement itself. The
 * overview and the quarterly reports both read them here.
 */
export async function unitFigureRows(
  db: { query: (sql: string, params: unknown[]) => Promise<unknown> },
  ctx: UnitPeriod,
): Promise<ScoreboardFiguresRow[]> {
  const { sql, params } = precomputedFiguresStatement(ctx);
  const stored = (await db.query(sql, params)) as { figures: ScoreboardFiguresRow }[];
  if (stored.length > 0) return stored.map((r) => r.figures);
  const live = scoreboardStatements(ctx);
  return (await db.query(live.sql.figures, live.params.figures)) as ScoreboardFiguresRow[];
}

/**
 * The precomputed figures rows of a unit and period, in the statement's order. A child's code, name,
 * kind and activity are read live, as the statement itself does (a closed quarter's figures are not
 * refreshed by later tree edits, but a renamed or deactivated child shows as it is now), and so is
 * the statement's last filter: a deactivated child stays listed only while it has scores.
 */
export function precomputedFiguresStatement(ctx: UnitPeriod) {
  return {
    sql: `SELECT CASE WHEN c.id IS NULL THEN f.figures
                      ELSE f.figures || jsonb_build_object('code', c.code, 'name', c.name, 'kind', c.kind, 'active', c.active) END AS figures
            FROM unit_period_figures f
            LEFT JOIN org_unit c ON c.district_id = f.district_id AND c.id = CASE WHEN f.grp = '*' THEN NULL ELSE f.grp::uuid END
           WHERE f.district_id = $1 AND f.period_id = $2 AND f.unit_id = $3
             AND (f.grp = '*' OR c.active OR (f.figures ->> 'assessed')::int > 0)
           ORDER BY f.ord`,
    params: [ctx.unit.districtId, ctx.period.id, ctx.unit.id],
  };
}

/** SQL text and parameters of the scoreboard's data statements for a resolved unit and period. */
export function scoreboardStatements(ctx: UnitPeriod) {
  const shared = [
    ctx.unit.districtId,
    ctx.unit.path,
    `${ctx.unit.path}%`,
    ctx.period.id,
    ctx.previous?.id ?? null,
  ];
  const gradeCodes = ctx.grades.map((g) => g.code);
  return {
    sql: {
      figures: scoreboardFiguresSql(ctx.paths.length, gradeCodes.length),
      branches: scoreboardBranchesSql(ctx.paths.length),
      /** The figures statement over the unit's stored branch rows (analytics/figures), same params. */
      storedFigures: scoreboardFiguresSql(ctx.paths.length, gradeCodes.length, 'stored'),
      /** The branch statement with the rows' score percents, as analytics/figures stores it. */
      storedBranches: scoreboardBranchesSql(ctx.paths.length, { scorePercents: true }),
      /** The same restricted to the branch ids of $7 (uuid[]): params.branches + the ids. */
      someBranches: scoreboardBranchesSql(ctx.paths.length, { branchIds: '$7', scorePercents: true }),
    },
    params: { figures: [...shared, ctx.unit.id, gradeCodes], branches: [...shared, ctx.paths.length] },
  };
}
