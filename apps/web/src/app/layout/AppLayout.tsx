import {
  AuditOutlined,
  DashboardOutlined,
  EditOutlined,
  HomeOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Drawer, Grid, Layout, Menu, theme } from 'antd';
import { type CSSProperties, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { type NavKey, navItemsFor, useRefreshCurrentUser, useSession } from '../../features/auth';
import { AppHeader } from './AppHeader';
import focus from './KeyboardFocus.module.css';
import { usePhone } from '../../shared/layout/use-phone';

const NAV_ICONS: Record<NavKey, ReactNode> = {
  overview: <DashboardOutlined />,
  compare: <TeamOutlined />,
  review: <AuditOutlined />,
  rectification: <SolutionOutlined />,
  admin: <SettingOutlined />,
  myBranch: <HomeOutlined />,
  selfAssessment: <EditOutlined />,
};

export const NAV_MENU_ID = 'app-nav-menu';

/**
 * The frame of every signed-in screen: header with who is signed in, the role's menu, the screen.
 *
 * Below antd's `lg` breakpoint the menu leaves the page: it opens as a drawer over the screen, its
 * toggle in the header (antd's own zero-width trigger floated over the content's top-left corner and
 * covered every screen's first controls). An open side menu took 200 px from a 390 px phone and
 * squeezed the screen to a column of single characters; the drawer covers the screen instead, so
 * every screen always has the full width.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { session } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const narrow = Grid.useBreakpoint().lg === false;
  const phone = usePhone();
  const { token } = theme.useToken();
  // Only meaningful when narrow: on wide screens the menu is always shown.
  const [menuOpen, setMenuOpen] = useState(false);
  useRefreshCurrentUser();
  if (!session) return null; // RequireAuth redirects before this renders

  const items = navItemsFor(session.user.role);
  const selected = items.find((i) => pathname === i.path || pathname.startsWith(`${i.path}/`))?.key;
  const nav = (
    <nav aria-label={t('app.name')}>
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        items={items.map((item) => ({
          key: item.key,
          icon: NAV_ICONS[item.key],
          label: t(item.labelKey),
        }))}
        onClick={({ key }) => {
          navigate(items.find((i) => i.key === key)?.path ?? '/');
          // The drawer covers the screen: fold it once a choice is made.
          setMenuOpen(false);
        }}
        style={{ height: '100%', borderInlineEnd: 0 }}
      />
    </nav>
  );

  return (
    <Layout style={{ minHeight: '100%' }}>
      <AppHeader
        user={session.user}
        menuToggle={
          narrow
            ? { open: menuOpen, controls: NAV_MENU_ID, onToggle: () => setMenuOpen((o) => !o) }
            : undefined
        }
      />
      <Layout>
        {narrow ? (
          <Drawer
            id={NAV_MENU_ID}
            placement="left"
            title={t('header.menu')}
            width={240}
            open={menuOpen}
            onClose={() => setMenuOpen(false)}
            // Rendered while closed too: the header toggle's aria-controls names it from the start.
            forceRender
            styles={{ body: { padding: 0 } }}
          >
            {nav}
          </Drawer>
        ) : (
          <Layout.Sider width={200} theme="light" id={NAV_MENU_ID}>
            {nav}
          </Layout.Sider>
        )}
        <Layout.Content
          // Visible keyboard focus on every link, in the theme's colour (KeyboardFocus.module.css).
          className={focus.focusScope}
          style={
            { padding: phone ? 12 : 24, minWidth: 0, '--pb-focus-color': token.colorPrimary } as CSSProperties
          }
        >
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
