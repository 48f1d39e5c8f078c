import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { Badge, Button, List, Popover, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime, formatPeriod } from '../../../shared/formatting';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { MARK_NOTIFICATIONS_READ, MY_NOTIFICATIONS } from '../graphql/notifications.operations';
import { notificationAboutText } from '../model/notification-about';
import { notificationLink } from '../model/notification-link';
import styles from './NotificationBell.module.css';
import { NotificationSettingsModal } from './NotificationSettingsModal';

/** Unread count refresh: a minute is soon enough for reminders and deadlines. */
const POLL_MS = 60_000;

/** The header bell: unread badge, the latest notifications, mark read, open the thing. */
export function NotificationBell({ role }: { role: string }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const [open, setOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const { data, error } = useQuery(MY_NOTIFICATIONS, {
    pollInterval: POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const [markRead] = useMutation(MARK_NOTIFICATIONS_READ, { refetchQueries: [MY_NOTIFICATIONS] });
  const unread = data?.unreadNotificationCount ?? 0;

  const content = error ? (
    <Typography.Text type="danger">{t('notifications.loadFailed')}</Typography.Text>
  ) : (
    <div style={{ width: 320, maxWidth: '80vw' }}>
      <List
        size="small"
        locale={{ emptyText: t('notifications.empty') }}
        dataSource={data?.myNotifications ?? []}
        style={{ maxHeight: 360, overflowY: 'auto' }}
        renderItem={(n) => (
          <List.Item style={{ fontWeight: n.readAt ? 'normal' : 'bold' }}>
            {/* A link, not a clickable row: Tab reaches each notice and Enter opens it. */}
            <Link
              className={styles.notice}
              to={notificationLink(n.targetType, role, n.about.periodCode)}
              onClick={() => {
                if (!n.readAt) void markRead({ variables: { ids: [n.id] } });
                setOpen(false);
              }}
            >
              <List.Item.Meta
                title={t(`notifications.kinds.${n.kind}`)}
                description={
                  <>
                    <div>{notificationAboutText(n.about, role, language)}</div>
                    {rejectionReason(n) ? (
                      <div>{t('notifications.reason', { reason: rejectionReason(n) })}</div>
                    ) : null}
                    <PeriodClosedNote n={n} />
                    {importedCount(n) !== null ? (
                      <div>{t('notifications.importedValues', { count: importedCount(n)! })}</div>
                    ) : null}
                    {formatDateTime(n.createdAt, language)}
                  </>
                }
              />
            </Link>
          </List.Item>
        )}
      />
      <Space size={0} wrap>
        {unread > 0 ? (
          <Button type="link" size="small" onClick={() => void markRead({ variables: { ids: null } })}>
            {t('notifications.markAllRead')}
          </Button>
        ) : null}
        <Button
          type="link"
          size="small"
          onClick={() => {
            setOpen(false);
            setSettingsOpen(true);
          }}
        >
          {t('notifications.settings.title')}
        </Button>
      </Space>
    </div>
  );

  return (
    <>
      <NotificationSettingsModal open={settingsOpen} onClose={() => setSettingsOpen(false)} />
      <Popover
        content={content}
        title={t('notifications.bell')}
        trigger="click"
        open={open}
        onOpenChange={setOpen}
        placement="bottomRight"
        // Rendered right after the bell, not at the end of the page: Tab from the bell reaches the
        // notices next (a portal at the body's end put every link of the page before them).
        getPopupContainer={(trigger) => trigger.parentElement ?? document.body}
      >
        <Badge count={unread} size="small" offset={[-4, 4]}>
          <Button
            type="text"
            icon={<BellOutlined />}
            style={{ color: '#fff', flex: 'none' }}
            aria-label={
              unread
                ? `${t('notifications.bell')}（${t('notifications.unread', { count: unread })}）`
                : t('notifications.bell')
            }
            data-testid="notification-bell"
          />
        </Badge>
      </Popover>
    </>
  );
}

/** A committee import into the branch's quarter says how many values it changed. */
function importedCount(n: { kind: string; payload: unknown }): number | null {
  if (n.kind !== 'VALUES_IMPORTED') return null;
  const count = (n.payload as { count?: unknown } | null)?.count;
  return typeof count === 'number' ? count : null;
}

/** A rectification sent back says why (the API quotes the reviewer's reason short). */
function rejectionReason(n: { kind: string; payload: unknown }): string | null {
  if (n.kind !== 'RECTIFICATION_REJECTED') return null;
  const reason = (n.payload as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' && reason ? reason : null;
}

/** The assessment statuses a closed-quarter notice explains (the API sends the one at closing). */
const CLOSED_STATUSES = ['APPROVED', 'SUBMITTED', 'RETURNED', 'DRAFT'] as const;

/**
 * A closed quarter's notice names the quarter (the one label, formatPeriod) and says what the close
 * means for the branch: its assessment is final, and whether it has a result for the quarter.
 */
function PeriodClosedNote({
  n,
}: {
  n: { kind: string; payload: unknown; about: { periodCode: string | null } };
}) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  if (n.kind !== 'PERIOD_CLOSED') return null;
  const payload = (n.payload ?? {}) as { periodCode?: unknown; status?: unknown };
  const period = n.about.periodCode ?? (typeof payload.periodCode === 'string' ? payload.periodCode : null);
  if (!period) return null;
  const status = CLOSED_STATUSES.find((s) => s === payload.status);
  return (
    <div data-testid="period-closed-note">
      <div>{t('notifications.periodClosed.final', { period: formatPeriod(period, language) })}</div>
      {status ? <div>{t(`notifications.periodClosed.${status}`)}</div> : null}
    </div>
  );
}
