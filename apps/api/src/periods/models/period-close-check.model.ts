import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PeriodAssessmentCounts', { description: "A quarter's assessments by status." })
export class PeriodAssessmentCountsModel {
  @Field(() => Int)
  draft!: number;

  @Field(() => Int)
  submitted!: number;

  @Field(() => Int)
  returned!: number;

  @Field(() => Int)
  approved!: number;
}

@ObjectType('PeriodCloseCheck', {
  description:
    'What closing a quarter would do now: shown before the close (closePeriod refuses the same cases without force).',
})
export class PeriodCloseCheckModel {
  @Field(() => ID)
  periodId!: string;

  @Field()
  code!: string;

  @Field()
  deadline!: Date;

  @Field({ description: 'The deadline is past (closing before it needs force).' })
  deadlinePassed!: boolean;

  @Field(() => PeriodAssessmentCountsModel)
  counts!: PeriodAssessmentCountsModel;

  @Field({
    description:
      "The year's other three quarters are closed: closing this one finalizes the year, counting only approved quarters.",
  })
  completesYear!: boolean;

  @Field(() => [String], {
    description: 'Why a close needs force: BEFORE_DEADLINE, SUBMITTED_UNREVIEWED (empty: it does not).',
  })
  needsForce!: string[];
}
