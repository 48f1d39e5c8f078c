import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { JSONScalar } from '../../frameworks/scalars/json.scalar';

/** One annual-only item's value (年度加分, 年度扣分, annual veto); `value: null` clears it. */
@InputType()
export class AnnualValueInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  indicatorCode!: string;

  @Field(() => JSONScalar, {
    nullable: true,
    description: 'Shape depends on the rule (a count for bonus/deduction, true/false for a veto).',
  })
  @IsOptional()
  value?: unknown;
}

/** The branch's own annual values (its claims), with an optional note on each. */
@InputType()
export class AnnualSelfValueInput extends AnnualValueInput {
  @Field(() => String, { nullable: true, description: 'What the value rests on (e.g. the commendation).' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.annualEvidence)
  evidence?: string | null;
}

/**
 * One branch's year: what every annual-values write names. Abstract: no GraphQL type of its own, its
 * fields (and their checks) are the inputs' that extend it.
 */
@InputType({ isAbstract: true })
export abstract class BranchYearInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'branchId must be a UUID' })
  branchId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

@InputType()
export class SaveAnnualValuesInput extends BranchYearInput {
  @Field(() => [AnnualSelfValueInput])
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AnnualSelfValueInput)
  values!: AnnualSelfValueInput[];
}

/** A committee's reviewed annual values: these are the official ones the year counts. */
@InputType()
export class ReviewAnnualValuesInput extends BranchYearInput {
  @Field(() => [AnnualValueInput])
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AnnualValueInput)
  values!: AnnualValueInput[];
}
