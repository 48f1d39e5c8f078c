import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import {
  homePathFor,
  LoginPage,
  NAV_ITEMS,
  navItemsFor,
  type NavKey,
  ROLES,
  RequireAuth,
  RequireRole,
  useSession,
} from '../features/auth';
import { ScreenSkeleton } from '../shared/assessment-form/components/ScreenStates';
import { NotFoundPage } from '../shared/components/StatusPages';
import { AwaitingApiScreen } from './AwaitingApiScreen';
import { AppLayout } from './layout/AppLayout';

// Data-bound screens load on first visit, so the login page's bundle stays small.
const load = {
  branch: () => import('../features/branch/BranchScreen'),
  selfAssessment: () => import('../features/self-assessment/SelfAssessmentScreen'),
  review: () => import('../features/review/ReviewScreen'),
  overview: () => import('../features/overview/OverviewScreen'),
  compare: () => import('../features/compare/CompareScreen'),
  rectification: () => import('../features/rectification/RectificationScreen'),
  admin: () => import('../features/admin/AdminScreen'),
};
const MyBranchScreen = lazy(() => load.branch().then((m) => ({ default: m.MyBranchScreen })));
const BranchScreen = lazy(load.branch);
const SelfAssessmentScreen = lazy(load.selfAssessment);
const ReviewScreen = lazy(load.review);
const OverviewScreen = lazy(load.overview);
const CompareScreen = lazy(load.compare);
const RectificationScreen = lazy(load.rectification);
const AdminScreen = lazy(load.admin);

/** The chunk behind each menu item (a Record, so a new item cannot be left out). */
const SCREEN_CHUNKS: Record<NavKey, () => Promise<unknown>> = {
  myBranch: load.branch,
  selfAssessment: load.selfAssessment,
  overview: load.overview,
  compare: load.compare,
  review: load.review,
  rectification: load.rectification,
  admin: load.admin,
};

/**
 * While the password is checked (argon2id, a few hundred ms by design), fetch the home screens a login
 * can land on: a committee's overview and a branch's own page. They share the charts, so the one the
 * user does not need costs little; the one they do is ready when the server answers.
 */
function warmHomeScreens() {
  const homes = new Set(
    ROLES.flatMap((role) =>
      navItemsFor(role)
        .slice(0, 1)
        .map((item) => item.key),
    ),
  );
  for (const key of homes) void SCREEN_CHUNKS[key]().catch(() => undefined);
}

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
  { path: '/login', element: <LoginPage onSubmitting={warmHomeScreens} /> },
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
