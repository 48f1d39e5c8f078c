import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalizedTextModel } from '../../frameworks/models/localized-text.model';
import { JSONScalar } from '../../frameworks/scalars/json.scalar';
import { NOTIFICATION_KINDS } from '../notification-kinds';

export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as {
  [K in (typeof NOTIFICATION_KINDS)[number]]: K;
};
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });

@ObjectType('NotificationAbout', {
  description:
    'What a notification is about, as it is now: its quarter, branch and indicator (where it has them).',
})
export class NotificationAboutModel {
  @Field(() => String, { nullable: true, description: 'e.g. 2026Q4' })
  periodCode!: string | null;
  @Field(() => String, { nullable: true })
  branchName!: string | null;
  @Field(() => LocalizedTextModel, {
    nullable: true,
    description: "A rectification item's indicator, named by the framework of its quarter.",
  })
  indicatorName!: { zh: string; en: string } | null;
}

@ObjectType('Notification', {
  description: 'An in-app notification; targetType/targetId name the thing to open.',
})
export class NotificationModel {
  @Field(() => ID)
  id!: string;
  @Field(() => NotificationKindEnum)
  kind!: string;
  @Field()
  targetType!: string;
  @Field()
  targetId!: string;
  @Field(() => JSONScalar)
  payload!: Record<string, unknown>;
  @Field(() => NotificationAboutModel)
  about!: NotificationAboutModel;
  @Field()
  createdAt!: Date;
  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

@ObjectType('ReminderResult', { description: '催报 outcome: who was reminded now, who already was today.' })
export class ReminderResultModel {
  @Field({ description: 'The district day (YYYY-MM-DD, in the district time zone, DISTRICT_TIME_ZONE).' })
  day!: string;
  @Field(() => [ID])
  remindedBranchIds!: string[];
  @Field(() => [ID])
  alreadyRemindedBranchIds!: string[];
}

@ObjectType('BranchReminder')
export class BranchReminderModel {
  @Field(() => ID)
  branchId!: string;
  @Field()
  branchName!: string;
  @Field()
  day!: string;
  @Field()
  at!: Date;
  @Field(() => ID, { nullable: true })
  remindedBy!: string | null;
}

@ObjectType('NotificationCount')
export class NotificationCountModel {
  @Field(() => Int)
  unread!: number;
}
