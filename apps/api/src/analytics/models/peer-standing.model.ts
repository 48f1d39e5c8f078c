import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Sector } from '../../org-units/org-unit.enums';

@ObjectType('PathMedian')
export class PathMedianModel {
  @Field({ description: 'Path code of the framework.' })
  code!: string;

  @Field(() => Float, {
    description: "Median path percent (percentile_cont(0.5)) over the group's assessed peers.",
  })
  median!: number;
}

@ObjectType('PeerGroupStanding', {
  description:
    "A branch's place in a peer group: counts and the group's medians only, never a peer's name or score. " +
    'The group holds the assessed branches: those whose assessment is reported (SUBMITTED or APPROVED).',
})
export class PeerGroupStandingModel {
  @Field(() => Int, {
    description: 'Assessed (reported) branches of the group, this branch included when assessed.',
  })
  peerCount!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Competition rank (1, 2, 2, 4); null until this branch has reported (SUBMITTED or APPROVED).',
  })
  rank!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of the other assessed peers with a lower total × 100 (alone: 100).',
  })
  percentile!: number | null;

  @Field(() => Float, { nullable: true, description: "Median of the group's official totals." })
  median!: number | null;

  @Field(() => [PathMedianModel], {
    description:
      "Each path's median percent over the group, in the framework's path order (for a radar against the peers' median); empty without peers.",
  })
  pathMedians!: PathMedianModel[];
}

@ObjectType('PeerStanding')
export class PeerStandingModel {
  @Field(() => ID)
  branchId!: string;

  @Field()
  period!: string;

  @Field(() => Float, {
    nullable: true,
    description: "This branch's official total once reported (SUBMITTED or APPROVED); null before.",
  })
  total!: number | null;

  @Field(() => Sector, { nullable: true })
  sector!: Sector | null;

  @Field(() => PeerGroupStandingModel, {
    description: 'Among the assessed (reported) branches with the same parent.',
  })
  sameParent!: PeerGroupStandingModel;

  @Field(() => PeerGroupStandingModel, {
    description: 'Among the assessed (reported) branches of the same sector in the district.',
  })
  sameSector!: PeerGroupStandingModel;
}
