import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { Sector } from '../../org-units/org-unit.enums';
import { BRANCH_SORT_KEYS } from '../sql/branch-page.sql';
import { UnitPeriodArgs } from './analytics.args';

/** The largest page a screen may ask for (the table shows 50; the heatmap pages with it). */
export const MAX_PAGE = 200;
const SORT = new RegExp(`^(${BRANCH_SORT_KEYS.join('|')}|path:[A-Za-z0-9_-]{1,40})$`);
const STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'NONE'];

@ArgsType()
export class BranchPageArgs extends UnitPeriodArgs {
  @Field(() => Int, { defaultValue: 0 })
  @IsInt({ message: 'offset must be an integer' })
  @Min(0, { message: 'offset must be 0 or more' })
  offset!: number;

  @Field(() => Int, { defaultValue: 50, description: `Rows per page, 1 to ${MAX_PAGE}.` })
  @IsInt({ message: 'limit must be an integer' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(MAX_PAGE, { message: `limit must be at most ${MAX_PAGE}` })
  limit!: number;

  @Field({
    defaultValue: 'rank',
    description: `Sort key: ${BRANCH_SORT_KEYS.join(', ')}, or path:<path code>. Rows without a value go last.`,
  })
  @Matches(SORT, { message: `sortBy must be one of ${BRANCH_SORT_KEYS.join(', ')} or path:<code>` })
  sortBy!: string;

  @Field({ defaultValue: false })
  @IsBoolean({ message: 'descending must be true or false' })
  descending!: boolean;

  @Field(() => String, { nullable: true, description: 'Part of the name or code (case-insensitive).' })
  @IsOptional()
  @IsString({ message: 'search must be text' })
  @MaxLength(TEXT_LIMITS.search, { message: `search must be at most ${TEXT_LIMITS.search} characters` })
  search?: string | null;

  @Field(() => [Sector], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'sectors must list at most 10 values' })
  sectors?: Sector[] | null;

  @Field(() => [String], { nullable: true, description: "Grade codes; 'NONE' = not graded." })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'grades must list at most 20 values' })
  @IsString({ each: true, message: 'grades must be grade codes' })
  grades?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Assessment statuses; 'NONE' = no assessment." })
  @IsOptional()
  @IsIn(STATUSES, { each: true, message: `statuses must be among ${STATUSES.join(', ')}` })
  statuses?: string[] | null;

  @Field({
    defaultValue: false,
    description:
      'Rank only the reviewed (APPROVED) branches; submitted ones are listed without a rank (docs/metrics.md "Provisional").',
  })
  @IsBoolean({ message: 'reviewedOnly must be true or false' })
  reviewedOnly!: boolean;

  @Field(() => ID, { nullable: true, description: 'Only the branches under this direct child of the unit.' })
  @IsOptional()
  @IsUUID('all', { message: 'childId must be a UUID' })
  childId?: string | null;
}

@ArgsType()
export class DistributionArgs extends UnitPeriodArgs {
  @Field(() => Int, { defaultValue: 5, description: 'Bin width in points (1 to 50).' })
  @IsInt({ message: 'binWidth must be an integer' })
  @Min(1, { message: 'binWidth must be at least 1' })
  @Max(50, { message: 'binWidth must be at most 50' })
  binWidth!: number;
}
