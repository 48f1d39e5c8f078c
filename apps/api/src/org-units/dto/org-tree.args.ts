import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class OrgTreeArgs {
  @Field(() => ID, { nullable: true, description: "The subtree's root; default: the caller's scope unit" })
  @IsOptional()
  @IsUUID('all', { message: 'rootId must be a UUID' })
  rootId?: string;

  @Field({ nullable: true, defaultValue: false, description: 'Include deactivated units' })
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean;

  @Field({
    nullable: true,
    defaultValue: false,
    description:
      'Only units with children (district, streets, general branches): a unit picker that must not download every branch',
  })
  @IsOptional()
  @IsBoolean()
  withoutAssessedLeaves?: boolean;
}
