import { UseGuards } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../auth/auth.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { BranchPageService } from './branch-page.service';
import { BranchPageArgs, DistributionArgs } from './dto/branch-page.args';
import { BranchPageModel, ScoreBinModel } from './models/branch-page.model';

/** Thin: one service call per query; access is checked in the service. */
@Resolver()
@UseGuards(AuthGuard)
export class BranchPageResolver {
  constructor(private readonly pages: BranchPageService) {}

  @Query(() => BranchPageModel, {
    description:
      "ADMIN/REVIEWER/VIEWER: one page of a unit's branch table for a period, filtered and sorted on the server; " +
      'the ranking (top or bottom N) and the heatmap read pages too, so no screen downloads every branch.',
  })
  branchPage(@CurrentUser() user: AuthUser, @Args() args: BranchPageArgs): Promise<BranchPageModel> {
    return this.pages.page(user, args);
  }

  @Query(() => [ScoreBinModel], {
    description:
      "ADMIN/REVIEWER/VIEWER: the distribution of a unit's official totals in bins, counted on the server.",
  })
  scoreDistribution(@CurrentUser() user: AuthUser, @Args() args: DistributionArgs): Promise<ScoreBinModel[]> {
    return this.pages.distribution(user, args.unitId, args.period, args.binWidth);
  }
}
