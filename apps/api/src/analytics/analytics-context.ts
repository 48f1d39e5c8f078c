import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/errors';
import type { OrgUnitKind, Sector } from '../org-units/org-unit.enums';
import { AnalyticsAccess } from './analytics-access';
import { DISTRICT_UNIT_PERIOD_SQL, UNIT_PERIOD_SQL, type UnitPeriodRow } from './sql/context.sql';

export interface AnalyticsUnit {
  id: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
  sector: Sector | null;
  active: boolean;
  path: string;
  districtId: string;
  /** A unit with children is not itself a branch (an assessed leaf). */
  hasChildren: boolean;
}

export interface UnitPeriod {
  unit: AnalyticsUnit;
  period: { id: string; code: string };
  previous: { id: string; code: string } | null;
  paths: NonNullable<UnitPeriodRow['paths']>;
  grades: NonNullable<UnitPeriodRow['grades']>;
}

/**
 * Resolves the unit and period an analytics query is about, in one statement, then checks scope:
 * NOT_FOUND for an unknown unit, the same NOT_FOUND (audited) for a unit outside the caller's subtree, and
 * only then NOT_FOUND for a period the district does not have.
 */
@Injectable()
export class AnalyticsContext {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AnalyticsAccess,
  ) {}

  async unitPeriod(
    user: AuthUser,
    unitId: string,
    periodCode: string | null,
    action: string,
  ): Promise<UnitPeriod> {
    let [row]: UnitPeriodRow[] = await this.dataSource.query(DISTRICT_UNIT_PERIOD_SQL, [
      unitId,
      periodCode,
      user.districtId,
    ]);
    // Not in the caller's district: looked up everywhere only to refuse it as out of scope (audited).
    if (!row) [row] = await this.dataSource.query(UNIT_PERIOD_SQL, [unitId, periodCode]);
    if (!row) throw notFound('OrgUnit', unitId);
    this.access.assertInScope(user, row, action);
    if (periodCode !== null && !row.period_id) throw notFound('Period', periodCode);
    return toUnitPeriod(row);
  }
}

/** The context row as the services (and the benchmark's raw replay) use it. */
export function toUnitPeriod(row: UnitPeriodRow): UnitPeriod {
  return {
    unit: {
      id: row.id,
      code: row.code,
      name: row.name,
      kind: row.kind as OrgUnitKind,
      sector: row.sector as Sector | null,
      active: row.active,
      path: row.path,
      districtId: row.district_id,
      hasChildren: row.has_children,
    },
    period: { id: row.period_id ?? '', code: row.period_code ?? '' },
    previous: row.previous_period_id ? { id: row.previous_period_id, code: row.previous_period_code! } : null,
    paths: row.paths ?? [],
    grades: row.grades ?? [],
  };
}
