import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { accountKey } from './login-throttle.policy';

/**
 * Known devices (OWASP "device cookies"): after a successful login the browser gets an httpOnly
 * cookie naming the account (district and username) and a random device id, signed with the server secret. A later login
 * for that account carrying a valid cookie is throttled on its own budget, so strangers who exhaust
 * the account's budget for unknown devices do not lock its owner out. A cookie from before logins
 * named a district holds a bare username: it matches no account and the next login replaces it.
 */
export const KNOWN_DEVICE_COOKIE = 'pb_device';
export const KNOWN_DEVICE_MAX_AGE_SECONDS = 180 * 24 * 3600;

export interface KnownDevice {
  /** The account the device signed in as: accountKey(district, username). */
  account: string;
  deviceId: string;
}

function signature(secret: string, account: string, deviceId: string): string {
  return createHmac('sha256', secret).update(`known-device\n${account}\n${deviceId}`).digest('base64url');
}

/** A new device id, or keep `deviceId`: the cookie value for the account `district`/`username`. */
export function issueKnownDevice(
  secret: string,
  district: string,
  username: string,
  deviceId = randomBytes(16).toString('base64url'),
): string {
  const account = accountKey(district, username);
  return `${Buffer.from(account).toString('base64url')}.${deviceId}.${signature(secret, account, deviceId)}`;
}

/** The device in a cookie value when its signature is valid, else null. */
export function readKnownDevice(secret: string, value: string | undefined): KnownDevice | null {
  const parts = value?.split('.');
  if (!parts || parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return null;
  const account = Buffer.from(parts[0], 'base64url').toString('utf8');
  const expected = Buffer.from(signature(secret, account, parts[1]));
  const given = Buffer.from(parts[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { account, deviceId: parts[1] };
}

/** The value of cookie `name` in a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Set-Cookie header for the device cookie: script-proof, sent only with same-site requests to /graphql. */
export function knownDeviceSetCookie(value: string, secure: boolean): string {
  return `${KNOWN_DEVICE_COOKIE}=${value}; Max-Age=${KNOWN_DEVICE_MAX_AGE_SECONDS}; Path=/graphql; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}
