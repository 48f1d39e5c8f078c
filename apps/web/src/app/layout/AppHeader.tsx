import { ApartmentOutlined, LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Tag, Tooltip, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type SessionUser, useLogout } from '../../features/auth';
import { NotificationBell } from '../../features/notifications';
import { LanguageSwitch } from '../../shared/components/LanguageSwitch';

export interface MenuToggle {
  open: boolean;
  /** id of the element the button shows and hides (aria-controls). */
  controls: string;
  onToggle: () => void;
}

/** White text that gives way first when the header is short of room: cut with … rather than wrapping. */
const SHRINKING_TEXT: CSSProperties = {
  color: '#fff',
  whiteSpace: 'nowrap',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  // Enough for the icon and two characters: a long display name must not squeeze the scope to nothing.
  minWidth: '4em',
  flex: '0 1 auto',
};

/** A name that may be cut: the full text is in a tooltip (hover or keyboard focus). */
function EllipsizedLabel({ icon, text, label, testId }: { icon: ReactNode; text: string; label?: string; testId: string }) {
  return (
    <Tooltip title={label ? `${label}: ${text}` : text}>
      <span style={SHRINKING_TEXT} data-testid={testId} tabIndex={0} aria-label={label ? `${label}: ${text}` : text}>
        {icon} {text}
      </span>
    </Tooltip>
  );
}

/**
 * Always shows who is signed in, in which role and over which unit: office PCs are shared, and
 * a reviewer must never wonder whose rights they are acting with. Long names and unit names are
 * cut with … (full text in a tooltip) so the language switch and 退出登录 always stay on screen.
 */
export function AppHeader({ user, menuToggle }: { user: SessionUser; menuToggle?: MenuToggle }) {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
      {menuToggle ? (
        <Button
          type="text"
          aria-label={t('header.menu')}
          aria-expanded={menuToggle.open}
          aria-controls={menuToggle.controls}
          icon={menuToggle.open ? <MenuFoldOutlined /> : <MenuUnfoldOutlined />}
          onClick={menuToggle.onToggle}
          style={{ color: '#fff', flex: 'none' }}
        />
      ) : null}
      <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap', flex: 'none' }}>
        {t('app.name')}
      </Typography.Text>
      <div
        role="group"
        aria-label={t('header.userMenu')}
        style={{ flex: 1, minWidth: 0, display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 12 }}
      >
        <EllipsizedLabel icon={<UserOutlined />} text={user.displayName} testId="header-display-name" />
        <Tag color="gold" style={{ marginInlineEnd: 0, flex: 'none' }}>
          {t(`roles.${user.role}`)}
        </Tag>
        {user.scopeUnit ? (
          <EllipsizedLabel icon={<ApartmentOutlined />} text={user.scopeUnit.name} label={t('header.scope')} testId="header-scope" />
        ) : null}
        <NotificationBell role={user.role} />
        <span style={{ flex: 'none' }}>
          <LanguageSwitch size="small" />
        </span>
        <Button size="small" icon={<LogoutOutlined />} onClick={logout} style={{ flex: 'none' }}>
          {t('header.logout')}
        </Button>
      </div>
    </Layout.Header>
  );
}
