import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../frameworks/scalars/json.scalar';

@ObjectType({ description: 'One audited change: who, what, when, before and after' })
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'UPPER_SNAKE kind, e.g. ASSESSMENT_APPROVED' })
  action!: string;

  @Field()
  targetType!: string;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The target's name when it is a unit, user or assessment",
  })
  targetName!: string | null;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Display name (username) of the actor; null: the system',
  })
  actorName!: string | null;

  @Field(() => JSONScalar, { nullable: true })
  before!: unknown;

  @Field(() => JSONScalar, { nullable: true })
  after!: unknown;

  @Field({ description: 'UTC; shown in the district time zone' })
  createdAt!: Date;
}

@ObjectType()
export class AuditEventPage {
  @Field(() => Int, { description: 'Events matching the filter (all pages)' })
  total!: number;

  @Field(() => [AuditEvent])
  items!: AuditEvent[];

  @Field(() => [String], { description: 'Every event kind of the district, for the kind filter' })
  actions!: string[];
}
