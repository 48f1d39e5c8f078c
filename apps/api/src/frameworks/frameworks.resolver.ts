import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../auth/auth.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../common/uuid.pipe';
import { FrameworksService } from './frameworks.service';
import { FrameworkModel } from './models/framework.model';
import { JSONScalar } from './scalars/json.scalar';

@Resolver(() => FrameworkModel)
@UseGuards(AuthGuard)
export class FrameworksResolver {
  constructor(private readonly service: FrameworksService) {}

  @Query(() => [FrameworkModel], {
    description:
      "The framework versions the caller's district may use: the shared system ones and its own (another district's are never listed), newest version of each code first.",
  })
  frameworks(@CurrentUser() user: AuthUser): Promise<FrameworkModel[]> {
    return this.service.list(user);
  }

  @Query(() => FrameworkModel)
  framework(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }, new UuidPipe('id')) id: string,
  ): Promise<FrameworkModel> {
    return this.service.get(user, id);
  }

  @Mutation(() => FrameworkModel, {
    description:
      "ADMIN: validate a framework (JSON or a JSON string) and store it as a new version owned by the caller's district (seen and used only there; shared system frameworks are published by the platform).",
  })
  importFramework(
    @CurrentUser() user: AuthUser,
    @Args('definition', { type: () => JSONScalar }) definition: unknown,
  ): Promise<FrameworkModel> {
    return this.service.import(user, definition);
  }
}
