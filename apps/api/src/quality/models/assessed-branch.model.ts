import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssessmentStatusEnum } from '../../assessments/models/assessment.model';

/** Which assessment and branch a quality row is about: the fields every such row starts with. */
@ObjectType({ isAbstract: true })
export abstract class AssessedBranchFields {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => ID)
  branchId!: string;

  @Field()
  branchCode!: string;

  @Field()
  branchName!: string;
}

/** An assessment's review risk (docs/metrics.md "Review risk"): what the risk list and the queue show. */
@ObjectType({ isAbstract: true })
export abstract class ReviewRiskFields extends AssessedBranchFields {
  @Field(() => AssessmentStatusEnum)
  status!: AssessmentStatusEnum;

  @Field(() => Int, { description: 'Flags still open: every flag until the assessment is approved.' })
  openFlags!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean self − official over the approved assessments of the last 4 quarters; null when none.',
  })
  inflation!: number | null;

  @Field(() => Int, { description: 'How many approved quarters the inflation averages.' })
  inflationQuarters!: number;
}
