/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { initI18n } from '../../../test-support/i18n';
import { MARK_NOTIFICATIONS_READ, MY_NOTIFICATIONS } from '../graphql/notifications.operations';
import { NotificationBell } from './NotificationBell';

const i18n = initI18n(window.localStorage);

const notification = (id: string, kind: string, targetType: string, readAt: string | null) => ({
  __typename: 'Notification',
  id,
  kind,
  targetType,
  targetId: 'x',
  payload: {},
  about: {
    __typename: 'NotificationAbout',
    periodCode: '2026Q1',
    branchName: '和平社区党支部',
    indicatorName:
      targetType === 'RectificationItem'
        ? { __typename: 'LocalizedText', zh: '主题党日', en: 'Themed Party days' }
        : null,
  },
  createdAt: '2026-04-01T02:00:00.000Z',
  readAt,
});

it('shows the unread count, marks a notification read and opens the thing it is about', async () => {
  const marked = jest.fn(() => ({ data: { markNotificationsRead: 1 } }));
  const mocks = [
    {
      request: { query: MY_NOTIFICATIONS },
      result: {
        data: {
          myNotifications: [
            notification(
              '00000000-0000-4000-8000-000000000001',
              'RECTIFICATION_ASSIGNED',
              'RectificationItem',
              null,
            ),
            notification(
              '00000000-0000-4000-8000-000000000002',
              'SUBMISSION_REMINDER',
              'Period',
              '2026-04-01T03:00:00.000Z',
            ),
          ],
          unreadNotificationCount: 1,
        },
      },
      maxUsageCount: 5,
    },
    {
      request: {
        query: MARK_NOTIFICATIONS_READ,
        variables: { ids: ['00000000-0000-4000-8000-000000000001'] },
      },
      result: marked,
    },
  ];
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={['/my-branch']}>
        <Routes>
          <Route path="/my-branch" element={<NotificationBell role="BRANCH" />} />
          <Route path="/rectification" element={<p>台账页面</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
  const bell = await screen.findByRole('button', { name: '通知（1 条未读）' });
  fireEvent.click(bell);
  expect(await screen.findByText('上级党（工）委催报：请尽快提交季度考评')).toBeTruthy();
  // Each notice says what it is about: the item's indicator and quarter (the branch is the reader).
  expect(screen.getByText('主题党日 · 2026年一季度')).toBeTruthy();
  expect(screen.getByText('2026年一季度')).toBeTruthy();
  // Each notice is a link (Tab reaches it, Enter opens it), to the screen of what it is about.
  const notice = screen.getByRole('link', { name: /收到新的整改事项/ });
  expect(notice.getAttribute('href')).toBe('/rectification');
  // Rendered beside the bell, not at the page's end: the next Tab stop after the bell.
  expect(bell.closest('.ant-badge')!.parentElement!.contains(notice)).toBe(true);
  fireEvent.click(notice);
  expect(await screen.findByText('台账页面')).toBeTruthy();
  await waitFor(() => expect(marked).toHaveBeenCalledTimes(1));
});

it('says why a rectification answer was sent back', async () => {
  const rejected = {
    ...notification(
      '00000000-0000-4000-8000-000000000003',
      'RECTIFICATION_REJECTED',
      'RectificationItem',
      null,
    ),
    payload: { indicatorCode: 'ORG_THEME_DAYS', reason: '考核表扫描件不清晰，请重新扫描…' },
  };
  const verified = {
    ...notification(
      '00000000-0000-4000-8000-000000000004',
      'RECTIFICATION_VERIFIED',
      'RectificationItem',
      null,
    ),
    payload: { indicatorCode: 'ORG_THEME_DAYS', reason: '很好' },
  };
  const mocks = [
    {
      request: { query: MY_NOTIFICATIONS },
      result: { data: { myNotifications: [rejected, verified], unreadNotificationCount: 2 } },
      maxUsageCount: 5,
    },
  ];
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>
        <NotificationBell role="BRANCH" />
      </MemoryRouter>
    </MockedProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: '通知（2 条未读）' }));
  expect(await screen.findByText('整改反馈未通过，请继续整改')).toBeTruthy();
  expect(screen.getByText('原因：考核表扫描件不清晰，请重新扫描…')).toBeTruthy();
  // Only a 退回 gives a reason; an accepting note is not one.
  expect(screen.queryByText('原因：很好')).toBeNull();
});

