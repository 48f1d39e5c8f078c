import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { Role } from '../../auth/role.enum';
import { AcceptablePassword } from './acceptable-password.validator';
import { PASSWORD_RULES } from '../password-policy';

/** Only the fields given are changed. The username cannot be changed. */
@InputType()
export class UpdateUserInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'displayName must not be empty' })
  @MaxLength(TEXT_LIMITS.displayName)
  displayName?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => ID, { nullable: true, description: 'Must suit the (new) role, as in createUser' })
  @IsOptional()
  @IsUUID('all', { message: 'scopeUnitId must be a UUID' })
  scopeUnitId?: string;

  @Field({
    nullable: true,
    description: 'false deactivates the account (it can no longer log in); true reactivates it',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field({ nullable: true, description: PASSWORD_RULES })
  @IsOptional()
  @IsString()
  @AcceptablePassword()
  password?: string;
}
