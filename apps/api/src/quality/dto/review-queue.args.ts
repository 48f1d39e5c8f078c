import { ArgsType, Field, Int, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { AssessmentStatusEnum } from '../../assessments/models/assessment.model';
import { REVIEW_QUEUE_SORTS, type ReviewQueueSort } from '../sql/review-queue.sql';

/** The largest queue page a screen may ask for (the queue shows 20). */
export const MAX_QUEUE_PAGE = 100;

export const ReviewQueueSortEnum = Object.fromEntries(REVIEW_QUEUE_SORTS.map((s) => [s, s])) as {
  [K in ReviewQueueSort]: K;
};
registerEnumType(ReviewQueueSortEnum, {
  name: 'ReviewQueueSort',
  description:
    'SUBMITTED_AT: first submitted first; BRANCH: by code; SELF_TOTAL: by the self-assessed total; RISK: riskiest first (more open flags, then the larger inflation). Rows without a value go last.',
});

@ArgsType()
export class ReviewQueueArgs {
  @Field({ description: 'The quarter, e.g. 2026Q4.' })
  @IsString({ message: 'period must be a quarter code such as 2026Q4' })
  @MaxLength(20, { message: 'period must be a quarter code such as 2026Q4' })
  period!: string;

  @Field(() => AssessmentStatusEnum, {
    nullable: true,
    description: 'Only this status (none: every status).',
  })
  @IsOptional()
  @IsIn(Object.values(AssessmentStatusEnum), { message: 'status must be an assessment status' })
  status?: AssessmentStatusEnum | null;

  @Field(() => ReviewQueueSortEnum, { defaultValue: 'SUBMITTED_AT' })
  @IsIn(REVIEW_QUEUE_SORTS, { message: `sortBy must be one of ${REVIEW_QUEUE_SORTS.join(', ')}` })
  sortBy!: ReviewQueueSort;

  @Field({ defaultValue: false, description: 'Reverse the order (RISK: the least risky first).' })
  @IsBoolean({ message: 'descending must be true or false' })
  descending!: boolean;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt({ message: 'offset must be an integer' })
  @Min(0, { message: 'offset must be 0 or more' })
  offset!: number;

  @Field(() => Int, { defaultValue: 20, description: `Rows per page, 1 to ${MAX_QUEUE_PAGE}.` })
  @IsInt({ message: 'limit must be an integer' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(MAX_QUEUE_PAGE, { message: `limit must be at most ${MAX_QUEUE_PAGE}` })
  limit!: number;

  @Field(() => String, { nullable: true, description: 'Part of the branch name or code (case-insensitive).' })
  @IsOptional()
  @IsString({ message: 'search must be text' })
  @MaxLength(TEXT_LIMITS.search, { message: `search must be at most ${TEXT_LIMITS.search} characters` })
  search?: string | null;
}
