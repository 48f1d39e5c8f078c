import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString } from 'class-validator';
import { JSONScalar } from '../../frameworks/scalars/json.scalar';

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

/** A reviewer's adjusted value (审核得分); `value: null` removes the adjustment. */
@InputType()
export class ReviewedValueInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  indicatorCode!: string;

  @Field(() => JSONScalar, { nullable: true })
  @IsOptional()
  value?: unknown;
}
