import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkBranchSet, type CheckedBranch, type Framework, type ValueFlag } from '@pathboard/scoring';
import { DataSource } from 'typeorm';
import { notFound } from '../common/errors';
import { FrameworksService } from '../frameworks/frameworks.service';
import type { AssessmentStatusEnum } from '../assessments/models/assessment.model';
import { toCheckedBranch } from './checked-branch';
import { peerGroupsOf } from './peer-groups';
import type { ReviewRiskModel } from './models/value-flag.model';
import {
  QUALITY_PERIOD_SQL,
  qualitySetSql,
  storedInflationSql,
  type Listed,
  type QualityPeriodRow,
  type QualitySetRow,
  type StoredInflationRow,
} from './sql/quality-set.sql';

/** The data checks of some listed assessments, against their whole peer groups. */
export interface CheckedSet {
  period: QualityPeriodRow;
  framework: Framework;
  /** The listed assessments' rows (their peers are read, not returned). */
  rows: QualitySetRow[];
  /** Every row read, peers included, as libs/scoring checks them. */
  checked: CheckedBranch[];
  /** assessment id → flags, for the listed rows. */
  flags: Map<string, ValueFlag[]>;
  /** branch id → its stored inflation (none: no approved quarter in the window). */
  inflation: Map<string, StoredInflationRow>;
}

/**
 * Data checks and review risk of a quarter's assessments (docs/domain.md "Data checks",
 * docs/metrics.md "Open flags", "Self-assessment inflation", "Review risk"). Three or four statements
 * per request, whatever the number of branches: the period, the listed assessments with their peer
 * groups' values (for rows named by id, their groups first), and the listed branches' inflation as the
 * figures refresh stored it
 * (analytics/figures/self-inflation.ts). A page or one branch reads its peer groups only; the checks
 * run in libs/scoring, the same functions the self-assessment form runs.
 */
@Injectable()
export class QualityChecksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly frameworks: FrameworksService,
  ) {}

  async period(districtId: string, periodCode: string): Promise<QualityPeriodRow> {
    const [period]: QualityPeriodRow[] = await this.dataSource.query(QUALITY_PERIOD_SQL, [
      districtId,
      periodCode,
    ]);
    if (!period) throw notFound('Period', periodCode);
    return period;
  }

  /** The listed assessments' flags (their previous quarter's checks included) and inflation. */
  async check(districtId: string, period: QualityPeriodRow, listed: Listed): Promise<CheckedSet> {
    const params = [districtId, period.id, ...listed.params];
    const [framework, all, stored] = await Promise.all([
      this.frameworks.definition(period.framework_id),
      this.checkedSet(params, listed),
      this.dataSource.query(storedInflationSql(listed), params) as Promise<StoredInflationRow[]>,
    ]);
    const checked = all.map(toCheckedBranch);
    const rows = all.filter((r) => r.listed);
    const listedIds = new Set(rows.map((r) => r.assessment_id));
    const flags = checkBranchSet(framework, checked, (b) => listedIds.has(b.id));
    return {
      period,
      framework,
      rows,
      checked,
      flags,
      inflation: new Map(stored.map((r) => [r.branch_id, r])),
    };
  }

  /**
   * The listed rows with their peers. Rows named by id (one branch, a page's drafts) have their peer
   * groups looked up first, then the groups' reported assessments by index (peerGroupsOf, as the
   * figures refresh finds its groups), instead of reading every assessment of the quarter to find them
   * (a cost that grows with the district, not with the groups). The ids go in as an array, so the
   * planner knows how few they are.
   */
  private async checkedSet(params: unknown[], listed: Listed): Promise<QualitySetRow[]> {
    if (!listed.assessmentIds) return this.dataSource.query(qualitySetSql(listed, true), params);
    const [districtId, periodId] = params as [string, string];
    const peers = await peerGroupsOf(
      this.dataSource,
      districtId,
      periodId,
      listed.assessmentIds,
      params.length + 1,
    );
    return this.dataSource.query(qualitySetSql(listed, true, peers), [...params, ...peers.params]);
  }

  /** A listed row's review risk (riskRank 0: the caller ranks). */
  risk(set: CheckedSet, row: QualitySetRow): ReviewRiskModel {
    const flags = set.flags.get(row.assessment_id) ?? [];
    const inflation = set.inflation.get(row.branch_id);
    return {
      assessmentId: row.assessment_id,
      branchId: row.branch_id,
      branchCode: row.code,
      branchName: row.name,
      status: row.status as AssessmentStatusEnum,
      // docs/metrics.md "Open flags": approving the assessment closes its flags.
      openFlags: row.status === 'APPROVED' ? 0 : flags.length,
      flags: flags.map((f) => ({ ...f, rule: f.rule ?? null })),
      inflation: inflation?.inflation ?? null,
      inflationQuarters: inflation?.quarters ?? 0,
      riskRank: 0,
    };
  }
}
