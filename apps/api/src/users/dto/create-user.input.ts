import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { TEXT_LIMITS, USERNAME_PATTERN } from '@pathboard/text-limits';
import { Role } from '../../auth/role.enum';
import { AcceptablePassword } from './acceptable-password.validator';
import { PASSWORD_RULES } from '../password-policy';
import { USERNAME_RULE } from '../../common/code-rules';

@InputType()
export class CreateUserInput {
  @Field({ description: USERNAME_RULE })
  @IsString()
  @Matches(USERNAME_PATTERN, { message: `username must be ${USERNAME_RULE}` })
  username!: string;

  @Field({ description: PASSWORD_RULES })
  @IsString()
  @AcceptablePassword('username')
  password!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'displayName must not be empty' })
  @MaxLength(TEXT_LIMITS.displayName)
  displayName!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field(() => ID, {
    description: 'ADMIN: a district; REVIEWER: a district or street; BRANCH: a branch; VIEWER: any unit',
  })
  @IsUUID('all', { message: 'scopeUnitId must be a UUID' })
  scopeUnitId!: string;
}
