import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { TEXT_LIMITS, UNIT_CODE_PATTERN } from '@pathboard/text-limits';
import { UNIT_CODE_DESCRIPTION, UNIT_CODE_MESSAGE } from '../../common/code-rules';
import { Trim } from '../../common/validation-decorators';
import { OrgUnitKind, Sector } from '../org-unit.enums';

@InputType()
export class CreateOrgUnitInput {
  @Field(() => ID, {
    description: 'The parent unit (a district for a street; a street or a branch for a branch)',
  })
  @IsUUID('all', { message: 'parentId must be a UUID' })
  parentId!: string;

  @Field({ description: UNIT_CODE_DESCRIPTION })
  @IsString()
  @Matches(UNIT_CODE_PATTERN, { message: UNIT_CODE_MESSAGE })
  code!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(TEXT_LIMITS.unitName)
  name!: string;

  @Field(() => OrgUnitKind)
  @IsEnum(OrgUnitKind)
  kind!: OrgUnitKind;

  @Field(() => Sector, { nullable: true, description: 'Required for a branch' })
  @IsOptional()
  @IsEnum(Sector)
  sector?: Sector | null;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'memberCount must not be negative' })
  @Max(1_000_000)
  memberCount?: number;
}
