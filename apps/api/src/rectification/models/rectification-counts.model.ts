import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RectificationCounts', {
  description: '整改 counts of the branches under a unit, all quarters (overview card).',
})
export class RectificationCountsModel {
  @Field(() => ID)
  unitId!: string;
  @Field(() => Int, { description: 'OPEN: waiting for the branch (overdue ones included).' })
  open!: number;
  @Field(() => Int, { description: 'ANSWERED: waiting for the reviewer.' })
  answered!: number;
  @Field(() => Int)
  closed!: number;
  @Field(() => Int, { description: 'OPEN after the deadline (逾期).' })
  overdue!: number;
}
