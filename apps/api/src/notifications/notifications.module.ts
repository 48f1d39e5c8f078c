import { Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { RemindersService } from './reminders.service';
import { ScheduledChecksService } from './scheduled-checks.service';

@Module({
  providers: [NotificationsService, RemindersService, ScheduledChecksService, NotificationsResolver],
  exports: [NotificationsService, ScheduledChecksService],
})
export class NotificationsModule {}
