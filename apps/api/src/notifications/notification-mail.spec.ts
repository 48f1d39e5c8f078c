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

  it('tells a branch its closed quarter is final, naming the quarter, and whether it has a result', () => {
    const closed = (status: string) =>
      notificationMail(
        {
          kind: 'PERIOD_CLOSED',
          payload: { periodCode: '2026Q3', status },
          about: { periodCode: '2026Q3', branchName: '和平社区党支部', indicatorName: null },
        },
        'Asia/Shanghai',
      );
    const never = closed('DRAFT');
    expect(never.subject).toBe('[Pathboard] 考评季度已关闭 / A quarter is closed');
    expect(never.text.split('\n').slice(3, 8)).toEqual([
      '2026年第三季度已关闭：本支部该季度的考评不能再修改。',
      "Q3 2026 is closed: your branch's assessment for it can no longer be edited.",
      '本支部未提交该季度考评，该季度没有考评结果。',
      'Your branch did not submit it: it has no result for the quarter.',
      '',
    ]);
    expect(never.text).toContain('考评周期（Quarter）：2026年第三季度');
    expect(closed('APPROVED').text).toContain('审核通过的结果即为本支部该季度的考评结果。');
    expect(closed('SUBMITTED').text).toContain('关闭前未经审核，该季度没有考评结果');
  });
});
