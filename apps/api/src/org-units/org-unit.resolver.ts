import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../auth/auth.guard';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../common/uuid.pipe';
import { CreateOrgUnitInput } from './dto/create-org-unit.input';
import { OrgTreeArgs } from './dto/org-tree.args';
import { UpdateOrgUnitInput } from './dto/update-org-unit.input';
import { OrgUnit } from './models/org-unit.model';
import { OrgUnitPinyinLoader } from './org-unit-pinyin.loader';
import { OrgUnitsService } from './org-units.service';

@Resolver(() => OrgUnit)
@UseGuards(AuthGuard)
export class OrgUnitResolver {
  constructor(
    private readonly orgUnits: OrgUnitsService,
    private readonly pinyin: OrgUnitPinyinLoader,
  ) {}

  @Query(() => OrgUnit, { description: 'One unit in scope, with its direct children' })
  orgUnit(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }, new UuidPipe('id')) id: string,
  ): Promise<OrgUnit> {
    return this.orgUnits.getById(user, id);
  }

  @Query(() => OrgUnit, {
    description: "The nested subtree under rootId (default: the caller's scope unit), for tree pickers",
  })
  orgTree(@CurrentUser() user: AuthUser, @Args() args: OrgTreeArgs): Promise<OrgUnit> {
    return this.orgUnits.tree(
      user,
      args.rootId,
      args.includeInactive ?? false,
      args.withoutAssessedLeaves ?? false,
    );
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The name\'s pinyin as the text searches match it (docs/metrics.md "Text search"): the full toneless ' +
      'reading, U+0001, then the initials of its syllables, lower-case ASCII letters only ' +
      '(和平社区党支部: "hepingshequdangzhibu\\u0001hpsqdzb"). A search of letters alone matches when this ' +
      'contains it; the separator keeps a search from matching across the two. Null until the figures ' +
      'refresh has computed it for a new or renamed unit.',
  })
  namePinyin(@Parent() unit: OrgUnit, @Context() request: object): string | null | Promise<string | null> {
    // orgTree reads it with its rows; a unit answered without it (orgUnit, mutations) is looked up.
    return unit.namePinyin !== undefined ? unit.namePinyin : this.pinyin.load(request, unit);
  }

  @Mutation(() => OrgUnit, {
    description:
      'ADMIN: add a street or branch under a unit in scope (an active branch gets DRAFT assessments in open periods); districts: createDistrict. ' +
      'A branch that already has assessments cannot get children (ASSESSED_PARENT); one whose only assessments are untouched DRAFTs can, and they are removed.',
  })
  createOrgUnit(@CurrentUser() user: AuthUser, @Args('input') input: CreateOrgUnitInput): Promise<OrgUnit> {
    return this.orgUnits.create(user, input);
  }

  @Mutation(() => OrgUnit, {
    description:
      'ADMIN: rename, recode, change sector/member count, (de)activate a unit in scope (reactivated branches get DRAFT assessments in open periods); to move it: moveOrgUnit',
  })
  updateOrgUnit(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }, new UuidPipe('id')) id: string,
    @Args('input') input: UpdateOrgUnitInput,
  ): Promise<OrgUnit> {
    return this.orgUnits.update(user, id, input);
  }

  @Mutation(() => OrgUnit, {
    description:
      'ADMIN: move a street or branch, with its whole subtree, under another parent of the same district (both in scope). ' +
      'Kind rules as createOrgUnit; no cycles; cross-district moves are refused; a branch that already has assessments cannot become the parent (ASSESSED_PARENT). ' +
      'Open periods get DRAFT assessments for branches that lacked one.',
  })
  moveOrgUnit(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID, description: 'The unit to move' }, new UuidPipe('id')) id: string,
    @Args('parentId', { type: () => ID, description: 'Its new parent' }, new UuidPipe('parentId'))
    parentId: string,
  ): Promise<OrgUnit> {
    return this.orgUnits.move(user, id, parentId);
  }
}
