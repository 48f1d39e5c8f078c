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

/** Where to land after logging in: back where the user was sent away from, if allowed there. */
export function landingPathAfterLogin(role: Role, requestedPath: string | undefined): string {
  return requestedPath && canOpen(role, requestedPath) ? requestedPath : homePathFor(role);
}
