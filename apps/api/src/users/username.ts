/**
 * A username as stored and looked up: trimmed and lower-cased. Logins ignore case (people type
 * "Admin" for "admin" on a phone keyboard), so two accounts must not differ by case alone: "Admin"
 * beside "admin" is a look-alike account. One rule for creating, signing in and throttling.
 */
export function normalUsername(raw: string): string {
  return raw.trim().toLowerCase();
}
