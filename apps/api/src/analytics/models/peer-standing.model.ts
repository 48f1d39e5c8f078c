import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Sector } from '../../org-units/org-unit.enums';

@ObjectType('PeerGroupStanding', {
  description:
    "A branch's place in a peer group: counts and the group median only, never a peer's name or score. " +
    'The group holds the assessed branches: those whose assessment is reported (SUBMITTED or APPROVED).',
})
export class PeerGroupStandingModel {
  @Field(() => Int, { description: 'Assessed (reported) branches of the group, this branch included when assessed.' })
  peerCount!: number;

  @Field(() => Int, { nullable: true, description: 'Competition rank (1, 2, 2, 4); null until this branch has reported (SUBMITTED or APPROVED).' })
  rank!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of the other assessed peers with a lower total × 100 (alone: 100).' })
  percentile!: number | null;

  @Field(() => Float, { nullable: true, description: "Median of the group's official totals." })
  median!: number | null;
}

@ObjectType('PeerStanding')
export class PeerStandingModel {
  @Field(() => ID)
  branchId!: string;

  @Field()
  period!: string;

  @Field(() => Float, { nullable: true, description: "This branch's official total once reported (SUBMITTED or APPROVED); null before." })
  total!: number | null;

  @Field(() => Sector, { nullable: true })
  sector!: Sector | null;

  @Field(() => PeerGroupStandingModel, { description: 'Among the assessed (reported) branches with the same parent.' })
  sameParent!: PeerGroupStandingModel;

  @Field(() => PeerGroupStandingModel, { description: 'Among the assessed (reported) branches of the same sector in the district.' })
  sameSector!: PeerGroupStandingModel;
}
