/**
 * @jest-environment jsdom
 */
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { initI18n } from '../../../test-support/i18n';
import { sessionStore } from '../session/session-instance';
import { RequireAuth, RequireRole } from './guards';

initI18n(window.localStorage);

function LoginProbe() {
  const state = useLocation().state as { from?: string; reason?: string | null };
  return (
    <p>
      login from {state?.from} because {String(state?.reason)}
    </p>
  );
}

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/login" element={<LoginProbe />} />
        <Route
          path="/review/:id"
          element={
            <RequireAuth>
              <p>考评页</p>
            </RequireAuth>
          }
        />
        <Route
          path="/admin"
          element={
            <RequireAuth>
              <RequireRole roles={['ADMIN']}>
                <p>管理页</p>
              </RequireRole>
            </RequireAuth>
          }
        />
      </Routes>
    </MemoryRouter>,
  );
}

const session = (role: 'ADMIN' | 'BRANCH') => ({
  token: 't',
  expiresAt: '2099-01-01T00:00:00Z',
  user: { id: 'u', username: 'u', displayName: '用户', role, scopeUnit: null },
});

describe('route guards', () => {
  afterEach(() => act(() => sessionStore.end('logout')));

  it('sends a visitor without a session to login, remembering where from', () => {
    renderAt('/admin');
    expect(screen.getByText('login from /admin because null')).toBeTruthy();
  });

  it('tells a logged-in user without the role that the page is not theirs', () => {
    sessionStore.start(session('BRANCH'));
    renderAt('/admin');
    expect(screen.getByText('无权访问')).toBeTruthy();
    expect(screen.queryByText('管理页')).toBeNull();
  });

  it('shows the page to the right role, and leaves when the session expires', () => {
    sessionStore.start(session('ADMIN'));
    renderAt('/admin');
    expect(screen.getByText('管理页')).toBeTruthy();
    act(() => sessionStore.end('expired'));
    expect(screen.getByText('login from /admin because expired')).toBeTruthy();
  });

  it('remembers the query and hash too, so the quarter and filters survive a new login', () => {
    sessionStore.start(session('ADMIN'));
    renderAt('/review/b1?period=2026Q4&unit=s1#values');
    expect(screen.getByText('考评页')).toBeTruthy();
    act(() => sessionStore.end('expired'));
    expect(
      screen.getByText('login from /review/b1?period=2026Q4&unit=s1#values because expired'),
    ).toBeTruthy();
  });
});
