import { notificationLink } from './notification-link';

describe('notificationLink', () => {
  it('opens the 整改台账 for rectification items and the form or the review for assessments', () => {
    expect(notificationLink('RectificationItem', 'BRANCH')).toBe('/rectification');
    expect(notificationLink('Assessment', 'BRANCH')).toBe('/self-assessment');
    expect(notificationLink('Period', 'BRANCH')).toBe('/self-assessment');
    expect(notificationLink('Assessment', 'REVIEWER')).toBe('/review');
    expect(notificationLink('Period', 'ADMIN')).toBe('/overview');
  });

  it("opens a branch's form on the notice's quarter when it is known", () => {
    expect(notificationLink('Assessment', 'BRANCH', '2026Q3')).toBe('/self-assessment?period=2026Q3');
    expect(notificationLink('RectificationItem', 'BRANCH', '2026Q3')).toBe('/rectification');
    expect(notificationLink('Assessment', 'REVIEWER', '2026Q3')).toBe('/review');
  });
});
