import type { Role } from './session/session';

export type NavKey =
  'overview' | 'compare' | 'review' | 'rectification' | 'admin' | 'myBranch' | 'selfAssessment';

export interface NavItem {
  key: NavKey;
  path: string;
  /** i18n key of the menu label and page title. */
  labelKey: `nav.${NavKey}`;
  roles: readonly Role[];
}

/**
 * Who sees which screen. The server checks every query anyway (deny by default); this only keeps
 * people from being shown doors they cannot open. Order is the menu order; the first item a role
 * may see is its home page.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'myBranch', path: '/my-branch', labelKey: 'nav.myBranch', roles: ['BRANCH'] },
  { key: 'selfAssessment', path: '/self-assessment', labelKey: 'nav.selfAssessment', roles: ['BRANCH'] },
  { key: 'overview', path: '/overview', labelKey: 'nav.overview', roles: ['ADMIN', 'REVIEWER', 'VIEWER'] },
  { key: 'compare', path: '/compare', labelKey: 'nav.compare', roles: ['ADMIN', 'REVIEWER', 'VIEWER'] },
  { key: 'review', path: '/review', labelKey: 'nav.review', roles: ['ADMIN', 'REVIEWER'] },
  {
    key: 'rectification',
    path: '/rectification',
    labelKey: 'nav.rectification',
    roles: ['ADMIN', 'REVIEWER', 'VIEWER', 'BRANCH'],
  },
  { key: 'admin', path: '/admin', labelKey: 'nav.admin', roles: ['ADMIN'] },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}

export function homePathFor(role: Role): string {
  return navItemsFor(role)[0]?.path ?? '/';
}

/** Whether a role may open a location (the path or anything below it, e.g. /review/123). */
export function canOpen(role: Role, pathname: string): boolean {
  const item = NAV_ITEMS.find((i) => pathname === i.path || pathname.startsWith(`${i.path}/`));
  return item ? item.roles.includes(role) : false;
}

/** A stand-in origin: a return target must resolve against it and stay on it. */
const IN_APP = 'http://in-app.invalid';

/**
 * `target` as an in-app location (path, query and hash, normalized: `/review/../admin` is `/admin`),
 * or undefined for anything that could leave the app: `//evil.example`, `/\evil.example`, `https://…`,
 * `javascript:…`, or a path hiding a tab or newline (which URL parsing drops, making `/\t/evil` `//evil`).
 */
export function inAppLocation(target: unknown): string | undefined {
  if (typeof target !== 'string' || !target.startsWith('/') || /^\/[/\\]/.test(target)) return undefined;
  if ([...target].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return undefined;
  let url: URL;
  try {
    url = new URL(target, IN_APP);
  } catch {
    return undefined;
  }
  return url.origin === IN_APP ? `${url.pathname}${url.search}${url.hash}` : undefined;
}

/**
 * Where to land after logging in: back where the user was sent away from, query and hash included
 * (`/review/<id>?period=2026Q4` names the quarter), if it is in the app and the role may open it.
 */
export function landingPathAfterLogin(role: Role, requested: string | undefined): string {
  const target = inAppLocation(requested);
  if (!target) return homePathFor(role);
  return canOpen(role, target.split(/[?#]/, 1)[0]) ? target : homePathFor(role);
}
