import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { Role } from '../../auth/role.enum';
import { AcceptablePassword } from './acceptable-password.validator';
import { PASSWORD_RULES } from '../password-policy';

@InputType()
export class CreateUserInput {
  @Field({ description: '3-32 letters, digits, ".", "_" or "-"' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{3,32}$/, { message: 'username must be 3-32 letters, digits, ".", "_" or "-"' })
  username!: string;

  @Field({ description: PASSWORD_RULES })
  @IsString()
  @AcceptablePassword('username')
  password!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'displayName must not be empty' })
  @MaxLength(100)
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
