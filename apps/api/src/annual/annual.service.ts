import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Framework } from '@pathboard/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessPolicy, missingUnit } from '../auth/access-policy.service';
import { Role, type AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { badUserInput, notFound } from '../common/errors';
import type { OrgUnitKind } from '../org-units/org-unit.enums';
import {
  gradeCounts,
  meanTotal,
  rankYear,
  rankYears,
  underUnit,
  type BranchYear,
  type RankedBranchYear,
} from './annual-figures';
import { computeLive, loadYear, markYearChanged, storeYear, type YearData } from './annual-year.store';
import { yearComplete } from '../periods/period-lock';
import type { AnnualBranchModel, AnnualScoreboardModel, AnnualTrendPointModel } from './annual.types';

const READERS = [Role.ADMIN, Role.REVIEWER, Role.VIEWER] as const;
/** A trend of years spans at most this many (each year is read on its own). */
const MAX_TREND_YEARS = 10;

interface UnitRow {
  id: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
  active: boolean;
  path: string;
  district_id: string;
  parent_id: string | null;
}

/** The annual grade list of a framework (its own `annual.grades`, else the quarters'). */
export const annualGrades = (f: Framework) =>
  (f.annual?.grades ?? f.grades).map((g) => ({ code: g.code, name: g.name }));

/**
 * The year (年度考评, issue 16): a unit's annual results and a branch's, read from the stored (frozen)
 * year or computed from the stored quarters; frozen when the year's last quarter closes, marked
 * changed when one of its quarters is reopened, recomputed (and audited) when it closes again.
 */
@Injectable()
export class AnnualService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  /** ADMIN/REVIEWER/VIEWER: every branch of a unit in scope, ranked among the unit's branches. */
  async unitYear(user: AuthUser, unitId: string, year: number): Promise<AnnualScoreboardModel> {
    const action = 'annual.scoreboard';
    this.access.assertRole(user, READERS, action);
    const unit = await this.unit(user, unitId, action);
    const data = await this.year(unit.district_id, year);
    const previous = await loadYear(this.dataSource, unit.district_id, year - 1);
    const current = underUnit(data.branches, unit.path);
    const before = underUnit(previous?.branches ?? [], unit.path);
    const ranked = await rankYear(this.dataSource, current, before);
    const grades = annualGrades(data.framework);
    const codes = grades.map((g) => g.code);
    const children: UnitRow[] = await this.dataSource.query(
      `SELECT id, code, name, kind, active, path, district_id, parent_id FROM org_unit
        WHERE district_id = $2 AND parent_id = $1 ORDER BY code`,
      [unit.id, unit.district_id],
    );
    const ruleOf = data.framework.annual;
    return {
      unit: toUnit(unit),
      year,
      status: data.status,
      frozenAt: data.frozenAt,
      changedAt: data.changedAt,
      method: ruleOf?.combine.method ?? 'mean',
      missingQuarter: ruleOf?.missingQuarter ?? 'exclude',
      periods: data.periods.map((p) => p.code),
      previousYear: previous ? year - 1 : null,
      paths: data.framework.paths.map((p) => ({ code: p.code, name: p.name, weight: p.weight })),
      grades,
      branchCount: current.length,
      mean: meanTotal(current),
      previousMean: previous ? meanTotal(before) : null,
      gradeCounts: gradeCounts(current, codes),
      cappedCount: current.filter((b) => b.result.cappedBy !== null).length,
      children: children
        .filter((c) => c.kind !== 'BRANCH' || current.some((b) => b.branchId === c.id))
        .map((c) => {
          const under = underUnit(current, c.path);
          return {
            unit: toUnit(c),
            branchCount: under.length,
            mean: meanTotal(under),
            gradeCounts: gradeCounts(under, codes),
          };
        }),
      branches: ranked.map((b) => toBranch(b, ranked.length)),
    };
  }

  /** A branch's year among the branches of its parent unit. Committee roles in scope, or the branch itself. */
  async branchYear(user: AuthUser, branchId: string, year: number): Promise<AnnualBranchModel> {
    const action = 'annual.branch';
    if (user.role === Role.BRANCH) {
      if (branchId !== user.scopeUnitId)
        throw this.access.denyAsMissing(user, action, 'OrgUnit', branchId, missingUnit(branchId));
    } else this.access.assertRole(user, READERS, action);
    const unit = await this.unit(user, branchId, action);
    const own = await this.rankedBranch(unit.district_id, branchId, year);
    if (!own) throw notFound('AnnualResult', `${branchId}/${year}`);
    return own;
  }

  /**
   * A branch's year among the branches of its parent unit, for callers that already checked access;
   * null when the branch has no assessment in the year.
   */
  async rankedBranch(
    districtId: string,
    branchId: string,
    year: number,
    loaded?: YearData,
  ): Promise<AnnualBranchModel | null> {
    const data = loaded ?? (await this.year(districtId, year));
    const previous = await loadYear(this.dataSource, districtId, year - 1);
    const [own] = await amongParentPeers(this.dataSource, data.branches, previous?.branches ?? [], [
      branchId,
    ]);
    return own;
  }

  /**
   * ADMIN/REVIEWER/VIEWER: 2–6 branches of the scope side by side for a year (compare's 年度 option),
   * each ranked among its parent unit's branches as on its own page. Every branch must be in scope
   * before anything is returned; a branch without an assessment in the year is left out.
   */
  async compareYear(user: AuthUser, branchIds: string[], year: number): Promise<AnnualBranchModel[]> {
    const action = 'annual.compare';
    this.access.assertRole(user, READERS, action);
    // In the caller's district (one shard under Citus): another district's branch answers as a missing one.
    const rows: UnitRow[] = await this.dataSource.query(
      `SELECT id, code, name, kind, active, path, district_id, parent_id FROM org_unit
        WHERE district_id = $2 AND id = ANY($1::uuid[])`,
      [branchIds, user.districtId],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const missing = branchIds.find((id) => !byId.has(id));
    if (missing) throw notFound('OrgUnit', missing);
    for (const row of rows) this.access.assertUnitInScope(user, row, action);
    const notBranch = rows.find((r) => r.kind !== 'BRANCH');
    if (notBranch) throw badUserInput(`unit ${notBranch.code} is not a branch`, { field: 'branchIds' });
    const data = await this.year(user.districtId, year);
    const previous = await loadYear(this.dataSource, user.districtId, year - 1);
    const ranked = await amongParentPeers(
      this.dataSource,
      data.branches,
      previous?.branches ?? [],
      branchIds,
    );
    return ranked.filter((b): b is AnnualBranchModel => b !== null);
  }

  /**
   * The trend's year option: a unit's years from `fromYear` to `toYear` (the years without any period
   * left out), each the mean annual total of its branches, or a branch's own total and grade.
   * Committee roles in scope, or the branch itself.
   */
  async unitTrend(
    user: AuthUser,
    unitId: string,
    fromYear: number,
    toYear: number,
  ): Promise<AnnualTrendPointModel[]> {
    const action = 'annual.trend';
    if (fromYear > toYear)
      throw badUserInput(`fromYear ${fromYear} is after toYear ${toYear}`, { field: 'fromYear' });
    if (toYear - fromYear + 1 > MAX_TREND_YEARS)
      throw badUserInput(`a trend spans at most ${MAX_TREND_YEARS} years`, { field: 'toYear' });
    if (user.role === Role.BRANCH) {
      if (unitId !== user.scopeUnitId)
        throw this.access.denyAsMissing(user, action, 'OrgUnit', unitId, missingUnit(unitId));
    } else this.access.assertRole(user, READERS, action);
    const unit = await this.unit(user, unitId, action);
    const points: AnnualTrendPointModel[] = [];
    for (let year = fromYear; year <= toYear; year++) {
      const data = await loadYear(this.dataSource, unit.district_id, year);
      if (!data) continue;
      const under = underUnit(data.branches, unit.path);
      const own = unit.kind === 'BRANCH' ? (under.find((b) => b.branchId === unit.id) ?? null) : null;
      points.push({
        year,
        status: data.status,
        branchCount: under.length,
        mean: unit.kind === 'BRANCH' ? (own?.result.total ?? null) : meanTotal(under),
        grade: own ? own.result.grade : null,
      });
    }
    return points;
  }

  /** The year's data (stored or live) for readers that already checked access (reports). */
  async year(districtId: string, year: number): Promise<YearData> {
    const data = await loadYear(this.dataSource, districtId, year);
    if (!data) throw notFound('Year', year);
    return data;
  }

  /**
   * After a quarter closed (inside its transaction): when every quarter of the year is closed, store
   * the year's results. A year that was CHANGED is recomputed; the audit lists the branches whose
   * annual total or grade moved.
   */
  async freezeIfComplete(m: EntityManager, user: AuthUser, year: number): Promise<void> {
    const data = await loadYear(m, user.districtId, year);
    if (!data || !yearComplete(data.periods) || data.status === 'FROZEN') return;
    const branches =
      data.status === 'OPEN' ? data.branches : await computeLive(m, user.districtId, year, data.framework);
    const before =
      data.status === 'CHANGED'
        ? new Map<string, { total: number; grade: string }>(
            (
              await m.query(
                `SELECT branch_id, total::float8 AS total, grade_code FROM annual_result WHERE district_id = $1 AND year = $2`,
                [user.districtId, year],
              )
            ).map((r: { branch_id: string; total: number; grade_code: string }) => [
              r.branch_id,
              { total: r.total, grade: r.grade_code },
            ]),
          )
        : null;
    await storeYear(m, user.districtId, year, data.frameworkId, branches);
    const changes = before
      ? branches
          .filter((b) => {
            const old = before.get(b.branchId);
            return !old || old.total !== b.result.total || old.grade !== b.result.grade.code;
          })
          .map((b) => ({
            branchId: b.branchId,
            before: before.get(b.branchId) ?? null,
            after: { total: b.result.total, grade: b.result.grade.code },
          }))
      : undefined;
    await this.audit.record(m, {
      districtId: user.districtId,
      actorId: user.id,
      action: before ? 'ANNUAL_RECOMPUTED' : 'ANNUAL_FROZEN',
      targetType: 'AnnualYear',
      targetId: String(year),
      after: { year, branches: branches.length, ...(changes ? { changes } : {}) },
    });
  }

  /** After a quarter of `year` was reopened (inside its transaction): a frozen year is marked CHANGED and audited. */
  async markChanged(m: EntityManager, user: AuthUser, year: number, periodCode: string): Promise<void> {
    if (!(await markYearChanged(m, user.districtId, year))) return;
    await this.audit.record(m, {
      districtId: user.districtId,
      actorId: user.id,
      action: 'ANNUAL_CHANGED',
      targetType: 'AnnualYear',
      targetId: String(year),
      before: { status: 'FROZEN' },
      after: { status: 'CHANGED', reopened: periodCode },
    });
  }

  /**
   * The unit in the caller's district (one shard under Citus, docs/scale-out.md), checked for scope:
   * another district's unit is not found at all and answers as a missing one, with nothing to audit.
   */
  private async unit(user: AuthUser, unitId: string, action: string): Promise<UnitRow> {
    const [row]: UnitRow[] = await this.dataSource.query(
      `SELECT id, code, name, kind, active, path, district_id, parent_id FROM org_unit
        WHERE id = $1 AND district_id = $2`,
      [unitId, user.districtId],
    );
    if (!row) throw notFound('OrgUnit', unitId);
    this.access.assertUnitInScope(user, row, action);
    return row;
  }
}

/** A year in the accepted range (the form 2026, as on the period codes). */
export function yearArg(year: number): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badUserInput(`year ${year} must be a whole year between 2000 and 2100`, { field: 'year' });
  return year;
}

