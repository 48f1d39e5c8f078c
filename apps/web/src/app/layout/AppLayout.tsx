import {
  AuditOutlined,
  DashboardOutlined,
  EditOutlined,
  HomeOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Grid, Layout, Menu } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { type NavKey, navItemsFor, useRefreshCurrentUser, useSession } from '../../features/auth';
import { AppHeader } from './AppHeader';

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
 * Below antd's `lg` breakpoint the menu folds away and its toggle lives in the header (antd's own
 * zero-width trigger floats over the content's top-left corner and covered every screen's first
 * controls), so no screen has to leave room for it.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { session } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const narrow = screens.lg === false;
  const phone = screens.md === false;
  // Only meaningful when narrow: on wide screens the menu is always shown.
  const [menuOpen, setMenuOpen] = useState(false);
  useRefreshCurrentUser();
  if (!session) return null; // RequireAuth redirects before this renders

  const items = navItemsFor(session.user.role);
  const selected = items.find((i) => pathname === i.path || pathname.startsWith(`${i.path}/`))?.key;
  const collapsed = narrow && !menuOpen;

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
        <Layout.Sider
          width={200}
          theme="light"
          collapsed={collapsed}
          collapsedWidth={0}
          trigger={null}
          id={NAV_MENU_ID}
        >
          <nav aria-label={t('app.name')} hidden={collapsed}>
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
                // On a tablet the open menu takes 200 px from the screen: fold it once a choice is made.
                setMenuOpen(false);
              }}
              style={{ height: '100%', borderInlineEnd: 0 }}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
