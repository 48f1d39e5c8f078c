import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PathMeanModel } from './unit-figures.model';

@ObjectType('TrendPoint', { description: "A unit's headline figures in one period of a trend." })
export class TrendPointModel {
  @Field({ description: 'Period code, e.g. 2026Q1.' })
  period!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  quarter!: number;

  @Field(() => Int, {
    description: 'Branches whose assessment of the period is reported (SUBMITTED or APPROVED).',
  })
  assessed!: number;

  @Field(() => Int)
  expected!: number;

  @Field(() => Float, {
    description: "Active assessed (reported) branches / active branches (today's active flags), 0..1.",
  })
  completion!: number;

  @Field(() => Float, { nullable: true })
  mean!: number | null;

  @Field(() => Float, { nullable: true })
  median!: number | null;

  @Field(() => [PathMeanModel])
  pathMeans!: PathMeanModel[];
}
