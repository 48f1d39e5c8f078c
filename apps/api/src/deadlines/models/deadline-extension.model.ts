import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('DeadlineExtension', { description: "延期: a branch's own deadline for a period." })
export class DeadlineExtensionModel {
  @Field()
  periodCode!: string;
  @Field(() => ID)
  branchId!: string;
  @Field()
  branchName!: string;
  @Field({ description: "The branch's code: namesakes in different streets tell apart by it." })
  branchCode!: string;
  @Field({ description: 'The period deadline every other branch has.' })
  periodDeadline!: Date;
  @Field()
  deadline!: Date;
  @Field()
  reason!: string;
  @Field(() => ID, { nullable: true })
  createdBy!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Who granted it, as the audit log names them: 显示名 (username); null once the account is gone.',
  })
  createdByName!: string | null;
  @Field()
  createdAt!: Date;
}