/**
 * Each branch's year ranked among its parent unit's branches (this year's and last), in the order
 * asked, null for a branch without one; every peer set in one ranking statement.
 */
async function amongParentPeers(
  db: DataSource,
  current: readonly BranchYear[],
  previous: readonly BranchYear[],
  branchIds: readonly string[],
): Promise<(AnnualBranchModel | null)[]> {
  const owns = branchIds.map((id) => current.find((b) => b.branchId === id) ?? null);
  const peerPaths = [...new Set(owns.flatMap((own) => (own ? [parentPath(own.path)] : [])))];
  const sets = await rankYears(
    db,
    peerPaths.map((path) => ({ current: underUnit(current, path), previous: underUnit(previous, path) })),
  );
  return owns.map((own) => {
    if (!own) return null;
    const set = sets[peerPaths.indexOf(parentPath(own.path))];
    return toBranch(
      set.find((b) => b.branchId === own.branchId)!,
      set.length,
    );
  });
}

/** The path of a unit's parent (a path is '/…/parent/unit/'). */
const parentPath = (path: string) => path.replace(/[^/]+\/$/, '');

function toUnit(u: UnitRow) {
  return { id: u.id, code: u.code, name: u.name, kind: u.kind, active: u.active };
}

function toBranch(b: RankedBranchYear, peerCount: number): AnnualBranchModel {
  const r = b.result;
  return {
    branchId: b.branchId,
    code: b.code,
    name: b.name,
    total: r.total,
    grade: r.grade,
    uncappedGrade: r.uncappedGrade,
    cappedBy: r.cappedBy ? { ...r.cappedBy, quarter: r.cappedBy.quarter ?? null } : null,
    countedQuarters: r.countedQuarters,
    quarterPoints: r.quarterPoints,
    bonusPoints: r.bonusPoints,
    deductionPoints: r.deductionPoints,
    quarters: r.quarters,
    pathPercents: b.pathPercents,
    rank: b.rank,
    peerCount,
    percentile: b.percentile,
    previousTotal: b.previousTotal,
    totalChange: b.totalChange,
    previousRank: b.previousRank,
    rankChange: b.rankChange,
    explanation: r.explanation,
  };
}
