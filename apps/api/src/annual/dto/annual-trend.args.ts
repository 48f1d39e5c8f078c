import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';

@ArgsType()
export class AnnualTrendArgs {
  @Field(() => ID, { description: 'A unit in your scope (a BRANCH user: its own branch).' })
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId!: string;

  @Field(() => Int, { description: 'First year, e.g. 2025.' })
  @IsInt({ message: 'fromYear must be a whole year' })
  @Min(2000, { message: 'fromYear must be between 2000 and 2100' })
  @Max(2100, { message: 'fromYear must be between 2000 and 2100' })
  fromYear!: number;

  @Field(() => Int, { description: 'Last year (inclusive).' })
  @IsInt({ message: 'toYear must be a whole year' })
  @Min(2000, { message: 'toYear must be between 2000 and 2100' })
  @Max(2100, { message: 'toYear must be between 2000 and 2100' })
  toYear!: number;
}
