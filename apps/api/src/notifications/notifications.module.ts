import { Module } from '@nestjs/common';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { NotificationMailerService } from './notification-mailer.service';
import { NotificationSettingsService } from './notification-settings.service';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { RemindersService } from './reminders.service';
import { ScheduledChecksService } from './scheduled-checks.service';

@Module({
  imports: [FrameworksModule],
  providers: [
    NotificationsService,
    RemindersService,
    ScheduledChecksService,
    NotificationMailerService,
    NotificationSettingsService,
    NotificationsResolver,
  ],
  exports: [NotificationsService, ScheduledChecksService, NotificationMailerService],
})
export class NotificationsModule {}
