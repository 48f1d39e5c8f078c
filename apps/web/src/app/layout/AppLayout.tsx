import { AuditOutlined, DashboardOutlined, EditOutlined, HomeOutlined, SettingOutlined } from '@ant-design/icons';
import { Layout, Menu } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { type NavKey, navItemsFor, useRefreshCurrentUser, useSession } from '../../features/auth';
import { AppHeader } from './AppHeader';

const NAV_ICONS: Record<NavKey, ReactNode> = {
  overview: <DashboardOutlined />,
  review: <AuditOutlined />,
  admin: <SettingOutlined />,
  myBranch: <HomeOutlined />,
  selfAssessment: <EditOutlined />,
};

/** The frame of every signed-in screen: header with who is signed in, the role's menu, the screen. */
export function AppLayout() {
  const { t } = useTranslation();
  const { session } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useRefreshCurrentUser();
  if (!session) return null; // RequireAuth redirects before this renders

  const items = navItemsFor(session.user.role);
  const selected = items.find((i) => pathname === i.path || pathname.startsWith(`${i.path}/`))?.key;

  return (
    <Layout style={{ minHeight: '100%' }}>
      <AppHeader user={session.user} />
      <Layout>
        <Layout.Sider width={200} theme="light" breakpoint="lg" collapsedWidth={0}>
          <nav aria-label={t('app.name')}>
            <Menu
              mode="inline"
              selectedKeys={selected ? [selected] : []}
              items={items.map((item) => ({ key: item.key, icon: NAV_ICONS[item.key], label: t(item.labelKey) }))}
              onClick={({ key }) => navigate(items.find((i) => i.key === key)?.path ?? '/')}
              style={{ height: '100%', borderInlineEnd: 0 }}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
