/**
 * Who may try a password how often (issue 10). Pure: the keys an attempt counts against and their
 * limits; LoginThrottle keeps the counts in the database.
 *
 * - `account`: attempts on one account (district and username: user names are unique per district)
 *   from devices it has never signed in from. When a stranger
 *   uses it up, only unknown devices wait; the account's owner keeps signing in from a known device.
 * - `device`: attempts on one account from one known device (a signed cookie set by an earlier
 *   successful login, see known-device.ts). Counted instead of `account` and `address`, so a guesser
 *   can neither lock the owner out nor use the owner's budget (the cookie cannot be forged).
 * - `address`: attempts from one source address over all usernames (stops trying one password on
 *   many accounts). Successful logins are given back, so a shared office address only pays for typos.
 */
import { normalUsername } from '../users/username';

export type ThrottleKind = 'account' | 'device' | 'address';

export interface ThrottleLimit {
  /** Attempts allowed per window; the next one is refused without checking the password. */
  attempts: number;
  windowSeconds: number;
}

export const THROTTLE_LIMITS: Record<ThrottleKind, ThrottleLimit> = {
  account: { attempts: 10, windowSeconds: 15 * 60 },
  device: { attempts: 10, windowSeconds: 15 * 60 },
  address: { attempts: 30, windowSeconds: 15 * 60 },
};

export interface ThrottleKey {
  kind: ThrottleKind;
  /** Primary key of the `login_throttle` row, e.g. `account:d1:admin`. */
  key: string;
}

export interface LoginSource {
  /** The district's code as the login named it (or the only district's, when it named none). */
  district: string;
  username: string;
  /** The client's address as the server sees it (after TRUST_PROXY). */
  address: string;
  /** The id of a verified known device of this account, if the client sent one. */
  deviceId?: string | null;
}

/**
 * Accounts are district + username, matched case-insensitively for throttling, so `Admin` and `admin`
 * share a budget, and a namesake in another district has a budget of its own.
 */
export function throttleKeys(source: LoginSource): ThrottleKey[] {
  const account = accountKey(source.district, source.username);
  if (source.deviceId) return [{ kind: 'device', key: `device:${account}:${source.deviceId}` }];
  return [
    { kind: 'account', key: `account:${account}` },
    { kind: 'address', key: `address:${normalizeAddress(source.address)}` },
  ];
}

/**
 * `district:username`, trimmed and lower-cased: the one account key of throttle rows and device
 * cookies. Neither part can hold a ':' once created (code and username patterns), so keys do not clash.
 */
export function accountKey(district: string, username: string): string {
  return `${district.trim().toLowerCase()}:${normalUsername(username)}`;
}

/** `::ffff:1.2.3.4` → `1.2.3.4`; an IPv6 address → its /64 network (one subscriber's usual allotment). */
export function normalizeAddress(address: string): string {
  const a = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return mapped[1];
  if (!a.includes(':')) return a;
  const [head, tail = ''] = a.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = a.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export interface ReservedCount {
  key: string;
  kind: ThrottleKind;
  /** Attempts in the window including this one. */
  attempts: number;
  /** Seconds left in the window. */
  secondsLeft: number;
}

export interface ThrottleRefusal {
  kind: ThrottleKind;
  key: string;
  retryAfterSeconds: number;
  /** True for the attempt that first went over the limit (audited once per window, not per attempt). */
  first: boolean;
}

/** The refusal for an attempt whose reserved counts are `counts`, or null when every key allows it. */
export function refusalFor(counts: ReservedCount[]): ThrottleRefusal | null {
  let worst: ThrottleRefusal | null = null;
  for (const c of counts) {
    const limit = THROTTLE_LIMITS[c.kind].attempts;
    if (c.attempts <= limit) continue;
    const retryAfterSeconds = Math.max(1, Math.ceil(c.secondsLeft));
    if (!worst || retryAfterSeconds > worst.retryAfterSeconds) {
      worst = { kind: c.kind, key: c.key, retryAfterSeconds, first: c.attempts === limit + 1 };
    }
  }
  return worst;
}

/** What reserving an attempt answers: refused (over a limit), or allowed with this much budget left. */
export interface ThrottleVerdict {
  refusal: ThrottleRefusal | null;
  left: AttemptsLeft | null;
}

/** Warn once this few attempts are left before a refusal (the login page says how many). */
export const WARN_WHEN_ATTEMPTS_LEFT = 3;

export interface AttemptsLeft {
  /** Attempts still allowed after this one on the tightest key (0: the next one is refused). */
  attemptsLeft: number;
  /** Seconds until that key's window ends, when its budget starts over. */
  retryAfterSeconds: number;
}

/**
 * The tightest budget an evaluated attempt leaves (of those that allowed it). The counts are reserved
 * before the username is looked up, so an unknown username gets the same answer as a known one.
 */
export function attemptsLeftFor(counts: ReservedCount[]): AttemptsLeft | null {
  let tightest: AttemptsLeft | null = null;
  for (const c of counts) {
    const attemptsLeft = Math.max(0, THROTTLE_LIMITS[c.kind].attempts - c.attempts);
    const retryAfterSeconds = Math.max(1, Math.ceil(c.secondsLeft));
    if (
      !tightest ||
      attemptsLeft < tightest.attemptsLeft ||
      (attemptsLeft === tightest.attemptsLeft && retryAfterSeconds > tightest.retryAfterSeconds)
    )
      tightest = { attemptsLeft, retryAfterSeconds };
  }
  return tightest;
}
