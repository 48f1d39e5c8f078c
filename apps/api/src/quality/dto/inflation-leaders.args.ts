import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';

/** The longest inflation list a screen may ask for (the overview shows 10). */
export const MAX_INFLATION_LEADERS = 50;

@ArgsType()
export class InflationLeadersArgs {
  @Field({ description: 'The quarter, e.g. 2026Q4.' })
  @IsString({ message: 'period must be a quarter code such as 2026Q4' })
  @MaxLength(20, { message: 'period must be a quarter code such as 2026Q4' })
  period!: string;

  @Field(() => Int, { defaultValue: 10, description: `How many branches, 1 to ${MAX_INFLATION_LEADERS}.` })
  @IsInt({ message: 'limit must be an integer' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(MAX_INFLATION_LEADERS, { message: `limit must be at most ${MAX_INFLATION_LEADERS}` })
  limit!: number;
}
