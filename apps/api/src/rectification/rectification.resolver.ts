import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RectificationProposal } from '@pathboard/scoring';
import { isUUID } from 'class-validator';
import { badUserInput } from '../common/errors';
import { UuidPipe } from '../common/uuid.pipe';
import { AuthGuard } from '../auth/auth.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import {
  AnswerRectificationInput,
  CreateRectificationInput,
  RectificationFilterInput,
  VerifyRectificationInput,
} from './dto/rectification.input';
import { RectificationItemModel, RectificationProposalModel } from './models/rectification.model';
import { RectificationCountsModel } from './models/rectification-counts.model';
import { RectificationCountsService } from './rectification-counts.service';
import { RectificationService } from './rectification.service';

/** Thin: one service call per operation. */
@Resolver(() => RectificationItemModel)
@UseGuards(AuthGuard)
export class RectificationResolver {
  constructor(
    private readonly service: RectificationService,
    private readonly countsService: RectificationCountsService,
  ) {}

  @Query(() => RectificationCountsModel, {
    description: '整改 counts under a unit in scope (default: own scope unit), all quarters.',
  })
  rectificationCounts(
    @CurrentUser() user: AuthUser,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string | null,
  ): Promise<RectificationCountsModel> {
    if (unitId && !isUUID(unitId)) throw badUserInput('unitId must be a UUID', { field: 'unitId' });
    return this.countsService.counts(user, unitId ?? null);
  }

  @Query(() => [RectificationItemModel], {
    description: "整改台账: rectification items of the caller's scope (a branch: its own).",
  })
  rectifications(
    @CurrentUser() user: AuthUser,
    @Args('filter', { type: () => RectificationFilterInput, nullable: true })
    filter?: RectificationFilterInput | null,
  ): Promise<RectificationItemModel[]> {
    return this.service.list(user, filter ?? {});
  }

  @Query(() => [RectificationProposalModel], {
    description: 'REVIEWER/ADMIN 整改建议: vetoes and low-scoring indicators of an assessment in scope.',
  })
  rectificationProposals(
    @CurrentUser() user: AuthUser,
    @Args('assessmentId', { type: () => ID }, new UuidPipe('assessmentId')) assessmentId: string,
  ): Promise<RectificationProposal[]> {
    return this.service.proposals(user, assessmentId);
  }

  @Mutation(() => RectificationItemModel, {
    description: 'REVIEWER/ADMIN: open a rectification item on an indicator of an assessment in scope.',
  })
  createRectification(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateRectificationInput,
  ): Promise<RectificationItemModel> {
    return this.service.create(user, input);
  }

  @Mutation(() => RectificationItemModel, {
    description: 'BRANCH: answer an OPEN item of its own branch with the measures taken.',
  })
  answerRectification(
    @CurrentUser() user: AuthUser,
    @Args('input') input: AnswerRectificationInput,
  ): Promise<RectificationItemModel> {
    return this.service.answer(user, input);
  }

  @Mutation(() => RectificationItemModel, {
    description: 'REVIEWER/ADMIN: accept (close) or reject (reopen, reason required) an ANSWERED item.',
  })
  verifyRectification(
    @CurrentUser() user: AuthUser,
    @Args('input') input: VerifyRectificationInput,
  ): Promise<RectificationItemModel> {
    return this.service.verify(user, input);
  }
}
