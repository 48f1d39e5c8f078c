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
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, {
    message: 'code must be 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit',
  })
  code?: string;

  @Field({ nullable: true })
  @OmitOrSet()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
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
