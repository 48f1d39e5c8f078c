import { ArgsType, Field } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  username!: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  password!: string;
}
