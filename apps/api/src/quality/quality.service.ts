import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { anonymousPeers, compareInflation, compareRisk, peerValuesOf } from '@pathboard/scoring';
import { DataSource } from 'typeorm';
import { AccessPolicy, missingUnit } from '../auth/access-policy.service';
import { Role, type AuthUser } from '../auth/auth-user';
import { notFound } from '../common/errors';
import type { InflationLeaderModel } from './models/inflation-leader.model';
import type { ReviewRiskModel, ValueChecksModel } from './models/value-flag.model';
import { QualityChecksService } from './quality-checks.service';
import {
  BRANCH_PERIOD_ASSESSMENT_SQL,
  INFLATION_LEADERS_SQL,
  listedByIds,
  type BranchPeriodAssessmentRow,
  type InflationLeaderRow,
} from './sql/quality-set.sql';
import { listedByFilter } from './sql/review-queue.sql';

/**
 * The quality queries: every assessment's review risk, the overview's inflation list and one
 * branch's checks (the checks themselves: QualityChecksService).
 */
@Injectable()
export class QualityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly checks: QualityChecksService,
  ) {}

  /** The period's assessments in the caller's scope, riskiest first (the review queue pages them). */
  async reviewRisks(user: AuthUser, periodCode: string): Promise<ReviewRiskModel[]> {
    this.policy.assertRole(user, [Role.REVIEWER, Role.ADMIN, Role.VIEWER], 'quality.reviewRisks');
    const period = await this.checks.period(user.districtId, periodCode);
    const scope = this.policy.scopeFilter(user);
    const set = await this.checks.check(
      user.districtId,
      period,
      listedByFilter({ districtId: user.districtId, periodId: period.id, scope, status: null, search: null }),
    );
    const risks = set.rows.map((r) => this.checks.risk(set, r));
    risks.sort((a, b) => compareRisk(a, b) || a.branchCode.localeCompare(b.branchCode));
    let rank = 0;
    risks.forEach(
      (r, i) => (r.riskRank = i > 0 && compareRisk(risks[i - 1], r) === 0 ? rank : (rank = i + 1)),
    );
    return risks;
  }

  /**
   * The committee overview's inflation list: the `limit` branches of the caller's scope with the
   * largest self-assessment inflation (as stored by the figures refresh, which reviewRisks reads
   * too), largest first (compareInflation), read off the inflation index: its cost and its answer
   * do not grow with the branches it does not show.
   */
  async inflationLeaders(user: AuthUser, periodCode: string, limit: number): Promise<InflationLeaderModel[]> {
    this.policy.assertRole(user, [Role.REVIEWER, Role.ADMIN, Role.VIEWER], 'quality.inflationLeaders');
    const period = await this.checks.period(user.districtId, periodCode);
    const rows: InflationLeaderRow[] = await this.dataSource.query(INFLATION_LEADERS_SQL, [
      user.districtId,
      period.id,
      this.policy.scopeFilter(user),
      limit,
    ]);
    const leaders: InflationLeaderModel[] = rows.map((r) => ({
      assessmentId: r.assessment_id,
      branchId: r.branch_id,
      branchCode: r.code,
      branchName: r.name,
      inflation: r.inflation,
      inflationQuarters: r.quarters,
    }));
    return leaders.sort(compareInflation).slice(0, limit);
  }

  /**
   * One branch's checks of the period, with its previous values and its peers' values for the form.
   * Reads the branch's peer group only: the same flags as over the whole district.
   */
  async valueChecks(user: AuthUser, branchId: string, periodCode: string): Promise<ValueChecksModel> {
    const [found]: BranchPeriodAssessmentRow[] = await this.dataSource.query(BRANCH_PERIOD_ASSESSMENT_SQL, [
      user.districtId,
      periodCode,
      branchId,
    ]);
    if (!found) throw notFound('OrgUnit', branchId);
    // The access check comes before saying whether the quarter or the assessment exists.
    this.policy.assertCanSeeBranchValues(user, found, 'quality.valueChecks', missingUnit(branchId));
    const { period_id: periodId, period_code: code, framework_id: frameworkId } = found;
    if (!periodId || !code || !frameworkId) throw notFound('Period', periodCode);
    const period = { id: periodId, code, framework_id: frameworkId };
    if (!found.assessment_id) throw notFound('Assessment', `${periodCode} of branch ${branchId}`);
    const set = await this.checks.check(user.districtId, period, listedByIds([found.assessment_id]));
    const row = set.rows[0];
    const branch = set.checked.find((b) => b.id === row.assessment_id)!;
    return {
      ...this.checks.risk(set, row),
      previous: branch.previous ?? null,
      peers: anonymousPeers(peerValuesOf(branch, set.checked)),
    };
  }
}
