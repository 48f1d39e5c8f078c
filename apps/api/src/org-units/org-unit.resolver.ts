import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../auth/auth.guard';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../common/uuid.pipe';
import { CreateOrgUnitInput } from './dto/create-org-unit.input';
import { OrgTreeArgs } from './dto/org-tree.args';
import { UpdateOrgUnitInput } from './dto/update-org-unit.input';
import { OrgUnit } from './models/org-unit.model';
import { OrgUnitsService } from './org-units.service';

@Resolver(() => OrgUnit)
@UseGuards(AuthGuard)
export class OrgUnitResolver {
  constructor(private readonly orgUnits: OrgUnitsService) {}

  @Query(() => OrgUnit, { description: 'One unit in scope, with its direct children' })
  orgUnit(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, new UuidPipe('id')) id: string): Promise<OrgUnit> {
    return this.orgUnits.getById(user, id);
  }

  @Query(() => OrgUnit, { description: "The nested subtree under rootId (default: the caller's scope unit), for tree pickers" })
  orgTree(@CurrentUser() user: AuthUser, @Args() args: OrgTreeArgs): Promise<OrgUnit> {
    return this.orgUnits.tree(user, args.rootId, args.includeInactive ?? false);
  }

  @Mutation(() => OrgUnit, { description: 'ADMIN: add a street or branch under a unit in scope' })
  createOrgUnit(@CurrentUser() user: AuthUser, @Args('input') input: CreateOrgUnitInput): Promise<OrgUnit> {
    return this.orgUnits.create(user, input);
  }

  @Mutation(() => OrgUnit, { description: 'ADMIN: rename, recode, change sector/member count, (de)activate a unit in scope' })
  updateOrgUnit(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }, new UuidPipe('id')) id: string,
    @Args('input') input: UpdateOrgUnitInput,
  ): Promise<OrgUnit> {
    return this.orgUnits.update(user, id, input);
  }
}
