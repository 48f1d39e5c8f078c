import { notificationLink } from './notification-link';

describe('notificationLink', () => {
  it('opens the 整改台账 for rectification items and the form or the review for assessments', () => {
    expect(notificationLink('RectificationItem', 'BRANCH')).toBe('/rectification');
    expect(notificationLink('Assessment', 'BRANCH')).toBe('/self-assessment');
    expect(notificationLink('Period', 'BRANCH')).toBe('/self-assessment');
    expect(notificationLink('Assessment', 'REVIEWER')).toBe('/review');
    expect(notificationLink('Period', 'ADMIN')).toBe('/overview');
  });
});
