import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  anonymousPeers,
  checkBranchSet,
  compareInflation,
  compareRisk,
  INFLATION_QUARTERS,
  officialValues,
  peerValuesOf,
  selfInflation,
  type CheckedBranch,
  type Framework,
  type IndicatorValuePair,
  type Sector,
  type ValueFlag,
  type ValueMap,
} from '@pathboard/scoring';
import { DataSource } from 'typeorm';
import { AccessPolicy, missingUnit } from '../auth/access-policy.service';
import { Role, type AuthUser } from '../auth/auth-user';
import { notFound } from '../common/errors';
import { FrameworksService } from '../frameworks/frameworks.service';
import type { AssessmentStatusEnum } from '../assessments/models/assessment.model';
import type { InflationLeaderModel } from './models/inflation-leader.model';
import type { ReviewRiskModel, ValueChecksModel } from './models/value-flag.model';
import {
  INFLATION_SQL,
  PERIOD_ASSESSMENTS_SQL,
  QUALITY_PERIOD_SQL,
  QUALITY_SET_SQL,
  type InflationRow,
  type PeriodAssessmentRow,
  type QualityPeriodRow,
  type QualitySetRow,
} from './sql/quality-set.sql';

interface QualitySet {
  period: QualityPeriodRow;
  framework: Framework;
  rows: QualitySetRow[];
  checked: CheckedBranch[];
  inflation: Map<string, { self: number; official: number }[]>;
}

/**
 * Data checks of a quarter's assessments and review risk (docs/domain.md "Data checks",
 * docs/metrics.md "Open flags", "Self-assessment inflation", "Review risk"). Three statements per
 * request, whatever the number of branches: the period, the assessments with their values and
 * previous-quarter values, the approved totals of the last four quarters. The checks run in
 * libs/scoring, the same functions the self-assessment form runs.
 */
