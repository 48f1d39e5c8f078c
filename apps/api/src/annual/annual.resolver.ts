import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../auth/auth.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../common/uuid.pipe';
import { AnnualService, yearArg } from './annual.service';
import { AnnualBranchModel, AnnualScoreboardModel, AnnualTrendPointModel } from './annual.types';
import { AnnualTrendArgs } from './dto/annual-trend.args';
import { AnnualCompareArgs } from './dto/annual-compare.args';

@Resolver()
@UseGuards(AuthGuard)
export class AnnualResolver {
  constructor(private readonly annual: AnnualService) {}

  @Query(() => AnnualScoreboardModel, {
    description:
      "ADMIN/REVIEWER/VIEWER: a unit's year (年度考评): every branch's annual total, grade, path percents, rank, percentile and change against the previous year.",
  })
  annualScoreboard(
    @CurrentUser() user: AuthUser,
    @Args('unitId', { type: () => ID }, new UuidPipe('unitId')) unitId: string,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<AnnualScoreboardModel> {
    return this.annual.unitYear(user, unitId, yearArg(year));
  }

  @Query(() => AnnualBranchModel, {
    description:
      "A branch's year among the branches of its parent unit, with the explanation. Committee roles in scope, or the branch's own user.",
  })
  branchAnnual(
    @CurrentUser() user: AuthUser,
    @Args('branchId', { type: () => ID }, new UuidPipe('branchId')) branchId: string,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<AnnualBranchModel> {
    return this.annual.branchYear(user, branchId, yearArg(year));
  }

  @Query(() => [AnnualBranchModel], {
    description:
      "ADMIN/REVIEWER/VIEWER: 2–6 branches' years side by side (annual total, grade, path percents, rank among their parent unit's branches); a branch without an assessment that year is left out.",
  })
  annualCompare(
    @CurrentUser() user: AuthUser,
    @Args() args: AnnualCompareArgs,
  ): Promise<AnnualBranchModel[]> {
    return this.annual.compareYear(user, args.branchIds, args.year);
  }

  @Query(() => [AnnualTrendPointModel], {
    description:
      "The trend's year option: a unit's years (mean annual total of its branches; a branch: its own total and grade), at most 10. Committee roles in scope, or the branch itself.",
  })
  annualTrend(
    @CurrentUser() user: AuthUser,
    @Args() args: AnnualTrendArgs,
  ): Promise<AnnualTrendPointModel[]> {
    return this.annual.unitTrend(user, args.unitId, args.fromYear, args.toYear);
  }
}
