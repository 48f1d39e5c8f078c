import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AcceptablePassword } from '../../users/dto/acceptable-password.validator';
import { PASSWORD_RULES } from '../../users/password-policy';

/** The new district's first ADMIN: nobody else's scope reaches a new tree root. */
@InputType()
export class DistrictAdminInput {
  @Field({ description: '3-32 letters, digits, ".", "_" or "-"' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{3,32}$/, { message: 'username must be 3-32 letters, digits, ".", "_" or "-"' })
  username!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'displayName must not be empty' })
  @MaxLength(100)
  displayName!: string;

  @Field({ description: PASSWORD_RULES })
  @IsString()
  @AcceptablePassword('username')
  password!: string;
}

@InputType()
export class CreateDistrictInput {
  @Field({ description: 'Unique code: letters, digits, "-", "_" or "." (1 to 64)' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, {
    message: 'code must be 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit',
  })
  code!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'memberCount must not be negative' })
  @Max(10_000_000)
  memberCount?: number;

  @Field(() => DistrictAdminInput, {
    description: "The district's first administrator (scope: the new district)",
  })
  @ValidateNested()
  @Type(() => DistrictAdminInput)
  admin!: DistrictAdminInput;
}
