import { createSessionStore } from './session-store';

/** The app's one session, shared by the Apollo links and the components. */
export const sessionStore = createSessionStore(
  typeof localStorage === 'undefined' ? undefined : localStorage,
);
