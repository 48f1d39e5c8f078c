/**
 * The rules of the notification e-mail outbox (pure, unit-tested): how long a claim holds, when a
 * failed send is tried again, and the Message-ID every attempt of one notification shares.
 */

/** nodemailer's limits for one send (its default socket timeout is 10 minutes: longer than a lease). */
export const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };
/** A claim older than this is taken to be a crashed send and may be claimed again. */
export const MAIL_LEASE_MS = 5 * 60_000;
/** After this many claims a notification is no longer mailed (its last error stays on the row). */
export const MAIL_MAX_ATTEMPTS = 8;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_MAX_MS = 60 * 60_000;

/** When the next attempt may run after `attempts` failed ones: 30 s, 1 min, 2 min, … at most 1 h. */
export function nextAttemptAt(attempts: number, failedAt: Date): Date {
  const delay = Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_MAX_MS);
  return new Date(failedAt.getTime() + delay);
}

/**
 * One Message-ID per notification, the same on every attempt, so a mail sent twice (a crash after
 * SMTP accepted it, before it was marked sent) is recognisably the same message. The domain is the
 * sender's (`SMTP_FROM`).
 */
export function notificationMessageId(notificationId: string, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'pathboard.invalid';
  return `<notification.${notificationId}@${domain}>`;
}
