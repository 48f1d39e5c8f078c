import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { JSONScalar } from '../../frameworks/scalars/json.scalar';
import { INDICATOR_CODE_MAX_LENGTH } from './save-values.input';

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

/**
 * A reviewer's adjusted value (审核得分) with its reason (调整理由); `value: null` removes the
 * adjustment and its reason.
 */
@InputType()
export class ReviewedValueInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(INDICATOR_CODE_MAX_LENGTH)
  indicatorCode!: string;

  @Field(() => JSONScalar, { nullable: true })
  @IsOptional()
  value?: unknown;

  @Field(() => String, {
    nullable: true,
    description: "Why the value differs from the branch's: required with every value that is not null.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.reviewReason)
  reason?: string | null;
}
