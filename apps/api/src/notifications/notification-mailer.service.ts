import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { PINO_LOGGER } from '../common/logger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FrameworksService } from '../frameworks/frameworks.service';
import {
  MAIL_LEASE_MS,
  MAIL_MAX_ATTEMPTS,
  nextAttemptAt,
  notificationMessageId,
  SMTP_TIMEOUTS,
} from './mail-outbox';
import {
  aboutOf,
  NOTIFICATION_ABOUT_COLUMNS,
  NOTIFICATION_ABOUT_JOINS,
  type NotificationAboutRow,
} from './notification-about';
import { notificationMail } from './notification-mail';

const BATCH = 50;
/** Notifications older than this when first seen are not mailed (e.g. SMTP turned on later). */
const MAX_AGE_MS = 24 * 3_600_000;

export interface MailRunCounts {
  sent: number;
  failed: number;
}

/**
 * Mails in-app notifications (optional: only with SMTP settings), at least once: the notification
 * row is the outbox. A pass claims a batch of due rows in ONE statement (`UPDATE … WHERE id IN
 * (SELECT … FOR UPDATE SKIP LOCKED)`), which leases them (`email_claimed_at`) so two API processes
 * never send the same row at once; a row is marked sent only after SMTP accepted it. A failed send
 * frees the row for a later attempt (exponential backoff, `email_next_at`); a crash mid-send leaves
 * the lease to expire (MAIL_LEASE_MS), then another pass sends it. A crash after SMTP accepted and
 * before the mark sends it again, with the same Message-ID (`<notification.<id>@…>`), so the
 * duplicate is recognisable. Recipients: active users with an address who did not opt out.
 * The claim scans every district (one pass serves them all); the claimed row is matched by its whole
 * key `(id, district_id)`, and each later update of it names its district, read from the claimed row.
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
    private readonly frameworks: FrameworksService,
  ) {
    const mail = config.mail;
    this.transport = mail
      ? createTransport({
          host: mail.host,
          port: mail.port,
          secure: mail.secure,
          auth: mail.auth,
          ...SMTP_TIMEOUTS,
        })
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

  /** One pass over due notifications; overlapping calls in one process share the pass. */
  run(now = new Date()): Promise<MailRunCounts> {
    if (!this.transport) return Promise.resolve({ sent: 0, failed: 0 });
    this.running ??= this.pass(now).finally(() => (this.running = null));
    return this.running;
  }

  private async pass(now: Date): Promise<MailRunCounts> {
    const counts = { sent: 0, failed: 0 };
    const from = this.config.mail!.from;
    for (;;) {
      const rows: (Record<string, unknown> & NotificationAboutRow)[] = await this.dataSource.query(
        `WITH claimed AS (
           UPDATE notification n SET email_claimed_at = $2, email_attempts = n.email_attempts + 1
            WHERE n.email_sent_at IS NULL AND (n.id, n.district_id) IN (
              SELECT c.id, c.district_id FROM notification c JOIN app_user u ON u.district_id = c.district_id AND u.id = c.user_id
               WHERE c.email_sent_at IS NULL AND c.created_at > $1
                 AND (c.email_claimed_at IS NULL OR c.email_claimed_at <= $3)
                 AND (c.email_next_at IS NULL OR c.email_next_at <= $2)
                 AND c.email_attempts < $4
                 AND u.active AND u.email_notifications AND u.email IS NOT NULL
               ORDER BY c.created_at, c.id
               LIMIT ${BATCH}
               FOR UPDATE OF c SKIP LOCKED)
           RETURNING n.id, n.district_id, n.user_id, n.kind, n.payload, n.email_attempts, n.target_type, n.target_id)
         SELECT n.id, n.district_id, n.kind, n.payload, n.email_attempts, u.email, ${NOTIFICATION_ABOUT_COLUMNS}
           FROM claimed n JOIN app_user u ON u.district_id = n.district_id AND u.id = n.user_id
           ${NOTIFICATION_ABOUT_JOINS}`,
        [
          new Date(now.getTime() - MAX_AGE_MS),
          now,
          new Date(now.getTime() - MAIL_LEASE_MS),
          MAIL_MAX_ATTEMPTS,
        ],
      );
      const about = await aboutOf(rows, (id) => this.frameworks.definition(id));
      for (const [i, row] of rows.entries()) {
        const id = row['id'] as string;
        // The claimed row's district: the updates below find the row by its whole key (one shard).
        const districtId = row['district_id'] as string;
        const mail = notificationMail(
          {
            kind: row['kind'] as string,
            payload: (row['payload'] as Record<string, unknown>) ?? {},
            about: about[i],
          },
          this.config.timeZone,
          this.config.publicUrl,
        );
        try {
          await this.transport!.sendMail({
            from,
            to: row['email'] as string,
            messageId: notificationMessageId(id, from),
            ...mail,
          });
        } catch (err) {
          const attempts = Number(row['email_attempts']);
          this.log.warn({ err, notificationId: id, attempts }, 'notification e-mail not sent, will retry');
          await this.dataSource.query(
            `UPDATE notification SET email_claimed_at = NULL, email_error = $2, email_next_at = $3
              WHERE id = $1 AND district_id = $4 AND email_sent_at IS NULL`,
            [
              id,
              String((err as Error).message ?? err).slice(0, 500),
              nextAttemptAt(attempts, now),
              districtId,
            ],
          );
          counts.failed++;
          continue;
        }
        // Accepted by SMTP: from here on a crash resends (same Message-ID) rather than losing it.
        await this.dataSource.query(
          `UPDATE notification SET email_sent_at = $2, email_error = NULL WHERE id = $1 AND district_id = $3`,
          [id, new Date(), districtId],
        );
        counts.sent++;
      }
      if (rows.length < BATCH) return counts;
    }
  }
}
