import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { AssessedBranchFields } from './assessed-branch.model';

@ObjectType('InflationLeader', {
  description:
    'A branch on the committee\'s self-assessment inflation list (docs/metrics.md "Self-assessment inflation").',
})
export class InflationLeaderModel extends AssessedBranchFields {
  @Field(() => Float, {
    description: 'Mean self − official over the approved assessments of the last 4 quarters.',
  })
  inflation!: number;

  @Field(() => Int, { description: 'How many approved quarters the inflation averages.' })
  inflationQuarters!: number;
}
