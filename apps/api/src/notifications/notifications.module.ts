import { Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { RemindersService } from './reminders.service';

@Module({
  providers: [NotificationsService, RemindersService, NotificationsResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {}
