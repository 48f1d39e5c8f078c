import { createSessionStore, SESSION_STORAGE_KEY } from './session-store';
import type { Session } from './session';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
}

const NOW = Date.parse('2026-04-01T08:00:00Z');
const session: Session = {
  token: 'jwt',
  expiresAt: '2026-04-01T16:00:00Z',
  user: {
    id: 'u1',
    username: 'zhang',
    displayName: '张书记',
    role: 'BRANCH',
    scopeUnit: { id: 'b1', name: '幸福社区第一党支部' },
  },
};

describe('session store', () => {
  it('persists a started session and restores it after a reload', () => {
    const storage = memoryStorage();
    const store = createSessionStore(storage, () => NOW);
    store.start(session);
    expect(store.token()).toBe('jwt');
    const reloaded = createSessionStore(storage, () => NOW);
    expect(reloaded.getSnapshot().session?.user.displayName).toBe('张书记');
  });

  it('drops stored sessions that are expired or malformed', () => {
    const expired = memoryStorage({
      [SESSION_STORAGE_KEY]: JSON.stringify({ ...session, expiresAt: '2026-04-01T07:59:59Z' }),
    });
    expect(createSessionStore(expired, () => NOW).getSnapshot().session).toBeNull();
    const junk = memoryStorage({ [SESSION_STORAGE_KEY]: '{not json' });
    expect(createSessionStore(junk, () => NOW).getSnapshot().session).toBeNull();
    const badRole = memoryStorage({
      [SESSION_STORAGE_KEY]: JSON.stringify({ ...session, user: { ...session.user, role: 'ROOT' } }),
    });
    expect(createSessionStore(badRole, () => NOW).getSnapshot().session).toBeNull();
  });

  it('ends the session when the token expires while the tab is open', () => {
    let now = NOW;
    const store = createSessionStore(memoryStorage(), () => now);
    store.start(session);
    now = Date.parse('2026-04-01T16:00:00Z');
    expect(store.token()).toBeNull();
    expect(store.getSnapshot()).toEqual({ session: null, endedReason: 'expired' });
  });

  it('notifies subscribers and remembers why the session ended', () => {
    const storage = memoryStorage();
    const store = createSessionStore(storage, () => NOW);
    const seen: (string | null)[] = [];
    store.subscribe(() => seen.push(store.getSnapshot().endedReason));
    store.start(session);
    store.updateUser({ ...session.user, displayName: '张三' });
    expect(store.getSnapshot().session?.user.displayName).toBe('张三');
    store.end('logout');
    expect(seen).toEqual([null, null, 'logout']);
    expect(storage.data.has(SESSION_STORAGE_KEY)).toBe(false);
  });
});
