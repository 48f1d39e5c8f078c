import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Role } from '../../auth/role.enum';

/** Only the fields given are changed. The username cannot be changed. */
@InputType()
export class UpdateUserInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'displayName must not be empty' })
  @MaxLength(100)
  displayName?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => ID, { nullable: true, description: 'Must suit the (new) role, as in createUser' })
  @IsOptional()
  @IsUUID('all', { message: 'scopeUnitId must be a UUID' })
  scopeUnitId?: string;

  @Field({ nullable: true, description: 'false deactivates the account (it can no longer log in); true reactivates it' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field({ nullable: true, description: 'A new password, at least 8 characters' })
  @IsOptional()
  @IsString()
  @MinLength(8, { message: 'password must be at least 8 characters' })
  @MaxLength(256)
  password?: string;
}
