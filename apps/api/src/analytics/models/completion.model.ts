import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { SubmissionCountsModel } from './unit-figures.model';

@ObjectType('Completion', { description: 'How far the branches of a unit are with a period.' })
export class CompletionModel {
  @Field(() => ID)
  unitId!: string;

  @Field()
  period!: string;

  @Field(() => Int, { description: 'Active branches.' })
  expected!: number;

  @Field(() => Int, {
    description: 'Branches assessed: reported (SUBMITTED or APPROVED) with an official score.',
  })
  assessed!: number;

  @Field(() => Float, { description: 'Active assessed (reported) branches / active branches, 0..1.' })
  completion!: number;

  @Field(() => SubmissionCountsModel)
  submission!: SubmissionCountsModel;
}
