import { UseGuards } from '@nestjs/common';
import {
  Args,
  Context,
  Float,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { AuthGuard } from '../auth/auth.guard';
import { FrameworkModel } from '../frameworks/models/framework.model';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../common/uuid.pipe';
import { AssessmentMutationsService } from './assessment-mutations.service';
import { toScoreModel, type AssessmentRow } from './assessment-rows';
import { AssessmentLoadersFactory } from './assessment.loaders';
import { AssessmentsService } from './assessments.service';
import { ReviewDecision, ReviewedValueInput } from './dto/review-assessment.input';
import { IndicatorValueInput } from './dto/save-values.input';
import { AssessmentScoreModel } from './models/assessment-score.model';
import { RectificationDraftInput } from '../rectification/dto/rectification.input';
import {
  AssessmentBranchModel,
  AssessmentModel,
  AssessmentStatusChangeModel,
  AssessmentStatusEnum,
  IndicatorValueModel,
} from './models/assessment.model';

/** Thin: one service call per operation; the nested fields come from per-request DataLoaders. */
@Resolver(() => AssessmentModel)
@UseGuards(AuthGuard)
export class AssessmentResolver {
  constructor(
    private readonly reads: AssessmentsService,
    private readonly mutations: AssessmentMutationsService,
    private readonly loaders: AssessmentLoadersFactory,
  ) {}

  @Query(() => AssessmentModel, {
    description: 'A branch\'s assessment of a period (e.g. period: "2026Q1").',
  })
  assessment(
    @CurrentUser() user: AuthUser,
    @Args('branchId', { type: () => ID }, new UuidPipe('branchId')) branchId: string,
    @Args('period') period: string,
  ): Promise<AssessmentRow> {
    return this.reads.get(user, branchId, period);
  }

  @Query(() => [AssessmentModel], {
    description: "The assessments of a period in the caller's scope (a branch: its own).",
  })
  assessments(
    @CurrentUser() user: AuthUser,
    @Args('period') period: string,
    @Args('status', { type: () => AssessmentStatusEnum, nullable: true })
    status?: AssessmentStatusEnum | null,
  ): Promise<AssessmentRow[]> {
    return this.reads.list(user, period, status);
  }

  @Mutation(() => AssessmentModel, {
    description: 'BRANCH: save self values of its own DRAFT/RETURNED assessment; all or nothing.',
  })
  saveIndicatorValues(
    @CurrentUser() user: AuthUser,
    @Args('assessmentId', { type: () => ID }, new UuidPipe('assessmentId')) assessmentId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('values', { type: () => [IndicatorValueInput] }) values: IndicatorValueInput[],
  ): Promise<AssessmentRow> {
    return this.mutations.saveValues(user, assessmentId, expectedVersion, values);
  }

  @Mutation(() => AssessmentModel, { description: 'BRANCH: submit its own assessment for review.' })
  submitAssessment(
    @CurrentUser() user: AuthUser,
    @Args('assessmentId', { type: () => ID }, new UuidPipe('assessmentId')) assessmentId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<AssessmentRow> {
    return this.mutations.submit(user, assessmentId, expectedVersion);
  }

  @Mutation(() => AssessmentModel, {
    description:
      'REVIEWER/ADMIN: approve or return (comment required) a submitted assessment, optionally opening 整改事项.',
  })
  reviewAssessment(
    @CurrentUser() user: AuthUser,
    @Args('assessmentId', { type: () => ID }, new UuidPipe('assessmentId')) assessmentId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('decision', { type: () => ReviewDecision }) decision: ReviewDecision,
    @Args('reviewedValues', { type: () => [ReviewedValueInput], nullable: true })
    reviewedValues?: ReviewedValueInput[] | null,
    @Args('comment', { type: () => String, nullable: true }) comment?: string | null,
    @Args('rectifications', {
      type: () => [RectificationDraftInput],
      nullable: true,
      description: '整改事项 to open with this decision, in the same transaction.',
    })
    rectifications?: RectificationDraftInput[] | null,
    @Args('evidenceRequested', {
      type: () => [String],
      nullable: true,
      description: 'RETURN only: indicator codes the branch is asked to attach evidence (佐证材料) to.',
    })
    evidenceRequested?: string[] | null,
  ): Promise<AssessmentRow> {
    return this.mutations.review(
      user,
      assessmentId,
      expectedVersion,
      decision,
      reviewedValues ?? [],
      comment,
      rectifications ?? [],
      evidenceRequested ?? [],
    );
  }

  @Mutation(() => AssessmentModel, {
    description: 'ADMIN: reopen an approved assessment (returned to the branch); reason required.',
  })
  reopenAssessment(
    @CurrentUser() user: AuthUser,
    @Args('assessmentId', { type: () => ID }, new UuidPipe('assessmentId')) assessmentId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('reason') reason: string,
  ): Promise<AssessmentRow> {
    return this.mutations.reopen(user, assessmentId, expectedVersion, reason);
  }

  @ResolveField(() => AssessmentBranchModel, { nullable: true })
  branch(
    @CurrentUser() user: AuthUser,
    @Parent() row: AssessmentRow,
    @Context() ctx: object,
  ): Promise<AssessmentBranchModel | null> {
    return this.loaders.for(ctx, user.districtId).branch.load(row.branchId);
  }

  @ResolveField(() => FrameworkModel, {
    description: 'The framework version the assessment is scored against (renders the form).',
  })
  async framework(
    @CurrentUser() user: AuthUser,
    @Parent() row: AssessmentRow,
    @Context() ctx: object,
  ): Promise<FrameworkModel> {
    return (await this.loaders.for(ctx, user.districtId).framework.load(row.frameworkId))!;
  }

  @ResolveField(() => [IndicatorValueModel])
  values(
    @CurrentUser() user: AuthUser,
    @Parent() row: AssessmentRow,
    @Context() ctx: object,
  ): Promise<IndicatorValueModel[]> {
    return this.loaders.for(ctx, user.districtId).values.load(row.id);
  }

  @ResolveField(() => AssessmentScoreModel, { nullable: true })
  async selfScore(
    @CurrentUser() user: AuthUser,
    @Parent() row: AssessmentRow,
    @Context() ctx: object,
  ): Promise<AssessmentScoreModel | null> {
    const score = (await this.loaders.for(ctx, user.districtId).scores.load(row.id)).find(
      (s) => s.kind === 'SELF',
    );
    return score ? toScoreModel(score) : null;
  }

  @ResolveField(() => AssessmentScoreModel, { nullable: true })
  async officialScore(
    @CurrentUser() user: AuthUser,
    @Parent() row: AssessmentRow,
    @Context() ctx: object,
  ): Promise<AssessmentScoreModel | null> {
    const score = (await this.loaders.for(ctx, user.districtId).scores.load(row.id)).find(
      (s) => s.kind === 'OFFICIAL',
    );
    return score ? toScoreModel(score) : null;
  }

  @ResolveField(() => Float, { nullable: true })
  async gap(
    @CurrentUser() user: AuthUser,
    @Parent() row: AssessmentRow,
    @Context() ctx: object,
  ): Promise<number | null> {
    const scores = await this.loaders.for(ctx, user.districtId).scores.load(row.id);
    const self = scores.find((s) => s.kind === 'SELF');
    const official = scores.find((s) => s.kind === 'OFFICIAL');
    // Difference of the stored 2-decimal figures, in hundredths to avoid float drift.
    return self && official ? (Math.round(self.total * 100) - Math.round(official.total * 100)) / 100 : null;
  }

  @ResolveField(() => [AssessmentStatusChangeModel])
  history(
    @CurrentUser() user: AuthUser,
    @Parent() row: AssessmentRow,
    @Context() ctx: object,
  ): Promise<AssessmentStatusChangeModel[]> {
    return this.loaders.for(ctx, user.districtId).history.load(row.id);
  }
}
