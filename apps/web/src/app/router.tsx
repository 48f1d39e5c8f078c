import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import { homePathFor, LoginPage, NAV_ITEMS, RequireAuth, RequireRole, useSession } from '../features/auth';
import { NotFoundPage } from '../shared/components/StatusPages';
import { AwaitingApiScreen } from './AwaitingApiScreen';
import { AppLayout } from './layout/AppLayout';

function HomeRedirect() {
  const { session } = useSession();
  return <Navigate to={session ? homePathFor(session.user.role) : '/login'} replace />;
}

/** Every screen sits behind RequireAuth, and behind RequireRole with the roles of its menu item. */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      ...NAV_ITEMS.map((item) => ({
        path: `${item.path}/*`,
        element: (
          <RequireRole roles={item.roles}>
            <AwaitingApiScreen titleKey={item.labelKey} />
          </RequireRole>
        ),
      })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
