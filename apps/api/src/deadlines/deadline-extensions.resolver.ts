import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../auth/auth.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { DeadlineExtensionsService } from './deadline-extensions.service';
import { ExtendDeadlineInput } from './dto/extend-deadline.input';
import { DeadlineExtensionModel } from './models/deadline-extension.model';

/** Thin: one service call per operation. */
@Resolver(() => DeadlineExtensionModel)
@UseGuards(AuthGuard)
export class DeadlineExtensionsResolver {
  constructor(private readonly service: DeadlineExtensionsService) {}

  @Mutation(() => DeadlineExtensionModel, {
    description:
      'ADMIN 延期: give one branch a later deadline for an open period (reason required, audited).',
  })
  extendDeadline(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ExtendDeadlineInput,
  ): Promise<DeadlineExtensionModel> {
    return this.service.extend(user, input);
  }

  @Query(() => [DeadlineExtensionModel], {
    description: "The extended deadlines of a period within the caller's scope.",
  })
  deadlineExtensions(
    @CurrentUser() user: AuthUser,
    @Args('period') period: string,
  ): Promise<DeadlineExtensionModel[]> {
    return this.service.list(user, period);
  }
}
