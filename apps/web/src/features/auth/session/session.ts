export const ROLES = ['ADMIN', 'REVIEWER', 'BRANCH', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** The org unit the user's rights cover (a district, a street, or the user's branch). */
  scopeUnit: { id: string; name: string } | null;
}

export interface Session {
  token: string;
  /** ISO instant; past it the server refuses the token, so the app treats it as logged out. */
  expiresAt: string;
  user: SessionUser;
}

/** Why the last session ended: shown on the login page in words. */
export type SessionEndReason = 'logout' | 'expired';

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Accepts only a well-formed, unexpired session (storage may hold anything, e.g. an older format). */
export function parseSession(raw: unknown, now: number): Session | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const candidate = raw as Partial<Session>;
  const user = candidate.user as Partial<SessionUser> | undefined;
  if (typeof candidate.token !== 'string' || candidate.token === '') return null;
  if (typeof candidate.expiresAt !== 'string') return null;
  const expiresAt = Date.parse(candidate.expiresAt);
  if (Number.isNaN(expiresAt) || expiresAt <= now) return null;
  if (!user || typeof user.id !== 'string' || !isRole(user.role)) return null;
  return candidate as Session;
}
