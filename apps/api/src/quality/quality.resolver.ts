import { UseGuards } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../auth/auth.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../common/uuid.pipe';
import { JSONScalar } from '../frameworks/scalars/json.scalar';
import { InflationLeadersArgs } from './dto/inflation-leaders.args';
import { ReviewQueueArgs } from './dto/review-queue.args';
import { InflationLeaderModel } from './models/inflation-leader.model';
import { ReviewQueuePageModel } from './models/review-queue.model';
import { ReviewRiskModel, ValueChecksModel } from './models/value-flag.model';
import { WhatIfModel } from './models/what-if.model';
import { QualityService } from './quality.service';
import { ReviewQueueService } from './review-queue.service';
import { WhatIfService } from './what-if.service';

/** Thin: data checks, review risk and what-if (issue 17). */
@Resolver()
@UseGuards(AuthGuard)
export class QualityResolver {
  constructor(
    private readonly quality: QualityService,
    private readonly whatIfs: WhatIfService,
    private readonly queue: ReviewQueueService,
  ) {}

  @Query(() => ReviewQueuePageModel, {
    description:
      "REVIEWER/ADMIN/VIEWER: one page of the period's assessments in the caller's scope with their review risk (the review queue), ordered and filtered on the server.",
  })
  reviewQueue(@CurrentUser() user: AuthUser, @Args() args: ReviewQueueArgs): Promise<ReviewQueuePageModel> {
    return this.queue.page(user, args);
  }

  @Query(() => [ReviewRiskModel], {
    description:
      "REVIEWER/ADMIN/VIEWER: the period's assessments in the caller's scope with their data-check flags and self-assessment inflation, riskiest first. Every one in scope: a screen pages them with reviewQueue(sortBy: RISK).",
  })
  reviewRisks(@CurrentUser() user: AuthUser, @Args('period') period: string): Promise<ReviewRiskModel[]> {
    return this.quality.reviewRisks(user, period);
  }

  @Query(() => [InflationLeaderModel], {
    description:
      "REVIEWER/ADMIN/VIEWER: the branches of the caller's scope with the largest self-assessment inflation in the period, at most `limit`, largest first.",
  })
  inflationLeaders(
    @CurrentUser() user: AuthUser,
    @Args() { period, limit }: InflationLeadersArgs,
  ): Promise<InflationLeaderModel[]> {
    return this.quality.inflationLeaders(user, period, limit);
  }

  @Query(() => ValueChecksModel, {
    description:
      "A branch's data checks of a period (its own for a BRANCH user), with the previous-quarter and peer values the form checks against.",
  })
  valueChecks(
    @CurrentUser() user: AuthUser,
    @Args('branchId', { type: () => ID }, new UuidPipe('branchId')) branchId: string,
    @Args('period') period: string,
  ): Promise<ValueChecksModel> {
    return this.quality.valueChecks(user, branchId, period);
  }

  @Query(() => WhatIfModel, {
    description:
      "ADMIN: how a past quarter's reported branches would score and rank under a draft framework (JSON or a JSON string); nothing is stored.",
  })
  whatIf(
    @CurrentUser() user: AuthUser,
    @Args('period') period: string,
    @Args('framework', { type: () => JSONScalar }) framework: unknown,
  ): Promise<WhatIfModel> {
    return this.whatIfs.run(user, period, framework);
  }
}
