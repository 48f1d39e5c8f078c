import { notificationMail } from './notification-mail';

describe('a notification e-mail', () => {
  const assigned = {
    kind: 'RECTIFICATION_ASSIGNED',
    payload: { indicatorCode: 'ORG_THEME_DAYS', periodCode: '2026Q4', deadline: '2027-01-10T16:00:00.000Z' },
  };

  it('names the indicator and the quarter in words when it knows what the notice is about', () => {
    const { subject, text } = notificationMail(
      {
        ...assigned,
        about: {
          periodCode: '2026Q4',
          branchName: '和平社区党支部',
          indicatorName: { zh: '主题党日', en: 'Themed Party days' },
        },
      },
      'Asia/Shanghai',
    );
    expect(subject).toBe('[Pathboard] 新的整改事项 / New rectification item');
    expect(text.split('\n').slice(3, 7)).toEqual([
      '考评周期（Quarter）：2026年第四季度',
      '指标（Indicator）：主题党日（Themed Party days）',
      '支部（Branch）：和平社区党支部',
      '期限（Deadline）：2027年1月10日 24:00',
    ]);
  });

  it('falls back to the payload where it does not', () => {
    const { text } = notificationMail(assigned, 'Asia/Urumqi');
    expect(text).toContain('指标（Indicator）：ORG_THEME_DAYS');
    expect(text).toContain('考评周期（Quarter）：2026年第四季度');
    expect(text).toContain('期限（Deadline）：2027年1月10日 22:00');
  });
});
