import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { JSONScalar } from '../../frameworks/scalars/json.scalar';

/** One indicator's value as the branch enters it; `value: null` clears it (missing). */
@InputType()
export class IndicatorValueInput {
  @Field()
  @IsString()
  @IsNotEmpty()
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
