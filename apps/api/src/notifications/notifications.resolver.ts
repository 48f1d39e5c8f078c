import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../auth/auth.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { badUserInput } from '../common/errors';
import { isUUID } from 'class-validator';
import { BranchReminderModel, NotificationModel, ReminderResultModel } from './models/notification.model';
import { NotificationSettingsInput } from './dto/notification-settings.input';
import { NotificationSettingsModel } from './models/notification-settings.model';
import { NotificationSettingsService } from './notification-settings.service';
import { NotificationsService, type NotificationRow } from './notifications.service';
import { RemindersService, type ReminderLogRow, type ReminderResult } from './reminders.service';

/** Thin: one service call per operation. */
@Resolver()
@UseGuards(AuthGuard)
export class NotificationsResolver {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly reminders: RemindersService,
    private readonly settings: NotificationSettingsService,
  ) {}

  @Query(() => NotificationSettingsModel, { description: "The caller's notification e-mail settings." })
  myNotificationSettings(@CurrentUser() user: AuthUser): Promise<NotificationSettingsModel> {
    return this.settings.mine(user);
  }

  @Mutation(() => NotificationSettingsModel, {
    description: "Sets the caller's own e-mail address and whether notifications are mailed to it.",
  })
  updateMyNotificationSettings(
    @CurrentUser() user: AuthUser,
    @Args('input') input: NotificationSettingsInput,
  ): Promise<NotificationSettingsModel> {
    return this.settings.update(user, input);
  }

  @Query(() => [NotificationModel], { description: "The caller's notifications, newest first." })
  myNotifications(
    @CurrentUser() user: AuthUser,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<NotificationRow[]> {
    return this.notifications.mine(user, unreadOnly, limit);
  }

  @Query(() => Int, { description: 'Unread notifications of the caller (the bell badge).' })
  unreadNotificationCount(@CurrentUser() user: AuthUser): Promise<number> {
    return this.notifications.unreadCount(user);
  }

  @Mutation(() => Int, {
    description:
      'Marks the given (or, with ids omitted, all) own notifications read; returns how many changed.',
  })
  markNotificationsRead(
    @CurrentUser() user: AuthUser,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
  ): Promise<number> {
    const bad = ids?.find((id) => !isUUID(id));
    if (bad !== undefined) throw badUserInput(`ids: ${bad} is not a UUID`, { field: 'ids' });
    return this.notifications.markRead(user, ids ?? null);
  }

  @Mutation(() => ReminderResultModel, {
    description:
      'REVIEWER/ADMIN 催报: remind every unsubmitted branch under scopeUnitId (default: own scope), once per branch per day.',
  })
  remindUnsubmitted(
    @CurrentUser() user: AuthUser,
    @Args('period') period: string,
    @Args('scopeUnitId', { type: () => ID, nullable: true }) scopeUnitId?: string | null,
  ): Promise<ReminderResult> {
    if (scopeUnitId && !isUUID(scopeUnitId))
      throw badUserInput('scopeUnitId must be a UUID', { field: 'scopeUnitId' });
    return this.reminders.remindUnsubmitted(user, period, scopeUnitId ?? null);
  }

  @Query(() => [BranchReminderModel], {
    description: "催报 log of a period within the caller's scope: who was reminded when.",
  })
  submissionReminders(
    @CurrentUser() user: AuthUser,
    @Args('period') period: string,
  ): Promise<ReminderLogRow[]> {
    return this.reminders.log(user, period);
  }
}
