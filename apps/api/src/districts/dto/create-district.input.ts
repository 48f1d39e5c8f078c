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
import { TEXT_LIMITS, UNIT_CODE_PATTERN, USERNAME_PATTERN } from '@pathboard/text-limits';
import { UNIT_CODE_DESCRIPTION, UNIT_CODE_MESSAGE, USERNAME_RULE } from '../../common/code-rules';
import { AcceptablePassword } from '../../users/dto/acceptable-password.validator';
import { PASSWORD_RULES } from '../../users/password-policy';

/** The new district's first ADMIN: nobody else's scope reaches a new tree root. */
@InputType()
export class DistrictAdminInput {
  @Field({ description: USERNAME_RULE })
  @IsString()
  @Matches(USERNAME_PATTERN, { message: `username must be ${USERNAME_RULE}` })
  username!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'displayName must not be empty' })
  @MaxLength(TEXT_LIMITS.displayName)
  displayName!: string;

  @Field({ description: PASSWORD_RULES })
  @IsString()
  @AcceptablePassword('username')
  password!: string;
}

@InputType()
export class CreateDistrictInput {
  @Field({ description: UNIT_CODE_DESCRIPTION })
  @IsString()
  @Matches(UNIT_CODE_PATTERN, { message: UNIT_CODE_MESSAGE })
  code!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(TEXT_LIMITS.unitName)
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
