import { canOpen, homePathFor, inAppLocation, landingPathAfterLogin, navItemsFor } from './navigation';

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

  it('returns with the query and hash the user was sent away from', () => {
    expect(landingPathAfterLogin('REVIEWER', '/review/a1?period=2026Q4')).toBe('/review/a1?period=2026Q4');
    expect(landingPathAfterLogin('VIEWER', '/compare?unit=s1&period=2026Q3#chart')).toBe(
      '/compare?unit=s1&period=2026Q3#chart',
    );
    // The role check reads the path, not the query: /review?… is the review screen.
    expect(landingPathAfterLogin('REVIEWER', '/review?status=SUBMITTED')).toBe('/review?status=SUBMITTED');
    expect(landingPathAfterLogin('BRANCH', '/admin?tab=users')).toBe('/my-branch');
  });

  it('never returns outside the app (no open redirect)', () => {
    for (const target of [
      '//evil.example',
      '//evil.example/review',
      '/\\evil.example',
      '/\t/evil.example',
      'https://evil.example/review',
      'javascript:alert(1)',
      'review/a1',
      '',
      ' /review',
    ])
      expect([target, landingPathAfterLogin('ADMIN', target)]).toEqual([target, '/overview']);
    expect(inAppLocation({ pathname: '/review' })).toBeUndefined();
    // Dot segments are resolved before the role check: /review/../admin is /admin.
    expect(landingPathAfterLogin('REVIEWER', '/review/../admin')).toBe('/overview');
    expect(inAppLocation('/review/%2e%2e/admin?x=1')).toBe('/admin?x=1');
  });
});
