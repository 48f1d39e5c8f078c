import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { frameworkSchema } from '@pathboard/frameworks';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { JSONScalar } from '../../frameworks/scalars/json.scalar';

/**
 * The longest indicator code: a framework's codes are at most this long (its schema's `code`), so
 * a longer one names no indicator and is refused by its length, before anything looks it up or
 * quotes it back (a 100 KB code used to come back five times in one error).
 */
export const INDICATOR_CODE_MAX_LENGTH = frameworkSchema.$defs.code.maxLength;

/** One indicator's value as the branch enters it; `value: null` clears it (missing). */
@InputType()
export class IndicatorValueInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(INDICATOR_CODE_MAX_LENGTH)
  indicatorCode!: string;

  @Field(() => JSONScalar, {
    nullable: true,
    description: 'Shape depends on the rule; validated by the scoring library.',
  })
  @IsOptional()
  value?: unknown;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.indicatorEvidence)
  evidence?: string | null;
}
