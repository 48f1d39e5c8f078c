import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  attemptsLeftFor,
  ReservedCount,
  refusalFor,
  THROTTLE_LIMITS,
  ThrottleKey,
  ThrottleVerdict,
} from './login-throttle.policy';

/** Rows whose window ended this long ago are deleted (they would restart at 1 anyway). */
const PRUNE_AFTER_SECONDS = 24 * 3600;
const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * Login attempt counts in the `login_throttle` table, shared by every API process. `reserve` counts
 * the attempt on each key with one atomic upsert per key and answers whether it may be evaluated, so
 * of N parallel attempts at most the limit reach the password check (no read-then-write race).
 */
@Injectable()
export class LoginThrottle {
  private lastPrune = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Count this attempt on every key; the refusal when any key is over its limit, else the budget left. */
  async reserve(keys: ThrottleKey[]): Promise<ThrottleVerdict> {
    const counts: ReservedCount[] = [];
    for (const k of keys) {
      const [row] = (await this.dataSource.query(
        `INSERT INTO login_throttle AS t (key, attempts, window_started_at) VALUES ($1, 1, now())
         ON CONFLICT (key) DO UPDATE SET
           attempts = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2::float8) THEN 1 ELSE t.attempts + 1 END,
           window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2::float8) THEN now() ELSE t.window_started_at END
         RETURNING t.attempts, extract(epoch FROM t.window_started_at + make_interval(secs => $2::float8) - now())::float8 AS seconds_left`,
        [k.key, THROTTLE_LIMITS[k.kind].windowSeconds],
      )) as Array<{ attempts: number; seconds_left: number }>;
      counts.push({
        key: k.key,
        kind: k.kind,
        attempts: Number(row.attempts),
        secondsLeft: Number(row.seconds_left),
      });
    }
    const refusal = refusalFor(counts);
    return { refusal, left: refusal ? null : attemptsLeftFor(counts) };
  }

  /**
   * A successful login: its account or device budget starts over; its address gets this attempt
   * back (not a fresh budget, so one valid account cannot launder guesses on others).
   */
  async succeeded(keys: ThrottleKey[]): Promise<void> {
    const reset = keys.filter((k) => k.kind !== 'address').map((k) => k.key);
    const refund = keys.filter((k) => k.kind === 'address').map((k) => k.key);
    if (reset.length)
      await this.dataSource.query(`DELETE FROM login_throttle WHERE key = ANY($1::text[])`, [reset]);
    if (refund.length) {
      await this.dataSource.query(
        `UPDATE login_throttle SET attempts = greatest(attempts - 1, 0) WHERE key = ANY($1::text[])`,
        [refund],
      );
    }
    await this.pruneNowAndThen();
  }

  private async pruneNowAndThen(now = Date.now()): Promise<void> {
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    await this.dataSource.query(
      `DELETE FROM login_throttle WHERE window_started_at < now() - make_interval(secs => $1::float8)`,
      [PRUNE_AFTER_SECONDS],
    );
  }
}
