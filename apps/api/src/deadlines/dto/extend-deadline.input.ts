import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { Trim } from '../../common/validation-decorators';

@InputType({ description: '延期: one branch gets its own deadline for a period.' })
export class ExtendDeadlineInput {
  @Field({ description: 'e.g. 2026Q1' })
  @IsString()
  @IsNotEmpty()
  period!: string;

  @Field(() => ID)
  @IsUUID()
  branchId!: string;

  // DateTime is strict for the whole schema (app.module.ts): 2027-02-30 is refused, not rolled over.
  @Field({
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
