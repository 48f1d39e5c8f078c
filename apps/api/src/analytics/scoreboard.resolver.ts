import { UseGuards } from '@nestjs/common';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../auth/auth.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UnitPeriodArgs } from './dto/analytics.args';
import { ScoreboardBranchModel, ScoreboardModel } from './models/scoreboard.model';
import { ScoreboardService } from './scoreboard.service';

@Resolver(() => ScoreboardModel)
@UseGuards(AuthGuard)
export class ScoreboardResolver {
  constructor(private readonly scoreboards: ScoreboardService) {}

  @Query(() => ScoreboardModel, {
    description:
      "ADMIN/REVIEWER/VIEWER: a unit's figures for a period over every branch of its subtree, each direct child's, and the branch table. " +
      'Figures count a branch as assessed once its assessment is reported (SUBMITTED or APPROVED); a DRAFT or RETURNED one is listed without total or rank.',
  })
  scoreboard(@CurrentUser() user: AuthUser, @Args() args: UnitPeriodArgs): Promise<ScoreboardModel> {
    return this.scoreboards.scoreboard(user, args.unitId, args.period);
  }

  @ResolveField(() => [ScoreboardBranchModel])
  branches(@Parent() scoreboard: ScoreboardModel): Promise<ScoreboardBranchModel[]> {
    return this.scoreboards.branches(scoreboard.context);
  }
}
