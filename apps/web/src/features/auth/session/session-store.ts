import { parseSession, type Session, type SessionEndReason, type SessionUser } from './session';

export const SESSION_STORAGE_KEY = 'pathboard.session';

export interface SessionSnapshot {
  session: Session | null;
  endedReason: SessionEndReason | null;
}

export interface SessionStore {
  getSnapshot(): SessionSnapshot;
  subscribe(listener: () => void): () => void;
  /** Current bearer token, or null once expired (checked on every request). */
  token(): string | null;
  start(session: Session): void;
  updateUser(user: SessionUser): void;
  end(reason: SessionEndReason): void;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The logged-in session, outside React so that the Apollo links (which run outside components)
 * and the components read the same thing. Persisted in localStorage so a reload keeps the user
 * logged in until the token's expiry.
 */
export function createSessionStore(
  storage: KeyValueStorage | undefined,
  now: () => number = Date.now,
): SessionStore {
  const listeners = new Set<() => void>();
  let snapshot: SessionSnapshot = { session: load(), endedReason: null };

  function load(): Session | null {
    try {
      const text = storage?.getItem(SESSION_STORAGE_KEY);
      return text ? parseSession(JSON.parse(text), now()) : null;
    } catch {
      return null;
    }
  }

  function persist(session: Session | null): void {
    try {
      if (session) storage?.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
      else storage?.removeItem(SESSION_STORAGE_KEY);
    } catch {
      // blocked storage: the session lives in memory for this tab only
    }
  }

  function publish(next: SessionSnapshot): void {
    snapshot = next;
    persist(next.session);
    listeners.forEach((listener) => listener());
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    token() {
      const session = snapshot.session;
      if (!session) return null;
      if (Date.parse(session.expiresAt) <= now()) {
        publish({ session: null, endedReason: 'expired' });
        return null;
      }
      return session.token;
    },
    start: (session) => publish({ session, endedReason: null }),
    updateUser(user) {
      if (snapshot.session) publish({ session: { ...snapshot.session, user }, endedReason: null });
    },
    end(reason) {
      if (snapshot.session) publish({ session: null, endedReason: reason });
    },
  };
}
