import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Filters of the admin's audit log; every one optional. Days are calendar days of the district. */
@InputType()
export class AuditEventsFilterInput {
  @Field(() => ID, { nullable: true, description: 'Events about this unit or anything under it' })
  @IsOptional()
  @IsUUID('all', { message: 'unitId must be a unit id' })
  unitId?: string;

  @Field(() => ID, { nullable: true, description: 'Events done by this user' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a user id' })
  actorId?: string;

  @Field({ nullable: true, description: 'The kind of event, e.g. ASSESSMENT_APPROVED' })
  @IsOptional()
  @MaxLength(64)
  @Matches(/^[A-Z_]+$/, { message: 'action must be an event kind such as ASSESSMENT_APPROVED' })
  action?: string;

  @Field({ nullable: true, description: 'First day (YYYY-MM-DD, district time zone)' })
  @IsOptional()
  @Matches(DAY, { message: 'from must be a day written YYYY-MM-DD' })
  from?: string;

  @Field({ nullable: true, description: 'Last day included (YYYY-MM-DD, district time zone)' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a day written YYYY-MM-DD' })
  to?: string;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500, { message: 'limit must be at most 500 rows a page' })
  limit?: number;
}
