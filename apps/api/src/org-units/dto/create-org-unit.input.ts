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
import { Trim } from '../../common/validation-decorators';
import { OrgUnitKind, Sector } from '../org-unit.enums';

@InputType()
export class CreateOrgUnitInput {
  @Field(() => ID, {
    description: 'The parent unit (a district for a street; a street or a branch for a branch)',
  })
  @IsUUID('all', { message: 'parentId must be a UUID' })
  parentId!: string;

  @Field({ description: 'Unique code: letters, digits, "-", "_" or "." (1 to 64)' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, {
    message: 'code must be 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit',
  })
  code!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
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
