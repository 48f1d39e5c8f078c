import { canOpen, homePathFor, landingPathAfterLogin, navItemsFor } from './navigation';

describe('role navigation', () => {
  it('gives each role its menu', () => {
    expect(navItemsFor('ADMIN').map((i) => i.key)).toEqual([
      'overview',
      'compare',
      'review',
      'rectification',
      'admin',
    ]);
    expect(navItemsFor('REVIEWER').map((i) => i.key)).toEqual([
      'overview',
      'compare',
      'review',
      'rectification',
    ]);
    expect(navItemsFor('BRANCH').map((i) => i.key)).toEqual(['myBranch', 'selfAssessment', 'rectification']);
    expect(navItemsFor('VIEWER').map((i) => i.key)).toEqual(['overview', 'compare', 'rectification']);
  });

  it('sends each role to its first screen', () => {
    expect(homePathFor('BRANCH')).toBe('/my-branch');
    expect(homePathFor('VIEWER')).toBe('/overview');
  });

  it('guards paths and their sub-paths', () => {
    expect(canOpen('REVIEWER', '/review/a1')).toBe(true);
    expect(canOpen('REVIEWER', '/admin')).toBe(false);
    expect(canOpen('BRANCH', '/overview')).toBe(false);
    expect(canOpen('VIEWER', '/reviewer-tricks')).toBe(false);
    expect(canOpen('VIEWER', '/compare')).toBe(true);
    expect(canOpen('BRANCH', '/compare')).toBe(false);
  });

  it('returns to the requested page only when allowed', () => {
    expect(landingPathAfterLogin('ADMIN', '/admin')).toBe('/admin');
    expect(landingPathAfterLogin('BRANCH', '/admin')).toBe('/my-branch');
    expect(landingPathAfterLogin('VIEWER', undefined)).toBe('/overview');
    expect(landingPathAfterLogin('REVIEWER', '/compare')).toBe('/compare');
    expect(landingPathAfterLogin('BRANCH', '/compare')).toBe('/my-branch');
  });
});
