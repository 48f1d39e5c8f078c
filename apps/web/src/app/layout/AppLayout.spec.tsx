/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { sessionStore } from '../../features/auth';
import { MY_NOTIFICATIONS } from '../../features/notifications/graphql/notifications.operations';
import { initI18n } from '../i18n-all-languages';
import { roleTagText } from './AppHeader';
import { AppLayout } from './AppLayout';
import { join } from 'node:path';
import { cssRule } from '../../test-support/css-rule';
import { restoreViewport, setViewport } from '../../test-support/viewport';

// The specs stub CSS modules as {}: name the class, so the spec sees where it is put.
jest.mock('./KeyboardFocus.module.css', () => ({ focusScope: 'focusScope' }));

const i18n = initI18n(window.localStorage);
/** The header's bell asks for notifications on every render of the layout. */
const NO_NOTIFICATIONS = {
  request: { query: MY_NOTIFICATIONS },
  result: { data: { myNotifications: [], unreadNotificationCount: 0 } },
  maxUsageCount: 20,
};
const LONG_NAME = '欧阳慕容上官司马诸葛皇甫令狐长孙宇文轩辕东方独孤南宫';

function renderLayout() {
  return render(
    <MockedProvider mocks={[NO_NOTIFICATIONS]}>
      <MemoryRouter initialEntries={['/overview']}>
        <Routes>
          <Route element={<AppLayout />}>
            <Route path="/overview" element={<button type="button">first control</button>} />
          </Route>
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('AppLayout', () => {
  afterAll(restoreViewport);
  beforeEach(() =>
    sessionStore.start({
      token: 't',
      expiresAt: '2099-01-01T00:00:00Z',
      user: {
        id: 'u',
        username: 'r',
        displayName: LONG_NAME,
        role: 'REVIEWER',
        scopeUnit: { id: 's', name: '长江路街道党工委', kind: 'STREET' } as never,
      },
    }),
  );
  afterEach(() => act(() => sessionStore.end('logout')));

  it('rings every link tabbed to in the theme’s colour, for the keyboard only (antd leaves outline: none)', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    renderLayout();
    const content = screen.getByText('first control').closest('main') as HTMLElement;
    expect(content.className).toContain('focusScope');
    expect(content.style.getPropertyValue('--pb-focus-color')).toMatch(/^#[0-9a-f]{6}$/i);
    const css = join(__dirname, 'KeyboardFocus.module.css');
    expect(cssRule(css, '.focusScope a:focus-visible')).toMatch(
      /outline:\s*2px solid var\(--pb-focus-color\)/,
    );
  });

  it('puts the menu toggle in the header below lg, not over the screen', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    setViewport('narrow');
    renderLayout();
    const toggle = screen.getByRole('button', { name: '菜单' });
    expect(toggle.closest('header')).not.toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    // antd's floating zero-width trigger is gone: nothing sits over the content's corner.
    expect(document.querySelector('.ant-layout-sider-zero-width-trigger')).toBeNull();
    expect(screen.queryByRole('menuitem', { name: /考评总览/ })).toBeNull();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('menuitem', { name: /审核/ }));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens the narrow menu as a drawer over the screen, never as a column beside it', () => {
    setViewport('phone');
    renderLayout();
    // No side column takes width from the screen, open or not.
    expect(document.querySelector('.ant-layout-sider')).toBeNull();
    const toggle = screen.getByRole('button', { name: '菜单' });
    fireEvent.click(toggle);
    const item = screen.getByRole('menuitem', { name: /考评总览/ });
    expect(item.closest('.ant-drawer')).not.toBeNull();
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)?.contains(item)).toBe(true);
    expect(document.querySelector('.ant-layout-sider')).toBeNull();
  });

  it('shows the menu without a toggle on wide screens', () => {
    setViewport('wide');
    renderLayout();
    expect(screen.queryByRole('button', { name: '菜单' })).toBeNull();
    expect(screen.getByRole('menuitem', { name: /考评总览/ })).toBeTruthy();
    expect(screen.getByRole('menuitem', { name: /支部对比/ })).toBeTruthy();
  });

  it.each([
    ['zh-CN', '退出登录'],
    ['en', 'Log out'],
  ])('cuts a long display name with … and keeps the full name for the tooltip (%s)', async (lang, logout) => {
    await act(async () => {
      await i18n.changeLanguage(lang);
    });
    setViewport('narrow');
    renderLayout();
    const name = screen.getByTestId('header-display-name');
    expect(name.textContent).toContain(LONG_NAME);
    expect(name.getAttribute('aria-label')).toBe(LONG_NAME);
    expect(name.style.textOverflow).toBe('ellipsis');
    expect(name.style.minWidth).toBe('4em');
    // The logout button never shrinks, so it is what stays when room runs out.
    expect(screen.getByRole('button', { name: new RegExp(logout) }).style.flex).toMatch(/^(none|0 0 auto)$/);
  });

  it('on a phone keeps the app name and the menu toggle in the header and moves the user items behind a button', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    setViewport('phone');
    renderLayout();
    const header = document.querySelector('header')!;
    expect(header.contains(screen.getByRole('button', { name: '菜单' }))).toBe(true);
    expect(screen.getByTestId('header-app-name').textContent).toBe('党建考评看板');
    expect(screen.queryByRole('button', { name: /退出登录/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '当前用户' }));
    expect(await screen.findByRole('button', { name: /退出登录/ })).toBeTruthy();
    expect(screen.getByTestId('header-display-name').textContent).toContain(LONG_NAME);
  });
});

describe('roleTagText', () => {
  it('leaves out a role the display name already says', () => {
    expect(roleTagText('区委组织部管理员', '区委组织部管理员')).toBeNull();
    expect(roleTagText('张三', '支部书记')).toBe('支部书记');
  });
});
