import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { Trim } from '../../common/validation-decorators';
import { StrictDateTimeScalar } from '../scalars/strict-date-time.scalar';

@InputType({ description: '延期: one branch gets its own deadline for a period.' })
export class ExtendDeadlineInput {
  @Field({ description: 'e.g. 2026Q1' })
  @IsString()
  @IsNotEmpty()
  period!: string;

  @Field(() => ID)
  @IsUUID()
  branchId!: string;

  // StrictDateTime, not DateTime: Nest's DateTime rolled 2027-02-30 over to 2027-03-02 and stored it.
  @Field(() => StrictDateTimeScalar, {
    description: 'The new deadline (UTC); must be later than the period deadline. 2027-02-30 is refused.',
  })
  @IsDate()
  deadline!: Date;

  @Field({ description: '延期理由' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.deadlineReason)
  reason!: string;
}
