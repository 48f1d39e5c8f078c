import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PeriodStatusEnum {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(PeriodStatusEnum, { name: 'PeriodStatus' });

@ObjectType('Period', {
  description: 'A quarter of a district (`2026Q1`), scored against one framework version.',
})
export class PeriodModel {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  quarter!: number;

  @Field(() => ID)
  frameworkId!: string;

  @Field(() => ID)
  districtId!: string;

  @Field()
  deadline!: Date;

  @Field(() => PeriodStatusEnum)
  status!: PeriodStatusEnum;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;
}