it('says how many values a committee import changed in the branch quarter', async () => {
  const imported = {
    ...notification('00000000-0000-4000-8000-000000000005', 'VALUES_IMPORTED', 'Assessment', null),
    payload: { periodCode: '2026Q1', count: 18, returned: true },
  };
  const mocks = [
    {
      request: { query: MY_NOTIFICATIONS },
      result: { data: { myNotifications: [imported], unreadNotificationCount: 1 } },
      maxUsageCount: 5,
    },
  ];
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>
        <NotificationBell role="BRANCH" />
      </MemoryRouter>
    </MockedProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: '通知（1 条未读）' }));
  expect(await screen.findByText('上级党（工）委导入了本季度的填报值，请核对')).toBeTruthy();
  expect(screen.getByText('本次导入修改了 18 项填报值')).toBeTruthy();
});

it("says a closed quarter's assessment is final, whether the branch has a result, and opens that quarter", async () => {
  const closed = (id: string, status: string) => ({
    ...notification(id, 'PERIOD_CLOSED', 'Assessment', null),
    about: {
      __typename: 'NotificationAbout',
      periodCode: '2026Q3',
      branchName: '和平社区党支部',
      indicatorName: null,
    },
    payload: { periodCode: '2026Q3', status },
  });
  const mocks = [
    {
      request: { query: MY_NOTIFICATIONS },
      result: {
        data: {
          myNotifications: [
            closed('00000000-0000-4000-8000-000000000006', 'DRAFT'),
            closed('00000000-0000-4000-8000-000000000007', 'APPROVED'),
          ],
          unreadNotificationCount: 2,
        },
      },
      maxUsageCount: 5,
    },
    {
      request: {
        query: MARK_NOTIFICATIONS_READ,
        variables: { ids: ['00000000-0000-4000-8000-000000000006'] },
      },
      result: { data: { markNotificationsRead: 1 } },
    },
  ];
  function Opened() {
    const location = useLocation();
    return <p>{`表单 ${location.search}`}</p>;
  }
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={['/my-branch']}>
        <Routes>
          <Route path="/my-branch" element={<NotificationBell role="BRANCH" />} />
          <Route path="/self-assessment" element={<Opened />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: '通知（2 条未读）' }));
  expect(await screen.findAllByText('季度考评已关闭')).toHaveLength(2);
  // Each names the quarter, says it is final, and what its status at closing means for the branch.
  const notes = screen
    .getAllByTestId('period-closed-note')
    .map((n) => Array.from(n.children).map((line) => line.textContent));
  expect(notes).toEqual([
    ['2026年第三季度已关闭：本支部该季度的考评不能再修改。', '本支部未提交该季度考评，该季度没有考评结果。'],
    ['2026年第三季度已关闭：本支部该季度的考评不能再修改。', '审核通过的结果即为本支部该季度的考评结果。'],
  ]);

  await act(async () => {
    await i18n.changeLanguage('en');
  });
  try {
    expect(screen.getAllByText('A quarter is closed')).toHaveLength(2);
    expect(
      Array.from(screen.getAllByTestId('period-closed-note')[0].children).map((line) => line.textContent),
    ).toEqual([
      "Q3 2026 is closed: your branch's assessment for it can no longer be edited.",
      'Your branch did not submit it: it has no result for the quarter.',
    ]);
    // The link opens the branch's form on that quarter, not on the one it opens by itself.
    fireEvent.click(screen.getAllByText('A quarter is closed')[0]);
    expect(await screen.findByText('表单 ?period=2026Q3')).toBeTruthy();
  } finally {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
  }
});
