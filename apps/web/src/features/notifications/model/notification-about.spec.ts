import { notificationAboutText } from './notification-about';

const ITEM = {
  periodCode: '2026Q4',
  branchName: '和平社区党支部',
  indicatorName: { zh: '主题党日', en: 'Themed Party days' },
};

describe('what a notification is about, in one line', () => {
  it('names the indicator, the branch and the quarter to a committee', () => {
    expect(notificationAboutText(ITEM, 'REVIEWER', 'zh-CN')).toBe('主题党日 · 和平社区党支部 · 2026年四季度');
    expect(notificationAboutText(ITEM, 'ADMIN', 'en')).toBe('Themed Party days · 和平社区党支部 · Q4 2026');
  });

  it('leaves the branch out for the branch itself, and what the notice is not about', () => {
    expect(notificationAboutText(ITEM, 'BRANCH', 'zh-CN')).toBe('主题党日 · 2026年四季度');
    expect(
      notificationAboutText(
        { periodCode: '2026Q4', branchName: null, indicatorName: null },
        'BRANCH',
        'zh-CN',
      ),
    ).toBe('2026年四季度');
    expect(notificationAboutText({}, 'VIEWER', 'zh-CN')).toBe('');
  });
});
