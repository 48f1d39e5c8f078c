import { Injectable } from '@nestjs/common';

/**
 * In-memory brake on password guessing: after `maxFailures` failed logins for one username within
 * `windowMs`, further attempts are refused until the window passes. Per process (enough for the
 * single-process deployment; use a shared store when running several instances).
 */
@Injectable()
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 10,
    private readonly windowMs = 5 * 60_000,
  ) {}

  /** Seconds until the username may try again, or 0. */
  retryAfter(username: string, now = Date.now()): number {
    const recent = this.recent(username, now);
    if (recent.length < this.maxFailures) return 0;
    return Math.ceil((recent[0] + this.windowMs - now) / 1000);
  }

  fail(username: string, now = Date.now()): void {
    const key = username.toLowerCase();
    this.failures.set(key, [...this.recent(username, now), now]);
    if (this.failures.size > 10_000) this.prune(now);
  }

  succeed(username: string): void {
    this.failures.delete(username.toLowerCase());
  }

  private recent(username: string, now: number): number[] {
    return (this.failures.get(username.toLowerCase()) ?? []).filter((t) => now - t < this.windowMs);
  }

  private prune(now: number): void {
    for (const [key, times] of this.failures) {
      if (times.every((t) => now - t >= this.windowMs)) this.failures.delete(key);
    }
  }
}
