import { ArgsType, Field } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { TEXT_LIMITS } from '@pathboard/text-limits';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.username)
  username!: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.password)
  password!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The district's code (loginDistricts). User names are unique per district; it may be left out while only one district is active",
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.unitCode)
  district?: string | null;
}
