import { ArgsType, Field } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

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

  @Field(() => String, {
    nullable: true,
    description:
      "The district's code (loginDistricts). User names are unique per district; it may be left out while only one district is active",
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  district?: string | null;
}
