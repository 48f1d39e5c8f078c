import { dictionary } from '@zxcvbn-ts/language-common';
import { TEXT_LIMITS } from '@pathboard/text-limits';

/** The shortest password accepted when one is set (counted in characters, so 中文 counts per character). */
export const PASSWORD_MIN_LENGTH = 10;

/**
 * The ~49,000 most common passwords of leaked password lists (zxcvbn-ts's `passwords-common`),
 * lower case; a password is refused when its lower-cased form is one of them.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(dictionary['passwords-common'] as string[]);

/**
 * Why `password` may not be set for `username`, as "password must ..." (the field's problem), or
 * null when it is acceptable. Applied whenever a password is set (createUser, createDistrict's
 * admin, updateUser), not at login: existing passwords keep working until they are changed.
 */
export function passwordProblem(password: string, username?: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > TEXT_LIMITS.password) return `password must be at most ${TEXT_LIMITS.password} characters`;
  if (!password.trim()) return 'password must not be only spaces';
  if (new Set(password).size === 1) return 'password must not repeat one character';
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(lower.trim()))
    return 'password is too common: choose one that is not on lists of leaked passwords';
  const name = username?.trim().toLowerCase();
  if (name && lower.includes(name)) return 'password must not contain the username';
  return null;
}

/** The rule as shown in the GraphQL schema. */
export const PASSWORD_RULES = `At least ${PASSWORD_MIN_LENGTH} characters, not a common password, not containing the username`;
