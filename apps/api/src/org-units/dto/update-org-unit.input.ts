import { Field, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { TEXT_LIMITS, UNIT_CODE_PATTERN } from '@pathboard/text-limits';
import { UNIT_CODE_MESSAGE } from '../../common/code-rules';
import { OmitOrSet, Trim } from '../../common/validation-decorators';
import { Sector } from '../org-unit.enums';

/**
 * Fields to change; omitted fields stay, and null is refused except for `sector` (a street or a
 * district has none). The parent (tree position) changes through moveOrgUnit. */
@InputType()
export class UpdateOrgUnitInput {
  @Field({ nullable: true })
  @OmitOrSet()
  @IsString()
  @Matches(UNIT_CODE_PATTERN, { message: UNIT_CODE_MESSAGE })
  code?: string;

  @Field({ nullable: true })
  @OmitOrSet()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(TEXT_LIMITS.unitName)
  name?: string;

  @Field(() => Sector, { nullable: true })
  @IsOptional()
  @IsEnum(Sector)
  sector?: Sector;

  @Field(() => Int, { nullable: true })
  @OmitOrSet()
  @IsInt()
  @Min(0, { message: 'memberCount must not be negative' })
  @Max(1_000_000)
  memberCount?: number;

  @Field({ nullable: true })
  @OmitOrSet()
  @IsBoolean()
  active?: boolean;
}
