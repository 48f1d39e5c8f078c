import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('NotificationSettings', { description: "The caller's own notification e-mail settings." })
export class NotificationSettingsModel {
  @Field(() => String, { nullable: true, description: 'Where notifications are mailed.' })
  email!: string | null;
  @Field({ description: 'false: the user opted out of notification e-mail.' })
  emailNotifications!: boolean;
  @Field({ description: 'Whether this server mails notifications at all (SMTP configured).' })
  mailEnabled!: boolean;
}
