import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('InflationLeader', {
  description:
    'A branch on the committee\'s self-assessment inflation list (docs/metrics.md "Self-assessment inflation").',
})
export class InflationLeaderModel {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => ID)
  branchId!: string;

  @Field()
  branchCode!: string;

  @Field()
  branchName!: string;

  @Field(() => Float, {
    description: 'Mean self − official over the approved assessments of the last 4 quarters.',
  })
  inflation!: number;

  @Field(() => Int, { description: 'How many approved quarters the inflation averages.' })
  inflationQuarters!: number;
}
