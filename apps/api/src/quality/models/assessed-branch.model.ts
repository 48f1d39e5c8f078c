import { Field, ID, ObjectType } from '@nestjs/graphql';

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
