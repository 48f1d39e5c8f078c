import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { compareRisk } from '@pathboard/scoring';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy.service';
import { Role, type AuthUser } from '../auth/auth-user';
import { containsPattern } from '../common/sql-like';
import type { Sector } from '../org-units/org-unit.enums';
import type { ReviewQueueArgs } from './dto/review-queue.args';
import type { ReviewQueuePageModel, ReviewQueueRowModel } from './models/review-queue.model';
import { QualityChecksService, type CheckedSet } from './quality-checks.service';
import { listedByIds } from './sql/quality-set.sql';
import {
  filterParams,
  listedByFilter,
  QUEUE_COUNT_SQL,
  QUEUE_ROWS_SQL,
  queuePageSql,
  type QueueFilter,
  type QueueRow,
} from './sql/review-queue.sql';

/**
 * The review queue (/review): one page of a quarter's assessments in the caller's scope, with each
 * row's review risk. An assessment's risk is the one the figures refresh stored (its open flags:
 * analytics/figures/open-flags.ts, every status; its inflation), so an SQL order, the risk order
 * (libs/scoring compareRisk) among them, pages in SQL and checks live only the page's rows the
 * refresh has not checked yet, against their peer groups. By risk with such a row listed, every
 * listed assessment is checked live and ordered, and still one page is sent.
 */
@Injectable()
export class ReviewQueueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly checks: QualityChecksService,
  ) {}

  async page(user: AuthUser, args: ReviewQueueArgs): Promise<ReviewQueuePageModel> {
    this.policy.assertRole(user, [Role.REVIEWER, Role.ADMIN, Role.VIEWER], 'quality.reviewQueue');
    const period = await this.checks.period(user.districtId, args.period);
    const filter: QueueFilter = {
      districtId: user.districtId,
      periodId: period.id,
      scope: this.policy.scopeFilter(user),
      status: args.status ?? null,
      search: containsPattern(args.search),
      wholeDistrict: this.policy.scopesWholeDistrict(user),
    };
    // By risk, the SQL order on the stored open flags unless a listed row has none stored (one the
    // refresh has not checked yet): then every row live.
    const page = (await this.bySql(filter, period, args)) ?? (await this.byLiveRisk(filter, period, args));
    return {
      totalCount: page.totalCount,
      offset: args.offset,
      rows: page.rows.map((row) => toModel(row, period.code, page.live.get(row.assessment_id))),
    };
  }

  /**
   * A page in an SQL order (by risk: on the stored open flags). Each row's risk is the stored one;
   * only a row with no stored count (not checked by the refresh yet) is checked live, against its
   * whole peer group. Null: by risk, some listed row has no stored count.
   */
  private async bySql(
    filter: QueueFilter,
    period: CheckedSet['period'],
    args: ReviewQueueArgs,
  ): Promise<QueuePage | null> {
    const rows: QueueRow[] = await this.dataSource.query(queuePageSql(args.sortBy, args.descending, filter), [
      ...filterParams(filter),
      args.limit,
      args.offset,
    ]);
    // By risk with an unstored row listed, the order is the live one (an empty page, past the end,
    // is empty in either order).
    if (rows.length > 0 && rows[0].unchecked! > 0) return null;
    const totalCount = rows.length
      ? rows[0].total_count!
      : args.offset === 0
        ? 0
        : ((await this.dataSource.query(QUEUE_COUNT_SQL, filterParams(filter))) as QueueRow[])[0]
            .total_count!;
    const unstored = rows.filter((r) => r.status !== 'APPROVED' && r.open_flags === null);
    const live = unstored.length
      ? liveFlags(
          await this.checks.check(
            filter.districtId,
            period,
            listedByIds(unstored.map((r) => r.assessment_id)),
          ),
        )
      : new Map<string, number>();
    return { totalCount, rows, live };
  }

  /** The risk order live: every listed assessment checked and ordered, one page read and sent. */
  private async byLiveRisk(
    filter: QueueFilter,
    period: CheckedSet['period'],
    args: ReviewQueueArgs,
  ): Promise<QueuePage> {
    const set = await this.checks.check(filter.districtId, period, listedByFilter(filter));
    const risk = set.rows.map((r) => this.checks.risk(set, r));
    // Descending reverses the risk, not the tie order: ties stay by code, as in the SQL orders.
    const sign = args.descending ? -1 : 1;
    const order = risk.sort(
      (a, b) =>
        sign * compareRisk(a, b) ||
        a.branchCode.localeCompare(b.branchCode) ||
        a.assessmentId.localeCompare(b.assessmentId),
    );
    const page = order.slice(args.offset, args.offset + args.limit);
    const ids = page.map((r) => r.assessmentId);
    const found: QueueRow[] = ids.length
      ? await this.dataSource.query(QUEUE_ROWS_SQL, [filter.districtId, ids])
      : [];
    const byId = new Map(found.map((r) => [r.assessment_id, r]));
    // An assessment deleted between the two statements is left out rather than shown half.
    const rows = ids.flatMap((id) => byId.get(id) ?? []);
    return { totalCount: order.length, rows, live: new Map(page.map((r) => [r.assessmentId, r.openFlags])) };
  }
}

/** A page's rows, and the flag counts checked live (assessment id → count) of those that have them. */
interface QueuePage {
  totalCount: number;
  rows: QueueRow[];
  live: Map<string, number>;
}

function liveFlags(set: CheckedSet): Map<string, number> {
  return new Map(set.rows.map((r) => [r.assessment_id, set.flags.get(r.assessment_id)?.length ?? 0]));
}

function toModel(row: QueueRow, periodCode: string, checkedLive: number | undefined): ReviewQueueRowModel {
  return {
    assessmentId: row.assessment_id,
    branchId: row.branch_id,
    branchCode: row.code,
    branchName: row.name,
    periodCode,
    sector: row.sector as Sector | null,
    status: row.status as ReviewQueueRowModel['status'],
    submittedAt: row.submitted_at,
    onTime: row.on_time,
    selfTotal: row.self_total,
    selfGrade: row.grade,
    completeness: row.completeness,
    // docs/metrics.md "Open flags": approving the assessment closes its flags.
    openFlags: row.status === 'APPROVED' ? 0 : (checkedLive ?? row.open_flags ?? 0),
    inflation: row.inflation,
    inflationQuarters: row.inflation_quarters,
  };
}
