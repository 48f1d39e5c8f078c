import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import type { NotificationSettingsInput } from './dto/notification-settings.input';
import type { NotificationSettingsModel } from './models/notification-settings.model';
import { NotificationMailerService } from './notification-mailer.service';

/** A user's own e-mail address and opt-out; every user may change only their own. */
@Injectable()
export class NotificationSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: NotificationMailerService,
    private readonly audit: AuditService,
  ) {}

  async mine(user: AuthUser): Promise<NotificationSettingsModel> {
    const [row]: { email: string | null; email_notifications: boolean }[] = await this.dataSource.query(
      `SELECT email, email_notifications FROM app_user WHERE id = $1 AND district_id = $2`,
      [user.id, user.districtId],
    );
    return {
      email: row?.email ?? null,
      emailNotifications: row?.email_notifications ?? true,
      mailEnabled: this.mailer.enabled,
    };
  }

  async update(user: AuthUser, input: NotificationSettingsInput): Promise<NotificationSettingsModel> {
    const email = input.email?.trim() || null;
    await this.dataSource.transaction(async (m) => {
      const [before]: { email: string | null; email_notifications: boolean; district_id: string }[] =
        await m.query(
          `SELECT email, email_notifications, district_id FROM app_user WHERE id = $1 AND district_id = $2 FOR UPDATE`,
          [user.id, user.districtId],
        );
      await m.query(
        `UPDATE app_user SET email = $2, email_notifications = $3 WHERE id = $1 AND district_id = $4`,
        [user.id, email, input.emailNotifications, user.districtId],
      );
      await this.audit.record(m, {
        actorId: user.id,
        action: 'NOTIFICATION_SETTINGS_CHANGED',
        targetType: 'User',
        targetId: user.id,
        districtId: before?.district_id ?? null,
        before: { email: before?.email ?? null, emailNotifications: before?.email_notifications ?? true },
        after: { email, emailNotifications: input.emailNotifications },
      });
    });
    return this.mine(user);
  }
}
