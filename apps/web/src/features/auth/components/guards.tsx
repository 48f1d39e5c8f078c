import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ForbiddenPage } from '../../../shared/components/StatusPages';
import { useSession } from '../hooks/useSession';
import type { Role } from '../session/session';

/** State handed to the login page: where the user was going and why they were sent back. */
export interface LoginRedirectState {
  /** Path, query and hash: `/review/<id>?period=2026Q4` (the query names the quarter, unit, filters). */
  from?: string;
  reason?: 'expired' | 'logout' | null;
}

/** Renders its children only with a live session; otherwise goes to /login and remembers where from. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { session, endedReason } = useSession();
  const location = useLocation();
  if (!session) {
    // The whole location: the page alone loses its quarter and filters. The login page returns here
    // only if it is an in-app path the signed-in role may open (landingPathAfterLogin).
    const from = `${location.pathname}${location.search}${location.hash}`;
    const state: LoginRedirectState = { from, reason: endedReason };
    return <Navigate to="/login" replace state={state} />;
  }
  return <>{children}</>;
}

/** A screen for some roles only: others get a 403 page in words, not a blank screen. */
export function RequireRole({
  roles,
  children,
  homePath,
}: {
  roles: readonly Role[];
  children: ReactNode;
  homePath?: string;
}) {
  const { session } = useSession();
  if (!session || !roles.includes(session.user.role)) return <ForbiddenPage homePath={homePath} />;
  return <>{children}</>;
}
