import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../auth/auth.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../common/uuid.pipe';
import { FrameworksService } from '../frameworks/frameworks.service';
import { FrameworkModel } from '../frameworks/models/framework.model';
import { PeriodCloseCheckModel } from './models/period-close-check.model';
import { PeriodModel } from './models/period.model';
import { PeriodsService } from './periods.service';

@Resolver(() => PeriodModel)
@UseGuards(AuthGuard)
export class PeriodsResolver {
  constructor(
    private readonly service: PeriodsService,
    private readonly frameworks: FrameworksService,
  ) {}

  @Query(() => [PeriodModel], { description: "The caller's district's periods, newest first." })
  periods(@CurrentUser() user: AuthUser): Promise<PeriodModel[]> {
    return this.service.list(user);
  }

  @Mutation(() => PeriodModel, {
    description: 'ADMIN: open a quarter; creates a DRAFT assessment for every active branch in scope.',
  })
  openPeriod(
    @CurrentUser() user: AuthUser,
    @Args('code', { description: 'Quarter code, e.g. 2026Q1.' }) code: string,
    @Args('frameworkId', { type: () => ID }, new UuidPipe('frameworkId')) frameworkId: string,
    @Args('deadline', { description: 'Submissions after this instant are flagged late.' }) deadline: Date,
  ): Promise<PeriodModel> {
    return this.service.open(user, { code, frameworkId, deadline });
  }

  @Query(() => PeriodCloseCheckModel, {
    description: 'ADMIN: what closing a quarter would do now (counts by status, deadline, year).',
  })
  periodCloseCheck(
    @CurrentUser() user: AuthUser,
    @Args('periodId', { type: () => ID }, new UuidPipe('periodId')) periodId: string,
  ): Promise<PeriodCloseCheckModel> {
    return this.service.closeCheck(user, periodId);
  }

  @Mutation(() => PeriodModel, {
    description:
      "ADMIN: close a quarter; its assessments can no longer change, and closing the year's last open quarter finalizes the year. Before the deadline or with submissions not reviewed it is refused (BAD_USER_INPUT, reason CLOSE_NOT_CONFIRMED) unless force is true; audited.",
  })
  closePeriod(
    @CurrentUser() user: AuthUser,
    @Args('periodId', { type: () => ID }, new UuidPipe('periodId')) periodId: string,
    @Args('force', {
      type: () => Boolean,
      defaultValue: false,
      description: 'Close even before the deadline or with submissions not reviewed (audited).',
    })
    force: boolean,
  ): Promise<PeriodModel> {
    return this.service.close(user, periodId, force);
  }

  @Mutation(() => PeriodModel, {
    description:
      'ADMIN: reopen a closed quarter (reason required, audited); a frozen year it belongs to is marked changed and recomputed when the quarter closes again.',
  })
  reopenPeriod(
    @CurrentUser() user: AuthUser,
    @Args('periodId', { type: () => ID }, new UuidPipe('periodId')) periodId: string,
    @Args('reason', { description: 'Why the quarter reopens (audited).' }) reason: string,
  ): Promise<PeriodModel> {
    return this.service.reopen(user, periodId, reason);
  }

  @Mutation(() => PeriodModel, {
    description: "ADMIN: move an open quarter's deadline; reason required and audited.",
  })
  changePeriodDeadline(
    @CurrentUser() user: AuthUser,
    @Args('periodId', { type: () => ID }, new UuidPipe('periodId')) periodId: string,
    @Args('deadline', { description: 'Submissions after this instant are flagged late.' }) deadline: Date,
    @Args('reason', { description: 'Why the deadline moves (audited).' }) reason: string,
  ): Promise<PeriodModel> {
    return this.service.changeDeadline(user, periodId, deadline, reason);
  }

  @ResolveField(() => FrameworkModel)
  framework(@CurrentUser() user: AuthUser, @Parent() period: PeriodModel): Promise<FrameworkModel> {
    return this.frameworks.get(user, period.frameworkId);
  }
}
