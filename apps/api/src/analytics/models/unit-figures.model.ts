import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('GradeCount')
export class GradeCountModel {
  @Field({ description: 'Grade code of the framework, e.g. EXCELLENT.' })
  code!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('PathMean')
export class PathMeanModel {
  @Field({ description: 'Path code of the framework.' })
  code!: string;

  @Field(() => Float, {
    description: 'Mean path percent (0..100, more with bonuses) over the assessed (reported) branches.',
  })
  mean!: number;
}

@ObjectType('SubmissionCounts', {
  description:
    'Where the branches of a unit stand in a period. draft + submitted + returned + approved = branches with an assessment; ' +
    'notOpened = active branches without one (added after the period opened). ' +
    'Over the expected (active) branches: onTime + late + notSubmitted = expected (docs/metrics.md).',
})
export class SubmissionCountsModel {
  @Field(() => Int, { description: 'Active branches without an assessment in the period.' })
  notOpened!: number;

  @Field(() => Int, { description: 'Status DRAFT.' })
  draft!: number;

  @Field(() => Int, { description: 'Status SUBMITTED (awaiting review).' })
  submitted!: number;

  @Field(() => Int, { description: 'Status RETURNED (sent back by the reviewer, or reopened).' })
  returned!: number;

  @Field(() => Int, { description: 'Status APPROVED.' })
  approved!: number;

  @Field(() => Int, {
    description:
      'Active branches that submitted at least once (onTime + late; SUBMITTED, APPROVED, or RETURNED after a submission).',
  })
  reported!: number;

  @Field(() => Int, { description: 'Active branches whose first submission was at or before the deadline.' })
  onTime!: number;

  @Field(() => Int, { description: 'Active branches whose first submission was after the deadline.' })
  late!: number;

  @Field(() => Int, {
    description: 'Active branches that have not submitted yet (expected − onTime − late).',
  })
  notSubmitted!: number;

  @Field(() => Float, {
    description: 'Active branches that submitted on time / active branches, 0..1 (4 places).',
  })
  onTimeRate!: number;
}

/**
 * A unit's committee figures for one period (docs/domain.md "Aggregates for committees"), computed in SQL
 * from the stored OFFICIAL scores of reported assessments (SUBMITTED or APPROVED) with the same
 * definitions as libs/scoring `aggregate`.
 */
@ObjectType('UnitFigures', {
  description:
    "A unit's committee figures for a period, over its assessed branches: those whose assessment is reported (SUBMITTED or APPROVED). " +
    'A DRAFT (its score is provisional) or RETURNED (being corrected) assessment is counted in submission only.',
})
export class UnitFiguresModel {
  @Field(() => Int, {
    description:
      'Branches assessed: reported (SUBMITTED or APPROVED) with an official score, inactive ones included.',
  })
  assessed!: number;

  @Field(() => Int, { description: 'Active branches.' })
  expected!: number;

  @Field(() => Float, {
    description: 'Active assessed (reported) branches / active branches, 0..1 (4 places).',
  })
  completion!: number;

  @Field(() => Float, { nullable: true })
  mean!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean weighted by member count; null when the assessed branches have no members.',
  })
  weightedMean!: number | null;

  @Field(() => Float, { nullable: true, description: 'percentile_cont(0.5).' })
  median!: number | null;

  @Field(() => Float, { nullable: true, description: 'percentile_cont(0.25) (= Excel QUARTILE.INC).' })
  q1!: number | null;

  @Field(() => Float, { nullable: true, description: 'percentile_cont(0.75).' })
  q3!: number | null;

  @Field(() => Float, { nullable: true })
  min!: number | null;

  @Field(() => Float, { nullable: true })
  max!: number | null;

  @Field(() => [GradeCountModel], {
    description: "In the framework's grade order; grades nobody earned are left out.",
  })
  gradeCounts!: GradeCountModel[];

  @Field(() => [PathMeanModel], { description: "In the framework's path order." })
  pathMeans!: PathMeanModel[];

  @Field(() => SubmissionCountsModel)
  submission!: SubmissionCountsModel;

  @Field(() => Float, {
    nullable: true,
    description:
      'Mean of the previous quarter over the branches assessed (reported) then (null without one).',
  })
  previousMean!: number | null;

  @Field(() => Float, { nullable: true, description: 'mean − previousMean.' })
  meanChange!: number | null;
}
