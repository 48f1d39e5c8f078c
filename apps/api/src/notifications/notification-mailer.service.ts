import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { PINO_LOGGER } from '../common/logger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { notificationMail } from './notification-mail';

const BATCH = 50;
/** Notifications older than this when first seen are not mailed (e.g. SMTP turned on later). */
const MAX_AGE_MS = 24 * 3_600_000;

export interface MailRunCounts {
  sent: number;
  failed: number;
}

/**
 * Mails in-app notifications (optional: only with SMTP settings). A pass claims a batch of unmailed
 * rows in ONE statement (`UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)`), then sends them:
 * a row is claimed once, so two API processes never mail it twice and a restart mid-pass does not
 * resend (a crash between claim and send loses that mail rather than doubling it; the in-app
 * notification stays). Recipients: active users with an address who did not opt out.
 */
@Injectable()
export class NotificationMailerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly transport: Transporter | null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<MailRunCounts> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PINO_LOGGER) private readonly log: Logger,
  ) {
    const mail = config.mail;
    this.transport = mail
      ? createTransport({ host: mail.host, port: mail.port, secure: mail.secure, auth: mail.auth })
      : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  onApplicationBootstrap(): void {
    if (!this.transport || this.config.nodeEnv === 'test') return;
    this.timer = setInterval(() => {
      this.run().catch((err) => this.log.error({ err }, 'notification e-mail pass failed'));
    }, this.config.mail!.pollSeconds * 1000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.transport?.close();
  }

  /** One pass over unmailed notifications; overlapping calls in one process share the pass. */
  run(now = new Date()): Promise<MailRunCounts> {
    if (!this.transport) return Promise.resolve({ sent: 0, failed: 0 });
    this.running ??= this.pass(now).finally(() => (this.running = null));
    return this.running;
  }

  private async pass(now: Date): Promise<MailRunCounts> {
    const counts = { sent: 0, failed: 0 };
    for (;;) {
      const rows: Record<string, unknown>[] = await this.dataSource.query(
        `WITH claimed AS (
           UPDATE notification n SET email_claimed_at = $2
            WHERE n.email_claimed_at IS NULL AND n.id IN (
              SELECT c.id FROM notification c JOIN app_user u ON u.id = c.user_id
               WHERE c.email_claimed_at IS NULL AND c.created_at > $1
                 AND u.active AND u.email_notifications AND u.email IS NOT NULL
               ORDER BY c.created_at, c.id
               LIMIT ${BATCH}
               FOR UPDATE OF c SKIP LOCKED)
           RETURNING n.id, n.user_id, n.kind, n.payload)
         SELECT c.id, c.kind, c.payload, u.email FROM claimed c JOIN app_user u ON u.id = c.user_id`,
        [new Date(now.getTime() - MAX_AGE_MS), now],
      );
      for (const row of rows) {
        const mail = notificationMail(
          { kind: row['kind'] as string, payload: (row['payload'] as Record<string, unknown>) ?? {} },
          this.config.timeZone,
          this.config.publicUrl,
        );
        try {
          await this.transport!.sendMail({
            from: this.config.mail!.from,
            to: row['email'] as string,
            ...mail,
          });
          await this.dataSource.query(`UPDATE notification SET email_sent_at = now() WHERE id = $1`, [
            row['id'],
          ]);
          counts.sent++;
        } catch (err) {
          this.log.warn({ err, notificationId: row['id'] }, 'notification e-mail not sent');
          await this.dataSource.query(`UPDATE notification SET email_error = $2 WHERE id = $1`, [
            row['id'],
            String((err as Error).message ?? err).slice(0, 500),
          ]);
          counts.failed++;
        }
      }
      if (rows.length < BATCH) return counts;
    }
  }
}
