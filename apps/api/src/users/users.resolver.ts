import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../auth/auth.guard';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { OrgUnit } from '../org-units/models/org-unit.model';
import { OrgUnitScopeLoader } from '../org-units/org-unit-scope.loader';
import { CreateUserInput } from './dto/create-user.input';
import { UpdateUserInput } from './dto/update-user.input';
import { User } from './models/user.model';
import { UsersService } from './users.service';

@Resolver(() => User)
@UseGuards(AuthGuard)
export class UsersResolver {
  constructor(
    private readonly usersService: UsersService,
    private readonly units: OrgUnitScopeLoader,
  ) {}

  @Query(() => [User], { description: 'ADMIN: users whose scope is within yours' })
  users(@CurrentUser() user: AuthUser): Promise<User[]> {
    return this.usersService.list(user);
  }

  @Mutation(() => User, { description: 'ADMIN: create a user scoped to a unit within yours' })
  createUser(@CurrentUser() user: AuthUser, @Args('input') input: CreateUserInput): Promise<User> {
    return this.usersService.create(user, input);
  }

  @Mutation(() => User, {
    description: 'ADMIN: change a user in your scope (name, role, scope, active, password)',
  })
  updateUser(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateUserInput,
  ): Promise<User> {
    return this.usersService.update(user, id, input);
  }

  /** Resolved for the caller; `login` has no caller yet and fills the new session's own scope unit itself. */
  @ResolveField(() => OrgUnit, { nullable: true })
  scopeUnit(
    @Parent() parent: User,
    @CurrentUser({ optional: true }) user: AuthUser | undefined,
  ): Promise<OrgUnit | null> {
    if (parent.scopeUnit !== undefined) return Promise.resolve(parent.scopeUnit);
    return this.units.load(user, parent.scopeUnitId);
  }
}
