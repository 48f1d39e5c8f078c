import { MAIL_LEASE_MS, nextAttemptAt, notificationMessageId, SMTP_TIMEOUTS } from './mail-outbox';

describe('notification e-mail outbox rules', () => {
  it('backs off exponentially from 30 seconds to at most an hour', () => {
    const at = new Date('2026-12-05T00:00:00Z');
    const delays = [1, 2, 3, 4, 8, 20].map((n) => (nextAttemptAt(n, at).getTime() - at.getTime()) / 1000);
    expect(delays).toEqual([30, 60, 120, 240, 3600, 3600]);
  });

  it('gives every attempt of a notification the same Message-ID in the sender’s domain', () => {
    const id = '0b7c6a52-98b1-4a8e-9d3e-52a4f1e0c001';
    expect(notificationMessageId(id, 'Pathboard <pb@mail.example.org>')).toBe(
      `<notification.${id}@mail.example.org>`,
    );
    expect(notificationMessageId(id, 'pb@example.org')).toBe(`<notification.${id}@example.org>`);
    expect(notificationMessageId(id, 'nobody')).toBe(`<notification.${id}@pathboard.invalid>`);
  });

  it('holds a claim longer than one send may take, so a slow send is not claimed twice', () => {
    const longest =
      SMTP_TIMEOUTS.connectionTimeout + SMTP_TIMEOUTS.greetingTimeout + SMTP_TIMEOUTS.socketTimeout;
    expect(MAIL_LEASE_MS).toBeGreaterThan(longest);
  });
});
