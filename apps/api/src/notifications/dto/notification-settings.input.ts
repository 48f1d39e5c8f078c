import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsOptional, MaxLength, ValidateIf } from 'class-validator';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { Trim } from '../../common/validation-decorators';

@InputType({ description: 'Own notification settings; an empty or null email removes the address.' })
export class NotificationSettingsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @ValidateIf((_, v) => v !== null && v !== '')
  @IsEmail({}, { message: 'must be an e-mail address like name@example.org' })
  @MaxLength(TEXT_LIMITS.email)
  email?: string | null;

  @Field()
  @IsBoolean()
  emailNotifications!: boolean;
}
