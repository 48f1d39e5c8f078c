import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../auth/auth.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../common/uuid.pipe';
import { yearArg } from './annual.service';
import { AnnualValuesService } from './annual-values.service';
import { AnnualClaimToReviewModel, AnnualItemsModel } from './annual-values.types';
import { ReviewAnnualValuesInput, SaveAnnualValuesInput } from './dto/annual-values.input';

@Resolver()
@UseGuards(AuthGuard)
export class AnnualValuesResolver {
  constructor(private readonly values: AnnualValuesService) {}

  @Query(() => AnnualItemsModel, {
    description:
      "A branch's annual-only items (年度加分, 年度扣分, annual vetoes) for a year: its own values, the reviewed ones and how they counted. The branch itself, or committee roles in scope.",
  })
  annualItems(
    @CurrentUser() user: AuthUser,
    @Args('branchId', { type: () => ID }, new UuidPipe('branchId')) branchId: string,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<AnnualItemsModel> {
    return this.values.items(user, branchId, yearArg(year));
  }

  @Query(() => [AnnualClaimToReviewModel], {
    description:
      'REVIEWER/ADMIN: 年度事项待审核, the branches in scope whose annual claims of the year wait for a review (never reviewed, or changed since).',
  })
  annualClaimsToReview(
    @CurrentUser() user: AuthUser,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<AnnualClaimToReviewModel[]> {
    return this.values.claimsToReview(user, yearArg(year));
  }

  @Mutation(() => AnnualItemsModel, {
    description: 'BRANCH: enter its own annual-only values (claims) while the year is not closed.',
  })
  saveAnnualValues(
    @CurrentUser() user: AuthUser,
    @Args('input') input: SaveAnnualValuesInput,
  ): Promise<AnnualItemsModel> {
    return this.values.save(user, input.branchId, input.year, input.values);
  }

  @Mutation(() => AnnualItemsModel, {
    description:
      'REVIEWER/ADMIN: set the reviewed (official) annual-only values of a branch in scope while the year is not closed.',
  })
  reviewAnnualValues(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ReviewAnnualValuesInput,
  ): Promise<AnnualItemsModel> {
    return this.values.review(user, input.branchId, input.year, input.values);
  }
}
