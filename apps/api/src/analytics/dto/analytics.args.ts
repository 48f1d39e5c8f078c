import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsUUID, Matches } from 'class-validator';

const PERIOD_CODE = /^\d{4}Q[1-4]$/;
const PERIOD_MESSAGE = (field: string) => `${field} must be a quarter code like 2026Q1`;

@ArgsType()
export class UnitPeriodArgs {
  @Field(() => ID, { description: 'A unit in your scope: district, street or branch.' })
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId!: string;

  @Field({ description: 'Quarter code, e.g. 2026Q4.' })
  @Matches(PERIOD_CODE, { message: PERIOD_MESSAGE('period') })
  period!: string;
}

@ArgsType()
export class TrendArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId!: string;

  @Field({ description: 'First quarter, e.g. 2025Q1.' })
  @Matches(PERIOD_CODE, { message: PERIOD_MESSAGE('fromPeriod') })
  fromPeriod!: string;

  @Field({ description: 'Last quarter (inclusive), e.g. 2026Q4.' })
  @Matches(PERIOD_CODE, { message: PERIOD_MESSAGE('toPeriod') })
  toPeriod!: string;
}

@ArgsType()
export class CompareArgs {
  @Field(() => [ID], { description: '2 to 6 distinct branches, all in your scope.' })
  @ArrayMinSize(2, { message: 'branchIds must list at least 2 branches' })
  @ArrayMaxSize(6, { message: 'branchIds must list at most 6 branches' })
  @ArrayUnique({ message: 'branchIds must not repeat a branch' })
  @IsUUID('all', { each: true, message: 'branchIds must be UUIDs' })
  branchIds!: string[];

  @Field()
  @Matches(PERIOD_CODE, { message: PERIOD_MESSAGE('period') })
  period!: string;
}

@ArgsType()
export class PeerStandingArgs {
  @Field(() => ID, { description: 'A branch in your scope (a BRANCH user: its own).' })
  @IsUUID('all', { message: 'branchId must be a UUID' })
  branchId!: string;

  @Field()
  @Matches(PERIOD_CODE, { message: PERIOD_MESSAGE('period') })
  period!: string;
}
