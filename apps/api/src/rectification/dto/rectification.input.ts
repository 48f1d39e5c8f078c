import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import { Type } from 'class-transformer';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { Trim } from '../../common/validation-decorators';
import { RECTIFICATION_STATUSES, type RectificationStatus } from '../rectification-workflow';
import { RectificationStatusEnum } from '../models/rectification.model';

/** One item to open: on its own (createRectification) or inside approve/return (reviewAssessment). */
@InputType()
export class RectificationDraftInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  indicatorCode!: string;

  @Field({ description: '存在问题' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.rectificationProblem)
  problem!: string;

  @Field({ description: '整改要求' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.rectificationRequiredAction)
  requiredAction!: string;

  @Field({ description: '整改期限 (UTC)' })
  @Type(() => Date)
  @IsDate()
  deadline!: Date;
}

@InputType()
export class CreateRectificationInput extends RectificationDraftInput {
  @Field(() => ID)
  @IsUUID()
  assessmentId!: string;
}

@InputType()
export class AnswerRectificationInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field({ description: '整改措施' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.rectificationMeasures)
  measures!: string;

  @Field(() => String, {
    nullable: true,
    description: '佐证材料说明: a note on the evidence (the files are attached separately).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.rectificationEvidence)
  evidence?: string | null;
}

@InputType()
export class VerifyRectificationInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field({ description: 'true: accept (销号); false: reject, back to OPEN (reason required).' })
  @IsBoolean()
  accept!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TEXT_LIMITS.rectificationRejectReason)
  reason?: string | null;
}

@InputType({ description: '整改台账 filters; all optional and combined with AND.' })
export class RectificationFilterInput {
  @Field(() => RectificationStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(RECTIFICATION_STATUSES)
  status?: RectificationStatus | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  pathCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  indicatorCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  branchId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only the branches under this unit (in scope; else NOT_FOUND), as rectificationCounts(unitId).',
  })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. 2026Q1' })
  @IsOptional()
  @IsString()
  periodCode?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;
}
