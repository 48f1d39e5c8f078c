import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ScoreboardBranchModel } from './scoreboard.model';

@ObjectType('BranchPage', {
  description: "One page of a unit's branch table, sorted and filtered on the server (precomputed figures).",
})
export class BranchPageModel {
  @Field(() => Int, { description: 'Branches matching the filters (all pages).' })
  totalCount!: number;

  @Field(() => Int, { description: 'Assessed (reported) branches of the unit, whatever the filters.' })
  assessedCount!: number;

  @Field(() => Int)
  offset!: number;

  @Field(() => [ScoreboardBranchModel], {
    description: "The page's branches; rank and percentile are among every branch of the unit.",
  })
  branches!: ScoreboardBranchModel[];
}

@ObjectType('ScoreBin', {
  description: 'Assessed branches with an official total in [from, to) (the last bin: [from, 100]).',
})
export class ScoreBinModel {
  @Field(() => Float)
  from!: number;

  @Field(() => Float)
  to!: number;

  @Field(() => Int)
  count!: number;
}
