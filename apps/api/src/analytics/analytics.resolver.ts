import { UseGuards } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../auth/auth.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { AnalyticsService } from './analytics.service';
import { CompareArgs, PeerStandingArgs, TrendArgs, UnitPeriodArgs } from './dto/analytics.args';
import { BranchComparisonModel } from './models/compare.model';
import { CompletionModel } from './models/completion.model';
import { PeerStandingModel } from './models/peer-standing.model';
import { TrendPointModel } from './models/trend.model';

/** Thin: one service call per query; access is checked in the service. */
@Resolver()
@UseGuards(AuthGuard)
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Query(() => [TrendPointModel], {
    description:
      "Per period of the range (inclusive): a unit's mean, median, completion and path means over the branches that reported " +
      '(SUBMITTED or APPROVED) in that period. A BRANCH user: its own branch only.',
  })
  trend(@CurrentUser() user: AuthUser, @Args() args: TrendArgs): Promise<TrendPointModel[]> {
    return this.analytics.trend(user, args.unitId, args.fromPeriod, args.toPeriod);
  }

  @Query(() => [BranchComparisonModel], {
    description: 'ADMIN/REVIEWER/VIEWER: 2–6 branches in scope side by side, in the order asked.',
  })
  compare(@CurrentUser() user: AuthUser, @Args() args: CompareArgs): Promise<BranchComparisonModel[]> {
    return this.analytics.compare(user, args.branchIds, args.period);
  }

  @Query(() => PeerStandingModel, {
    description:
      "A branch's rank and percentile among same-parent and same-sector peers that have reported (SUBMITTED or APPROVED): counts, " +
      'the median total and per-path medians only. A BRANCH user: its own.',
  })
  peerStanding(@CurrentUser() user: AuthUser, @Args() args: PeerStandingArgs): Promise<PeerStandingModel> {
    return this.analytics.peerStanding(user, args.branchId, args.period);
  }

  @Query(() => CompletionModel, {
    description: 'ADMIN/REVIEWER/VIEWER: how far the branches of a unit are with a period.',
  })
  completion(@CurrentUser() user: AuthUser, @Args() args: UnitPeriodArgs): Promise<CompletionModel> {
    return this.analytics.completion(user, args.unitId, args.period);
  }
}
