import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import {
  homePathFor,
  LoginPage,
  NAV_ITEMS,
  type NavKey,
  RequireAuth,
  RequireRole,
  useSession,
} from '../features/auth';
import { ScreenSkeleton } from '../shared/assessment-form/components/ScreenStates';
import { NotFoundPage } from '../shared/components/StatusPages';
import { AwaitingApiScreen } from './AwaitingApiScreen';
import { AppLayout } from './layout/AppLayout';

// Data-bound screens load on first visit, so the login page's bundle stays small.
const MyBranchScreen = lazy(() =>
  import('../features/branch/BranchScreen').then((m) => ({ default: m.MyBranchScreen })),
);
const BranchScreen = lazy(() => import('../features/branch/BranchScreen'));
const SelfAssessmentScreen = lazy(() => import('../features/self-assessment/SelfAssessmentScreen'));
const ReviewScreen = lazy(() => import('../features/review/ReviewScreen'));
const OverviewScreen = lazy(() => import('../features/overview/OverviewScreen'));
const CompareScreen = lazy(() => import('../features/compare/CompareScreen'));
const RectificationScreen = lazy(() => import('../features/rectification/RectificationScreen'));
const AdminScreen = lazy(() => import('../features/admin/AdminScreen'));

/** The screen of each menu item; an item without one still shows AwaitingApiScreen. */
const SCREENS: Partial<Record<NavKey, ReactNode>> = {
  myBranch: <MyBranchScreen />,
  selfAssessment: <SelfAssessmentScreen />,
  review: <ReviewScreen />,
  overview: <OverviewScreen />,
  compare: <CompareScreen />,
  rectification: <RectificationScreen />,
  admin: <AdminScreen />,
};

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
            {SCREENS[item.key] ? (
              <Suspense fallback={<ScreenSkeleton />}>{SCREENS[item.key]}</Suspense>
            ) : (
              <AwaitingApiScreen titleKey={item.labelKey} />
            )}
          </RequireRole>
        ),
      })),
      // Any signed-in role: a committee opens a branch in its scope; the API answers the rest as missing (NOT_FOUND).
      {
        path: '/branches/:branchId',
        element: (
          <Suspense fallback={<ScreenSkeleton />}>
            <BranchScreen />
          </Suspense>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
