import { ApartmentOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type SessionUser, useLogout } from '../../features/auth';
import { LanguageSwitch } from '../../shared/components/LanguageSwitch';

/**
 * Always shows who is signed in, in which role and over which unit: office PCs are shared, and
 * a reviewer must never wonder whose rights they are acting with.
 */
export function AppHeader({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
      <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
        {t('app.name')}
      </Typography.Text>
      <div style={{ flex: 1 }} />
      <Space size="middle" wrap={false} aria-label={t('header.userMenu')}>
        <span style={{ color: '#fff', whiteSpace: 'nowrap' }}>
          <UserOutlined /> {user.displayName}
        </span>
        <Tag color="gold" style={{ marginInlineEnd: 0 }}>
          {t(`roles.${user.role}`)}
        </Tag>
        {user.scopeUnit ? (
          <span style={{ color: '#fff', whiteSpace: 'nowrap' }} title={t('header.scope')}>
            <ApartmentOutlined /> {user.scopeUnit.name}
          </span>
        ) : null}
        <LanguageSwitch size="small" />
        <Button size="small" icon={<LogoutOutlined />} onClick={logout}>
          {t('header.logout')}
        </Button>
      </Space>
    </Layout.Header>
  );
}