@Injectable()
export class QualityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly frameworks: FrameworksService,
  ) {}

  /** The period's assessments in the caller's scope, riskiest first. */
  async reviewRisks(user: AuthUser, periodCode: string): Promise<ReviewRiskModel[]> {
    this.policy.assertRole(user, [Role.REVIEWER, Role.ADMIN, Role.VIEWER], 'quality.reviewRisks');
    const set = await this.load(user.districtId, periodCode);
    const flags = checkBranchSet(set.framework, set.checked);
    const scope = this.scopePrefix(user);
    const risks = set.rows.filter((r) => r.path.startsWith(scope)).map((r) => this.risk(set, r, flags));
    risks.sort((a, b) => compareRisk(a, b) || a.branchCode.localeCompare(b.branchCode));
    let rank = 0;
    risks.forEach(
      (r, i) => (r.riskRank = i > 0 && compareRisk(risks[i - 1], r) === 0 ? rank : (rank = i + 1)),
    );
    return risks;
  }

  /**
   * The committee overview's inflation list: the `limit` branches of the caller's scope with the
   * largest self-assessment inflation (the same selfInflation as reviewRisks), without the data
   * checks, so its cost and its answer do not grow with the branches it does not show.
   */
  async inflationLeaders(user: AuthUser, periodCode: string, limit: number): Promise<InflationLeaderModel[]> {
    this.policy.assertRole(user, [Role.REVIEWER, Role.ADMIN, Role.VIEWER], 'quality.inflationLeaders');
    const period = await this.period(user.districtId, periodCode);
    const [rows, approved] = await Promise.all([
      this.dataSource.query(PERIOD_ASSESSMENTS_SQL, [user.districtId, period.id]) as Promise<
        PeriodAssessmentRow[]
      >,
      this.dataSource.query(INFLATION_SQL, [user.districtId, period.id, INFLATION_QUARTERS]) as Promise<
        InflationRow[]
      >,
    ]);
    const inflation = byBranch(approved);
    const scope = this.scopePrefix(user);
    const leaders: InflationLeaderModel[] = [];
    for (const r of rows) {
      const quarters = inflation.get(r.branch_id) ?? [];
      const value = selfInflation(quarters);
      if (value === null || !r.path.startsWith(scope)) continue;
      leaders.push({
        assessmentId: r.assessment_id,
        branchId: r.branch_id,
        branchCode: r.code,
        branchName: r.name,
        inflation: value,
        inflationQuarters: quarters.length,
      });
    }
    return leaders.sort(compareInflation).slice(0, limit);
  }

  /** One branch's checks of the period, with its previous values and its peers' values for the form. */
  async valueChecks(user: AuthUser, branchId: string, periodCode: string): Promise<ValueChecksModel> {
    const [unit]: { id: string; path: string }[] = await this.dataSource.query(
      `SELECT id, path FROM org_unit WHERE id = $1 AND district_id = $2`,
      [branchId, user.districtId],
    );
    if (!unit) throw notFound('OrgUnit', branchId);
    this.policy.assertCanSeeBranchValues(user, unit, 'quality.valueChecks', missingUnit(branchId));
    const set = await this.load(user.districtId, periodCode);
    const row = set.rows.find((r) => r.branch_id === branchId);
    if (!row) throw notFound('Assessment', `${periodCode} of branch ${branchId}`);
    const branch = set.checked.find((b) => b.id === row.assessment_id)!;
    // Only the branch's peer group: checkBranchSet checks each group on its own, so the branch's
    // flags are the same as over the whole district, for the cost of its group.
    const group = set.checked.filter((b) => b.group === branch.group && b.sector === branch.sector);
    return {
      ...this.risk(set, row, checkBranchSet(set.framework, group)),
      riskRank: 0,
      previous: branch.previous ?? null,
      peers: anonymousPeers(peerValuesOf(branch, set.checked)),
    };
  }

  /** The caller's scope path, a prefix of every branch path inside it. */
  private scopePrefix(user: AuthUser): string {
    return this.policy.scopeFilter(user).slice(0, -1);
  }

  private risk(set: QualitySet, row: QualitySetRow, checked: Map<string, ValueFlag[]>): ReviewRiskModel {
    const flags = checked.get(row.assessment_id) ?? [];
    const approved = set.inflation.get(row.branch_id) ?? [];
    return {
      assessmentId: row.assessment_id,
      branchId: row.branch_id,
      branchCode: row.code,
      branchName: row.name,
      status: row.status as AssessmentStatusEnum,
      // docs/metrics.md "Open flags": approving the assessment closes its flags.
      openFlags: row.status === 'APPROVED' ? 0 : flags.length,
      flags: flags.map((f) => ({ ...f, rule: f.rule ?? null })),
      inflation: selfInflation(approved),
      inflationQuarters: approved.length,
      riskRank: 0,
    };
  }

  private async period(districtId: string, periodCode: string): Promise<QualityPeriodRow> {
    const [period]: QualityPeriodRow[] = await this.dataSource.query(QUALITY_PERIOD_SQL, [
      districtId,
      periodCode,
    ]);
    if (!period) throw notFound('Period', periodCode);
    return period;
  }

  private async load(districtId: string, periodCode: string): Promise<QualitySet> {
    const period = await this.period(districtId, periodCode);
    const [framework, rows, approved] = await Promise.all([
      this.frameworks.definition(period.framework_id),
      this.dataSource.query(QUALITY_SET_SQL, [districtId, period.id, period.previous_id]) as Promise<
        QualitySetRow[]
      >,
      this.dataSource.query(INFLATION_SQL, [districtId, period.id, INFLATION_QUARTERS]) as Promise<
        InflationRow[]
      >,
    ]);
    const checked: CheckedBranch[] = rows.map((r) => ({
      id: r.assessment_id,
      sector: (r.sector ?? undefined) as Sector | undefined,
      // The peer group: the unit whose reviewer reviews the branch (its parent as the period saw it).
      group: r.parent_id ?? '',
      values: valuesOf(r.pairs),
      previous: r.previous_pairs ? valuesOf(r.previous_pairs) : undefined,
      // Only reported values are anyone's peers: a draft or returned one is still being entered.
      peer: r.status === 'SUBMITTED' || r.status === 'APPROVED',
    }));
    const inflation = byBranch(approved);
    return { period, framework, rows, checked, inflation };
  }
}

/** The approved quarters of the inflation window, per branch. */
function byBranch(approved: InflationRow[]): Map<string, InflationRow[]> {
  const out = new Map<string, InflationRow[]>();
  for (const a of approved) {
    const quarters = out.get(a.branch_id);
    if (quarters) quarters.push(a);
    else out.set(a.branch_id, [a]);
  }
  return out;
}

/** The values that count: the reviewer's where given, else the branch's own (libs/scoring officialValues). */
function valuesOf(pairs: QualitySetRow['pairs']): ValueMap {
  return officialValues((pairs ?? {}) as Record<string, IndicatorValuePair>);
}
