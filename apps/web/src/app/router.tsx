import { useApolloClient } from '@apollo/client';
import { type ComponentType, lazy, Suspense, useEffect } from 'react';
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
  type Session,
  useSession,
} from '../features/auth';
import { ScreenSkeleton } from '../shared/assessment-form/components/ScreenStates';
import { NotFoundPage } from '../shared/components/StatusPages';
import { PERIOD_LIST } from '../shared/org/org-period.operations';
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

/**
 * React.lazy, plus a `preload` whose module, once in, renders at once: a lazy component suspends on
 * its first render even when its chunk has long arrived, and React may hold a suspended screen back
 * for up to 300 ms (its fallback throttle). Measured after login (bench:web --timeline): the
 * overview's first queries went out ~0.3 s after the header's; now they go out together.
 */
function screen<M>(loadModule: () => Promise<M>, pick: (module: M) => ComponentType) {
  let loaded: ComponentType | undefined;
  const preload = () =>
    loadModule().then((module) => {
      loaded = pick(module);
      return { default: loaded };
    });
  const Lazy = lazy(preload);
  function Screen() {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Lazy />;
  }
  return { Screen, preload };
}

const myBranch = screen(load.branch, (m) => m.MyBranchScreen);
const branch = screen(load.branch, (m) => m.default);
const selfAssessment = screen(load.selfAssessment, (m) => m.default);
const review = screen(load.review, (m) => m.default);
const overview = screen(load.overview, (m) => m.default);
const compare = screen(load.compare, (m) => m.default);
const rectification = screen(load.rectification, (m) => m.default);
const admin = screen(load.admin, (m) => m.default);

/** The screen behind each menu item (a Record, so a new item cannot be left out). */
const NAV_SCREENS: Record<NavKey, ReturnType<typeof screen>> = {
  myBranch,
  selfAssessment,
  overview,
  compare,
  review,
  rectification,
  admin,
};

/**
 * The home screens a login can land on: a committee's overview and a branch's own page. They share
 * the charts, so the one the user does not need costs little; the one they do is ready when the
 * server answers. Fetched once the login page is idle (a person takes seconds to type a password),
 * and at the latest as the form is sent: compiled during the password check (argon2id, a few hundred
 * ms by design), the code would take CPU from it on a small machine or phone.
 */
let homesWarmed = false;
function warmHomeScreens() {
  if (homesWarmed) return;
  homesWarmed = true;
  // Where the login page's own downloads end and the home screens' begin (tools/bench/web.bench.ts).
  performance.mark('pathboard:home-screens-fetched');
  const homes = new Set(
    ROLES.flatMap((role) =>
      navItemsFor(role)
        .slice(0, 1)
        .map((item) => item.key),
    ),
  );
  for (const key of homes) void NAV_SCREENS[key].preload().catch(() => undefined);
}

/** Runs `task` when the browser is idle (at most 1 s from now); returns a cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = window.setTimeout(task, 200);
    return () => window.clearTimeout(timer);
  }
  const id = window.requestIdleCallback(task, { timeout: 1000 });
  return () => window.cancelIdleCallback(id);
}

/**
 * Once signed in, a committee member's quarter list (every committee screen starts from it: the
 * overview picks the newest quarter before asking for any figure) is asked for at once, in the
 * render of the landing screen's gap; the screen's own query then finds it in the cache, or joins
 * the request in flight (Apollo deduplicates identical queries).
 */
function LoginRoute() {
  const client = useApolloClient();
  const warmHomeData = (session: Session) => {
    if (!navItemsFor(session.user.role).some((item) => item.key === 'overview')) return;
    void client.query({ query: PERIOD_LIST, fetchPolicy: 'network-only' }).catch(() => undefined);
  };
  useEffect(() => whenIdle(warmHomeScreens), []);
  return <LoginPage onSubmitting={warmHomeScreens} onSignedIn={warmHomeData} />;
}

function HomeRedirect() {
  const { session } = useSession();
  return <Navigate to={session ? homePathFor(session.user.role) : '/login'} replace />;
}

/** Every screen sits behind RequireAuth, and behind RequireRole with the roles of its menu item. */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginRoute /> },
  {
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      ...NAV_ITEMS.map((item) => {
        const { Screen } = NAV_SCREENS[item.key];
        return {
          path: `${item.path}/*`,
          element: (
            <RequireRole roles={item.roles}>
              <Suspense fallback={<ScreenSkeleton />}>
                <Screen />
              </Suspense>
            </RequireRole>
          ),
        };
      }),
      // Any signed-in role: a committee opens a branch in its scope; the API answers the rest as missing (NOT_FOUND).
      {
        path: '/branches/:branchId',
        element: (
          <Suspense fallback={<ScreenSkeleton />}>
            <branch.Screen />
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
