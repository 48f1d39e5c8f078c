import {
  ApartmentOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Layout, Popover, Space, Tag, Tooltip, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type SessionUser, useLogout } from '../../features/auth';
import { NotificationBell } from '../../features/notifications';
import { LanguageSwitch } from '../../shared/components/LanguageSwitch';
import { usePhone } from '../../shared/layout/use-phone';

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
function EllipsizedLabel({
  icon,
  text,
  label,
  testId,
  compact,
}: {
  icon: ReactNode;
  text: string;
  label?: string;
  testId: string;
  compact: boolean;
}) {
  const { t } = useTranslation();
  const full = label ? t('header.labelled', { label, text }) : text;
  return (
    <Tooltip title={full}>
      <span
        style={compact ? { whiteSpace: 'normal' } : SHRINKING_TEXT}
        data-testid={testId}
        tabIndex={0}
        aria-label={full}
      >
        {icon} {text}
      </span>
    </Tooltip>
  );
}

/**
 * The role's name, unless the display name already says it (the demo admin is called
 * 区委组织部管理员, which is also the role's name: the header showed it twice side by side).
 */
export function roleTagText(displayName: string, roleLabel: string): string | null {
  return displayName.includes(roleLabel) ? null : roleLabel;
}

/** Who is signed in, in which role and over which unit, then the language switch and 退出登录. */
function UserItems({ user, compact }: { user: SessionUser; compact: boolean }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const role = roleTagText(user.displayName, t(`roles.${user.role}`));
  return (
    <>
      <EllipsizedLabel
        icon={<UserOutlined />}
        text={user.displayName}
        testId="header-display-name"
        compact={compact}
      />
      {role ? (
        <Tag
          color="gold"
          style={{ marginInlineEnd: 0, flex: 'none', alignSelf: compact ? 'flex-start' : undefined }}
        >
          {role}
        </Tag>
      ) : null}
      {user.scopeUnit ? (
        <EllipsizedLabel
          icon={<ApartmentOutlined />}
          text={user.scopeUnit.name}
          label={t('header.scope')}
          testId="header-scope"
          compact={compact}
        />
      ) : null}
      <span style={{ flex: 'none' }}>
        <LanguageSwitch size="small" />
      </span>
      <Button
        size="small"
        icon={<LogoutOutlined />}
        onClick={logout}
        style={{ flex: 'none', alignSelf: compact ? 'flex-start' : undefined }}
      >
        {t('header.logout')}
      </Button>
    </>
  );
}

/**
 * Always shows who is signed in, in which role and over which unit: office PCs are shared, and
 * a reviewer must never wonder whose rights they are acting with. Long names and unit names are
 * cut with … (full text in a tooltip) so the language switch and 退出登录 always stay on screen.
 *
 * On a phone (below antd's `md`) there is no room for all of it beside the app's name and the
 * menu toggle, which must never be pushed off: the user's items move into a popover behind a
 * button with the user's icon.
 */
export function AppHeader({ user, menuToggle }: { user: SessionUser; menuToggle?: MenuToggle }) {
  const { t } = useTranslation();
  const phone = usePhone();
  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: phone ? 8 : 12,
        paddingInline: phone ? 12 : undefined,
      }}
    >
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
      <Typography.Text
        strong
        style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap', flex: 'none' }}
        data-testid="header-app-name"
      >
        {t('app.name')}
      </Typography.Text>
      {phone ? (
        <div style={{ flex: 1, display: 'flex', justifyContent: 'flex-end', alignItems: 'center' }}>
          <NotificationBell role={user.role} />
          <Popover
            trigger="click"
            placement="bottomRight"
            content={
              <Space
                direction="vertical"
                role="group"
                aria-label={t('header.userMenu')}
                style={{ maxWidth: 'calc(100vw - 48px)' }}
              >
                <UserItems user={user} compact />
              </Space>
            }
          >
            <Button
              type="text"
              aria-label={t('header.userMenu')}
              icon={<UserOutlined />}
              style={{ color: '#fff', flex: 'none' }}
            />
          </Popover>
        </div>
      ) : (
        <div
          role="group"
          aria-label={t('header.userMenu')}
          style={{
            flex: 1,
            minWidth: 0,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'flex-end',
            gap: 12,
          }}
        >
          <NotificationBell role={user.role} />
          <UserItems user={user} compact={false} />
        </div>
      )}
    </Layout.Header>
  );
}
