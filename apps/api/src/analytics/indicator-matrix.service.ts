import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/errors';
import type { AssessmentStatusEnum } from '../assessments/models/assessment.model';
import { AnalyticsAccess } from './analytics-access';
import { AnalyticsContext, type UnitPeriod } from './analytics-context';
import type { IndicatorMatrixModel } from './models/indicator-matrix.model';
import { INDICATOR_MATRIX_SQL, type IndicatorMatrixRow } from './sql/indicator-matrix.sql';

/**
 * The heatmap of one path's indicators over a unit's reported branches: the context lookup, then
 * one set-based statement. Access as the scoreboard: committee roles, unit in scope (BRANCH refused
 * before any lookup, so a refusal never tells whether the unit exists).
 */
@Injectable()
export class IndicatorMatrixService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AnalyticsAccess,
    private readonly context: AnalyticsContext,
  ) {}

  async indicatorMatrix(
    user: AuthUser,
    unitId: string,
    periodCode: string,
    pathCode: string,
    branchIds: string[] | null = null,
  ): Promise<IndicatorMatrixModel> {
    const action = 'analytics.indicatorMatrix';
    this.access.assertCommitteeRole(user, action);
    const ctx = await this.context.unitPeriod(user, unitId, periodCode, action);
    const path = ctx.paths.find((p) => p.code === pathCode);
    if (!path) throw notFound('FrameworkPath', pathCode);
    const [row] = await this.read(ctx, pathCode, branchIds);
    return {
      unit: {
        id: ctx.unit.id,
        code: ctx.unit.code,
        name: ctx.unit.name,
        kind: ctx.unit.kind,
        active: ctx.unit.active,
      },
      period: ctx.period.code,
      path: { code: path.code, name: path.name, weight: path.weight },
      indicators: row.indicators,
      branches: row.branches.map((b) => ({ ...b, status: b.status as AssessmentStatusEnum })),
    };
  }

  /** The data statement, as a benchmark would replay it. */
  read(ctx: UnitPeriod, pathCode: string, branchIds: string[] | null = null): Promise<IndicatorMatrixRow[]> {
    return this.dataSource.query(INDICATOR_MATRIX_SQL, [
      ctx.unit.districtId,
      ctx.unit.path,
      `${ctx.unit.path}%`,
      ctx.period.id,
      pathCode,
      branchIds,
    ]);
  }
}
