import { canOpen, homePathFor, landingPathAfterLogin, navItemsFor } from './navigation';

describe('role navigation', () => {
  it('gives each role its menu', () => {
    expect(navItemsFor('ADMIN').map((i) => i.key)).toEqual(['overview', 'review', 'admin']);
    expect(navItemsFor('REVIEWER').map((i) => i.key)).toEqual(['overview', 'review']);
    expect(navItemsFor('BRANCH').map((i) => i.key)).toEqual(['myBranch', 'selfAssessment']);
    expect(navItemsFor('VIEWER').map((i) => i.key)).toEqual(['overview']);
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
  });

  it('returns to the requested page only when allowed', () => {
    expect(landingPathAfterLogin('ADMIN', '/admin')).toBe('/admin');
    expect(landingPathAfterLogin('BRANCH', '/admin')).toBe('/my-branch');
    expect(landingPathAfterLogin('VIEWER', undefined)).toBe('/overview');
  });
});
