import { useSyncExternalStore } from 'react';
import { sessionStore } from '../session/session-instance';
import type { SessionSnapshot } from '../session/session-store';

/** The current session (or why it ended); re-renders on login, logout and expiry. */
export function useSession(): SessionSnapshot {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getSnapshot);
}
